import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RunAction } from '../../app/action.js';
import { api, type BodyOf, call, formValue } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate, todayInChile } from '../../app/format.js';
import { Alert, Button, Loading, Select, TextInput } from '../../ui/index.js';
import type { TrackSectionProps as Props } from './TrackPage.js';

type AttachKind = BodyOf<typeof api.cycles.attachToPhase>['kind'];
const attachKinds: AttachKind[] = ['dialogue', 'interview', 'council_session', 'theme', 'consultation'];

/** Attaching by picking: a kind, words of the title, and the region's matching records by name. */
function AttachPicker({ phaseId, phaseName, run }: { phaseId: number; phaseName: string; run: RunAction }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<AttachKind>('dialogue');
  const [search, setSearch] = useState('');
  const found = useLoad(
    (signal) =>
      call(api.cycles.attachCandidates, {
        params: { id: phaseId },
        query: { kind, q: search.trim() || undefined },
        signal,
      }),
    [phaseId, kind, search],
  );
  const candidates = found.data?.candidates ?? [];
  return (
    <fieldset className="attach-picker">
      <legend>{`${t('cycle.track.attach')} · ${phaseName}`}</legend>
      <div className="toolbar">
        <Select
          label={t('cycle.track.attachKind')}
          value={kind}
          options={attachKinds.map((value) => ({ value, label: t(`cycle.track.kinds.${value}`) }))}
          onChange={(event) => setKind(event.target.value as AttachKind)}
        />
        <TextInput
          label={t('cycle.track.attachSearch')}
          type="search"
          value={search}
          maxLength={100}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {found.loading && !found.data ? <Loading /> : null}
      {found.data && candidates.length === 0 ? <p className="muted">{t('cycle.track.attachNone')}</p> : null}
      <ul className="candidate-list">
        {candidates.map((candidate) => (
          <li key={candidate.refId}>
            <span>
              {candidate.label}
              {candidate.date ? <span className="muted"> · {formatDate(candidate.date)}</span> : null}
            </span>{' '}
            {candidate.attached ? (
              <span className="badge">{t('cycle.track.attached')}</span>
            ) : (
              <Button
                variant="secondary"
                onClick={() =>
                  void run(() =>
                    call(api.cycles.attachToPhase, {
                      params: { id: phaseId },
                      body: { kind, refId: candidate.refId },
                    }),
                  ).then(() => found.reload())
                }
              >
                {t('cycle.track.attach')}
                <span className="visually-hidden"> «{candidate.label}»</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The phases of the track with their dates and completion, and what each produced (attachments). */
export function PhasesSection({ track: data, run }: Props) {
  const { t } = useTranslation();
  const today = todayInChile();
  // What the server noticed in the saved dates (a phase outside the cycle's year): saved, but said.
  const [warnings, setWarnings] = useState<string[]>([]);
  async function saveDates(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setWarnings([]);
    await run(
      () =>
        call(api.cycles.setPhaseDates, {
          params: { id: data.id },
          body: {
            phases: data.phases.map((phase) => ({
              phase: phase.phase as BodyOf<typeof api.cycles.setPhaseDates>['phases'][number]['phase'],
              startsOn: formValue(form, `${phase.phase}.startsOn`),
              endsOn: formValue(form, `${phase.phase}.endsOn`),
            })),
          },
        }),
      {
        success: t('cycle.track.datesSaved'),
        after: (result) => setWarnings((result as { warnings?: string[] }).warnings ?? []),
      },
    );
  }

  return (
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
                          call(api.cycles.setPhaseCompleted, {
                            params: { id: phase.id },
                            body: { completed: !phase.completedAt },
                          }),
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
      {warnings.length > 0 ? (
        <Alert kind="warning">
          {t('cycle.track.datesWarnings')}
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {data.phases.map((phase) => (
        <div key={phase.id}>
          <h3>
            {t(`cycle.phases.${phase.phase}`)} · {t('cycle.track.produced')}
          </h3>
          <ul>
            {phase.attachments.map((attachment) => (
              <li key={attachment.id}>
                <span className="badge">{t(`cycle.track.kinds.${attachment.kind}`)}</span>{' '}
                {attachment.kind === 'dialogue' ? (
                  <Link to={`/staff/dialogues/${attachment.refId}`}>
                    {attachment.label ?? t('cycle.track.untitled', { id: attachment.refId })}
                  </Link>
                ) : (
                  (attachment.label ?? t('cycle.track.untitled', { id: attachment.refId }))
                )}
                {attachment.date ? <span className="muted"> · {formatDate(attachment.date)}</span> : null}
              </li>
            ))}
          </ul>
          <AttachPicker phaseId={phase.id} phaseName={t(`cycle.phases.${phase.phase}`)} run={run} />
        </div>
      ))}
    </section>
  );
}
