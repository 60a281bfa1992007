import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAction } from '../../app/action.js';
import { get, patch, post, put } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { formatDate, todayInChile } from '../../app/format.js';
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

interface Track {
  id: number;
  cycleId: number;
  year: number;
  cycleStatus: string;
  regionCode: string;
  regionName: string;
  startingNotes: string | null;
  evaluationNotes: string | null;
  phases: Array<{
    id: number;
    phase: string;
    startsOn: string;
    endsOn: string;
    completedAt: string | null;
    attachments: Array<{ id: number; kind: string; refId: number; label: string | null }>;
  }>;
  feedbackSessions: Array<{
    id: number;
    title: string;
    audience: string;
    plannedOn: string;
    heldOn: string | null;
    attendees: number | null;
    notes: string | null;
  }>;
}

interface CandidateIdea {
  id: number;
  text: string;
  dialogueTitle: string;
  dots: number;
  initiatives: Array<{ id: number; title: string; status: string }>;
}

export function TrackPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const track = useLoad((signal) => get<Track>(`/api/tracks/${id}`, { signal }), [id]);
  const ideas = useLoad(
    (signal) => get<{ ideas: CandidateIdea[] }>(`/api/tracks/${id}/ideas`, { signal }),
    [id],
  );
  const reload = () => {
    track.reload();
    ideas.reload();
  };
  const { error, notice, run } = useAction({ onDone: reload });
  const [checked, setChecked] = useState<number[]>([]);
  const [recording, setRecording] = useState<number | null>(null);
  if (track.loading && !track.data) return <Loading />;
  if (!track.data) return <ErrorMessage error={track.error} />;
  const data = track.data;

  async function saveDates(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(
      () =>
        put(`/api/tracks/${data.id}/phases`, {
          phases: data.phases.map((phase) => ({
            phase: phase.phase,
            startsOn: form.get(`${phase.phase}.startsOn`),
            endsOn: form.get(`${phase.phase}.endsOn`),
          })),
        }),
      { success: t('cycle.track.datesSaved') },
    );
  }

  async function attach(event: FormEvent<HTMLFormElement>, phaseId: number) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const ok = await run(() =>
      post(`/api/phases/${phaseId}/attachments`, {
        kind: form.get('kind'),
        refId: Number(form.get('refId')),
        label: String(form.get('label') ?? '') || undefined,
      }),
    );
    if (ok) element.reset();
  }

  async function addSession(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const ok = await run(() =>
      post(`/api/tracks/${data.id}/feedback-sessions`, {
        title: form.get('title'),
        audience: form.get('audience'),
        plannedOn: form.get('plannedOn'),
      }),
    );
    if (ok) element.reset();
  }

  async function recordHeld(event: FormEvent<HTMLFormElement>, sessionId: number) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const attendees = String(form.get('attendees') ?? '');
    const ok = await run(() =>
      patch(`/api/feedback-sessions/${sessionId}`, {
        heldOn: form.get('heldOn'),
        attendees: attendees ? Number(attendees) : null,
        notes: form.get('notes') || null,
      }),
    );
    if (ok) setRecording(null);
  }

  async function saveNotes(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await run(
      () =>
        patch(`/api/tracks/${data.id}`, {
          startingNotes: form.get('startingNotes') || null,
          evaluationNotes: form.get('evaluationNotes') || null,
        }),
      { success: t('common.saved') },
    );
  }

  async function createInitiative(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    let created: { id: number } | null = null;
    await run(async () => {
      created = await post<{ id: number }>('/api/initiatives', {
        cycleId: data.cycleId,
        regionCode: data.regionCode,
        title: form.get('title'),
        description: form.get('description') || null,
        responsibleUnit: form.get('unit'),
        budgetPesos: Number(form.get('budget') || 0),
        sources: checked.map((refId) => ({ kind: 'idea', refId })),
      });
    });
    if (created) navigate(`/staff/cartera/${(created as { id: number }).id}`);
  }

  const today = todayInChile();
  return (
    <>
      <PageHeader title={t('cycle.track.title', { year: data.year, region: data.regionName })}>
        <Link to="/staff/ciclo">{t('common.back')}</Link>
      </PageHeader>
      <ErrorMessage error={error} />
      {notice ? <Alert kind="success">{notice}</Alert> : null}

      <section className="card">
        <h2>{t('cycle.track.phases')}</h2>
        <form onSubmit={saveDates}>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('cycle.track.phases')}</th>
                  <th scope="col">{t('cycle.cycles.startsOn')}</th>
                  <th scope="col">{t('cycle.cycles.endsOn')}</th>
                  <th scope="col">{t('common.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.phases.map((phase) => (
                  <tr key={phase.id}>
                    <th scope="row">{t(`cycle.phases.${phase.phase}`)}</th>
                    <td>
                      <input
                        type="date"
                        name={`${phase.phase}.startsOn`}
                        defaultValue={phase.startsOn}
                        aria-label={`${t(`cycle.phases.${phase.phase}`)}: ${t('cycle.cycles.startsOn')}`}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        name={`${phase.phase}.endsOn`}
                        defaultValue={phase.endsOn}
                        aria-label={`${t(`cycle.phases.${phase.phase}`)}: ${t('cycle.cycles.endsOn')}`}
                      />
                    </td>
                    <td>
                      {phase.completedAt ? (
                        <span className="badge">{t('cycle.track.done')}</span>
                      ) : phase.endsOn < today ? (
                        <span className="badge">{t('cycle.cycles.late')}</span>
                      ) : null}{' '}
                      <Button
                        variant="link"
                        onClick={() =>
                          void run(() =>
                            post(`/api/phases/${phase.id}/completion`, { completed: !phase.completedAt }),
                          )
                        }
                      >
                        {phase.completedAt ? t('cycle.track.reopen') : t('cycle.track.markDone')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button type="submit" variant="secondary">
            {t('cycle.track.saveDates')}
          </Button>
        </form>
        {data.phases.map((phase) => (
          <div key={phase.id}>
            <h3>
              {t(`cycle.phases.${phase.phase}`)} · {t('cycle.track.produced')}
            </h3>
            <ul>
              {phase.attachments.map((attachment) => (
                <li key={attachment.id}>
                  {t(`cycle.track.kinds.${attachment.kind}`)} {attachment.refId}
                  {attachment.label ? `: ${attachment.label}` : ''}
                </li>
              ))}
            </ul>
            <form
              className="toolbar"
              onSubmit={(event) => void attach(event, phase.id)}
              aria-label={`${t('cycle.track.attach')} · ${t(`cycle.phases.${phase.phase}`)}`}
            >
              <Select
                label={t('cycle.track.attachKind')}
                name="kind"
                options={['dialogue', 'interview', 'council_session', 'theme'].map((kind) => ({
                  value: kind,
                  label: t(`cycle.track.kinds.${kind}`),
                }))}
              />
              <TextInput label={t('cycle.track.attachId')} name="refId" type="number" min={1} required />
              <TextInput label={t('cycle.track.attachLabel')} name="label" optional />
              <Button type="submit" variant="secondary">
                {t('cycle.track.attach')}
              </Button>
            </form>
          </div>
        ))}
      </section>

      <section className="card">
        <h2>{t('cycle.track.feedbackTitle')}</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('cycle.track.sessionTitle')}</th>
                <th scope="col">{t('cycle.track.audience')}</th>
                <th scope="col">{t('cycle.track.plannedOn')}</th>
                <th scope="col">{t('cycle.track.heldOn')}</th>
              </tr>
            </thead>
            <tbody>
              {data.feedbackSessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row">{session.title}</th>
                  <td>{t(`cycle.track.audiences.${session.audience}`)}</td>
                  <td>{formatDate(session.plannedOn)}</td>
                  <td>
                    {session.heldOn ? (
                      formatDate(session.heldOn)
                    ) : (
                      <Button variant="link" onClick={() => setRecording(session.id)}>
                        {t('cycle.track.recordHeld')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {recording ? (
          <form className="card" onSubmit={(event) => void recordHeld(event, recording)}>
            <h3>
              {t('cycle.track.recordHeld')}:{' '}
              {data.feedbackSessions.find((session) => session.id === recording)?.title}
            </h3>
            <TextInput
              label={t('cycle.track.heldOn')}
              name="heldOn"
              type="date"
              defaultValue={today}
              required
            />
            <TextInput label={t('cycle.track.attendees')} name="attendees" type="number" min={0} optional />
            <TextArea label={t('cycle.track.notes')} name="notes" optional />
            <div className="toolbar">
              <Button type="submit">{t('common.save')}</Button>
              <Button variant="secondary" onClick={() => setRecording(null)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        ) : null}
        <form className="toolbar" onSubmit={(event) => void addSession(event)}>
          <TextInput label={t('cycle.track.sessionTitle')} name="title" required />
          <Select
            label={t('cycle.track.audience')}
            name="audience"
            options={['participantes', 'consejo'].map((value) => ({
              value,
              label: t(`cycle.track.audiences.${value}`),
            }))}
          />
          <TextInput label={t('cycle.track.plannedOn')} name="plannedOn" type="date" required />
          <Button type="submit" variant="secondary">
            {t('cycle.track.addSession')}
          </Button>
        </form>
      </section>

      <section className="card">
        <h2>{t('cycle.track.ideasTitle')}</h2>
        {!ideas.data?.ideas.length ? <p className="muted">{t('cycle.track.ideasNone')}</p> : null}
        <form onSubmit={(event) => void createInitiative(event)}>
          <ul className="idea-candidates">
            {(ideas.data?.ideas ?? []).map((idea) => (
              <li key={idea.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={checked.includes(idea.id)}
                    onChange={(event) =>
                      setChecked((current) =>
                        event.target.checked
                          ? [...current, idea.id]
                          : current.filter((value) => value !== idea.id),
                      )
                    }
                  />{' '}
                  {idea.text}{' '}
                  <span className="muted">
                    ({idea.dialogueTitle} · {t('cycle.track.dots')}: {idea.dots})
                  </span>
                </label>
                {idea.initiatives.map((initiative) => (
                  <span key={initiative.id} className="badge">
                    <Link to={`/staff/cartera/${initiative.id}`}>{initiative.title}</Link> ·{' '}
                    {t(`cycle.statuses.${initiative.status}`)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <fieldset>
            <legend>{t('cycle.track.newInitiative')}</legend>
            <TextInput label={t('cycle.initiative.title')} name="title" required />
            <TextArea label={t('cycle.initiative.description')} name="description" optional />
            <TextInput label={t('cycle.initiative.unit')} name="unit" required />
            <TextInput
              label={t('cycle.initiative.budget')}
              name="budget"
              type="number"
              min={0}
              step={1}
              required
            />
            <Button type="submit">{t('cycle.initiative.create')}</Button>
          </fieldset>
        </form>
      </section>

      <section className="card">
        <form onSubmit={(event) => void saveNotes(event)}>
          <TextArea
            label={t('cycle.track.startingNotes')}
            name="startingNotes"
            defaultValue={data.startingNotes ?? ''}
            optional
          />
          <TextArea
            label={t('cycle.track.evaluationNotes')}
            name="evaluationNotes"
            defaultValue={data.evaluationNotes ?? ''}
            optional
          />
          <Button type="submit" variant="secondary">
            {t('cycle.track.saveNotes')}
          </Button>
        </form>
      </section>
    </>
  );
}
