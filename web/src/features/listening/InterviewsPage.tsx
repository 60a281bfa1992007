import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAction } from '../../app/action.js';
import { fieldErrors, get, post } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { optional, text } from '../../app/form.js';
import { formatDate } from '../../app/format.js';
import { RegionPicker, useCanManage, useRegionName, useWorkingRegion } from '../../app/regions.js';
import { useSession } from '../../app/session.js';
import {
  Alert,
  Button,
  ErrorMessage,
  Loading,
  PageHeader,
  Select,
  TextArea,
  TextInput,
} from '../../ui/index.js';
import type { ActorRow } from './ActorsPage.js';

export interface Guide {
  id: number;
  title: string;
  description: string | null;
  questions: Array<{ id: number; position: number; text: string }>;
}
interface InterviewRow {
  id: number;
  regionCode: string;
  date: string;
  interviewer: string;
  actor: { id: number; name: string; sector: string };
  guide: string;
  codings: number;
}

function RecordInterview({ region, onDone }: { region: string; onDone: (id: number) => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const guides = useLoad((signal) => get<{ guides: Guide[] }>('/api/interview-guides', { signal }), []);
  const actors = useLoad(
    (signal) => get<{ actors: ActorRow[] }>(`/api/actors?region=${region}`, { signal }),
    [region],
  );
  const [guideId, setGuideId] = useState('');
  const guide = guides.data?.guides.find((candidate) => String(candidate.id) === guideId);
  const save = useAction({
    form: (form) =>
      post<{ id: number }>('/api/interviews', {
        actorId: Number(text(form, 'actorId')) || 0,
        guideId: Number(guideId) || 0,
        interviewer: text(form, 'interviewer'),
        date: text(form, 'date'),
        notes: optional(form, 'notes'),
        answers: (guide?.questions ?? [])
          .map((question) => ({ questionId: question.id, text: text(form, `answer-${question.id}`) }))
          .filter((answer) => answer.text),
      }),
    onDone: (result) => onDone(result.id),
  });
  const errors = fieldErrors(save.error);
  if (guides.data && !guides.data.guides.length) return <Alert>{t('listening.interviews.noGuides')}</Alert>;
  if (actors.data && !actors.data.actors.length) return <Alert>{t('listening.interviews.noActors')}</Alert>;
  return (
    <section className="card" aria-labelledby="record-interview">
      <h2 id="record-interview">{t('listening.interviews.record')}</h2>
      <ErrorMessage error={save.error} />
      <form onSubmit={save.submit} noValidate>
        <Select
          label={t('listening.interviews.actor')}
          name="actorId"
          error={errors.actorId}
          options={[
            { value: '', label: t('listening.interviews.chooseActor') },
            ...(actors.data?.actors ?? []).map((actor) => ({
              value: String(actor.id),
              label: `${actor.name}${actor.interviews ? '' : ` (${t('listening.actors.notHeard')})`}`,
            })),
          ]}
        />
        <Select
          label={t('listening.interviews.guide')}
          value={guideId}
          onChange={(event) => setGuideId(event.target.value)}
          error={errors.guideId}
          options={[
            { value: '', label: t('listening.interviews.chooseGuide') },
            ...(guides.data?.guides ?? []).map((candidate) => ({
              value: String(candidate.id),
              label: candidate.title,
            })),
          ]}
        />
        <TextInput
          label={t('listening.interviews.interviewer')}
          name="interviewer"
          defaultValue={me?.name}
          required
          error={errors.interviewer}
        />
        <TextInput
          label={t('listening.interviews.date')}
          name="date"
          type="date"
          required
          error={errors.date}
        />
        {guide?.questions.map((question, index) => (
          <TextArea
            key={question.id}
            label={t('listening.interviews.answer', { position: question.position, question: question.text })}
            name={`answer-${question.id}`}
            rows={3}
            error={errors[`answers.${index}.text`]}
          />
        ))}
        <TextArea label={t('listening.interviews.notes')} name="notes" optional rows={2} />
        <Button type="submit" disabled={save.busy || !guide}>
          {t('listening.interviews.save')}
        </Button>
      </form>
    </section>
  );
}

/** Interviews of the region, and the form to record one. */
export function InterviewsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { region, setRegion, fixed } = useWorkingRegion();
  const regionName = useRegionName();
  const canManage = useCanManage();
  const list = useLoad(
    (signal) =>
      get<{ interviews: InterviewRow[] }>(`/api/interviews${region ? `?region=${region}` : ''}`, { signal }),
    [region],
  );
  const rows = list.data?.interviews ?? [];
  return (
    <>
      <PageHeader title={t('listening.interviews.title')}>
        <p>{t('listening.interviews.intro')}</p>
      </PageHeader>
      {fixed ? null : <RegionPicker value={region} onChange={setRegion} allowAll />}
      <ErrorMessage error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && !rows.length ? <p>{t('listening.interviews.empty')}</p> : null}
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('listening.interviews.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('listening.interviews.date')}</th>
                <th scope="col">{t('listening.interviews.actor')}</th>
                <th scope="col">{t('listening.actors.sector')}</th>
                <th scope="col">{t('common.region')}</th>
                <th scope="col">{t('listening.interviews.interviewer')}</th>
                <th scope="col" className="number">
                  {t('listening.interviews.codings')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{formatDate(row.date)}</td>
                  <td>
                    <Link to={`/staff/entrevistas/${row.id}`}>{row.actor.name}</Link>
                  </td>
                  <td>{t(`listening.sector.${row.actor.sector}`)}</td>
                  <td>{regionName(row.regionCode)}</td>
                  <td>{row.interviewer}</td>
                  <td className="number">{row.codings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {region && canManage(region) ? (
        <RecordInterview region={region} onDone={(id) => navigate(`/staff/entrevistas/${id}?guardada=1`)} />
      ) : null}
    </>
  );
}
