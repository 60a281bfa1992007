import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, type BodyOf, call, href, type ResponseOf } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDate, formatInteger } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { ConfirmButton } from '../../ui/Modal.js';
import { ChallengeMaterial } from '../consultations/ChallengeMaterial.js';
import { StatusBadge } from './DialogueList.js';
import type { Dialogue, DialogueStatus } from './types.js';
import { VenueKit } from './VenueKit.js';
import { Verification } from './Verification.js';

type StaffUser = ResponseOf<typeof api.staff.listStaffFor>['users'][number];

const nextStatus: Record<DialogueStatus, BodyOf<typeof api.dialogues.status>['status'] | null> = {
  draft: 'open',
  open: 'live',
  live: 'closed',
  closed: null,
};
const actionKey: Record<DialogueStatus, string> = {
  draft: '',
  open: 'toOpen',
  live: 'toLive',
  closed: 'toClosed',
};

/** One dialogue: settings at a glance, join code, status changes with confirmation, facilitators. */
export function DialogueDetail() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const { id } = useParams();
  const [params] = useSearchParams();
  const { me } = useSession();
  const regions = useRegions();
  const dialogue = useLoad((signal) => call(api.dialogues.get, { params: { id }, signal }), [id]);
  const [notice, setNotice] = useState<string | null>(
    params.get('creado')
      ? t('dialogues.form.created')
      : params.get('guardado')
        ? t('dialogues.form.saved')
        : null,
  );

  if (dialogue.error) return <ErrorMessage error={dialogue.error} />;
  if (!dialogue.data) return <Loading />;
  const current = dialogue.data;
  const next = nextStatus[current.status];
  const counts = current.counts;
  const regionName = regions.find((region) => region.code === current.regionCode)?.name ?? current.regionCode;

  async function changeStatus(status: BodyOf<typeof api.dialogues.status>['status']) {
    const updated = await call(api.dialogues.status, { params: { id: current.id }, body: { status } });
    dialogue.setData(updated);
    setNotice(t('dialogues.detail.statusChanged', { status: t(`dialogues.status.${updated.status}`) }));
  }

  return (
    <>
      <PageHeader
        title={current.title}
        actions={
          <>
            {current.status !== 'closed' && me?.role !== 'facilitator' ? (
              <Link className="btn btn-secondary" to={`/staff/dialogues/${current.id}/edit`}>
                {t('dialogues.detail.edit')}
              </Link>
            ) : null}
            <Link className="btn btn-primary" to={`/staff/dialogues/${current.id}/live`}>
              {t('dialogues.detail.live')}
            </Link>
            <a className="btn btn-secondary" href={`/screen/${current.id}`} target="_blank" rel="noopener">
              {t('dialogues.detail.screen')}
            </a>
          </>
        }
      >
        <p className="muted">
          {regionName} · {formatDate(current.date)}
          {current.venue ? ` · ${current.venue}` : ''} · <StatusBadge status={current.status} />
        </p>
      </PageHeader>
      {notice ? <Alert kind="success">{notice}</Alert> : null}

      <nav className="card" aria-labelledby="goto-heading">
        <h2 id="goto-heading">{t('dialogues.detail.goTo')}</h2>
        <ul className="link-list">
          <li>
            <Link to={`/staff/dialogues/${current.id}/live`}>{t('dialogues.detail.live')}</Link>
          </li>
          <li>
            <a href={`/screen/${current.id}`} target="_blank" rel="noopener">
              {t('dialogues.detail.projector')}
            </a>
          </li>
          <li>
            <Link
              to={`/staff/resultados?${new URLSearchParams({ region: current.regionCode, dialogo: String(current.id) })}`}
            >
              {t('dialogues.detail.results')}
            </Link>
          </li>
          <li>
            <Link to={`/staff/dialogues/${current.id}/respuestas`}>{t('dialogues.detail.answers')}</Link>
          </li>
          <li>
            {/* The acta, the ideas CSV and the printables are in their own card below (one link each). */}
            <a href="#record-heading">{t('dialogues.detail.record')}</a>
          </li>
          <li>
            {current.status === 'closed' ? (
              <Link to={`/devolucion/dialogo/${current.id}`}>{t('dialogues.detail.publicReturn')}</Link>
            ) : (
              <span className="muted">
                {t('dialogues.detail.publicReturn')} · {t('dialogues.detail.publicReturnLater')}
              </span>
            )}
          </li>
        </ul>
      </nav>

      <div className="grid">
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('dialogues.detail.joinCode')}</h2>
          <p className="join-code">{current.joinCode}</p>
          <p>
            {t('dialogues.detail.joinUrl')}: <a href={current.joinUrl}>{current.joinUrl}</a>
          </p>
        </section>
        <section className="card" aria-labelledby="record-heading">
          <h2 id="record-heading">{t('dialogues.detail.record')}</h2>
          <p className="muted">{t('dialogues.detail.recordHint')}</p>
          <p className="record-actions">
            <a
              className="btn btn-primary"
              href={href(api.acta.actaPdf, { params: { id: current.id }, query: { locale: language } })}
              download
            >
              {t('dialogues.detail.acta')}
            </a>{' '}
            <a
              className="btn btn-secondary"
              href={href(api.acta.ideasCsv, { params: { id: current.id }, query: { locale: language } })}
              download
            >
              {t('dialogues.detail.ideasCsv')}
            </a>{' '}
            <a
              className="btn btn-secondary"
              href={href(api.acta.ideasCsv, {
                params: { id: current.id },
                query: { locale: language, format: 'excel' },
              })}
              download
            >
              {t('dialogues.detail.ideasCsvExcel')}
            </a>{' '}
            <a
              className="btn btn-secondary"
              href={href(api.acta.printablesPdf, { params: { id: current.id }, query: { locale: language } })}
              download
            >
              {t('dialogues.detail.printables')}
            </a>
          </p>
        </section>
        <section className="card" aria-labelledby="status-heading">
          <h2 id="status-heading">{t('dialogues.detail.statusActions')}</h2>
          <p>
            <StatusBadge status={current.status} />
            {current.status === 'live' && current.phase ? ` · ${t(`dialogues.phase.${current.phase}`)}` : ''}
          </p>
          {next ? (
            <ConfirmButton
              label={t(`dialogues.detail.${actionKey[next]}`)}
              title={t(`dialogues.detail.${actionKey[next]}`)}
              message={t(`dialogues.detail.${actionKey[next]}Message`, { code: current.joinCode })}
              variant={next === 'closed' ? 'danger' : 'primary'}
              onConfirm={() => changeStatus(next)}
            />
          ) : null}
        </section>
        {counts ? (
          <section className="card" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{t('dialogues.detail.counts')}</h2>
            <dl className="figures">
              <dt>{t('dialogues.detail.participants')}</dt>
              <dd>{formatInteger(counts.participants)}</dd>
              <dt>{t('dialogues.detail.ideas')}</dt>
              <dd>{formatInteger(counts.ideas)}</dd>
              <dt>{t('dialogues.detail.ideasVisible')}</dt>
              <dd>{formatInteger(counts.ideasVisible)}</dd>
              <dt>{t('dialogues.detail.ideasHidden')}</dt>
              <dd>{formatInteger(counts.ideasHidden)}</dd>
              <dt>{t('dialogues.detail.dots')}</dt>
              <dd>
                {formatInteger(counts.dotsSpent)} / {formatInteger(counts.dotsTotal)}
              </dd>
              <dt>{t('dialogues.detail.evaluations')}</dt>
              <dd>{formatInteger(counts.evaluations)}</dd>
            </dl>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t('dialogues.detail.questions')}</h2>
        <ol>
          {current.questions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ol>
        <h2>{t('dialogues.detail.tables')}</h2>
        <p>{current.tables.map((table) => table.name).join(' · ')}</p>
        <p className="muted">
          {t('dialogues.detail.dotsRule', {
            count: current.dotsPerParticipant,
            dots: current.dotsPerParticipant,
            max: current.maxDotsPerIdea,
          })}
        </p>
        {current.agenda ? <p className="agenda">{current.agenda}</p> : null}
      </section>

      <ChallengeMaterial dialogueId={current.id} />

      {me && me.role !== 'facilitator' ? <VenueKit dialogue={current} onImported={dialogue.reload} /> : null}
      {me && me.role !== 'facilitator' ? <Verification dialogue={current} /> : null}

      {me && me.role !== 'facilitator' ? (
        <Facilitators dialogue={current} onSaved={(updated) => dialogue.setData(updated)} />
      ) : (
        <section>
          <h2>{t('dialogues.detail.facilitators')}</h2>
          <p>
            {current.facilitators.map((person) => person.name).join(', ') ||
              t('dialogues.detail.noFacilitators')}
          </p>
        </section>
      )}
    </>
  );
}

function Facilitators({ dialogue, onSaved }: { dialogue: Dialogue; onSaved(dialogue: Dialogue): void }) {
  const { t } = useTranslation();
  const [users, setUsers] = useState<StaffUser[] | null>(null);
  const [chosen, setChosen] = useState<number[]>(dialogue.facilitators.map((person) => person.id));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call(api.staff.listStaffFor)
      .then((body) => setUsers(body.users))
      .catch(() => setUsers([]));
  }, []);

  const candidates = (users ?? []).filter(
    (user) =>
      !user.disabled &&
      // Only facilitators of the dialogue's region can be assigned (the server refuses others).
      ((user.role === 'facilitator' && user.regions.includes(dialogue.regionCode)) ||
        chosen.includes(user.id)),
  );

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      onSaved(
        await call(api.dialogues.facilitators, { params: { id: dialogue.id }, body: { userIds: chosen } }),
      );
      setSaved(true);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="facilitators-heading">
      <h2 id="facilitators-heading">{t('dialogues.detail.facilitators')}</h2>
      {users === null ? <Loading /> : null}
      {users !== null && candidates.length === 0 ? <p>{t('dialogues.detail.noCandidates')}</p> : null}
      {candidates.length > 0 ? (
        <fieldset>
          <legend>{t('dialogues.detail.facilitators')}</legend>
          {candidates.map((user) => (
            <label key={user.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(user.id)}
                onChange={(event) =>
                  setChosen(
                    event.target.checked ? [...chosen, user.id] : chosen.filter((other) => other !== user.id),
                  )
                }
              />
              <span>
                {user.name} <span className="muted">({user.email})</span>
              </span>
            </label>
          ))}
          <Button onClick={() => void save()} disabled={busy}>
            {t('dialogues.detail.assign')}
          </Button>
        </fieldset>
      ) : null}
      {saved ? <Alert kind="success">{t('dialogues.detail.assigned')}</Alert> : null}
      <ErrorMessage error={error} />
    </section>
  );
}
