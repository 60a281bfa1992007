import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDate } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';

const phaseNames = [
  'escucha_activa',
  'priorizacion',
  'cartera_anual',
  'implementacion',
  'evaluacion',
] as const;

export type CycleSummary = ResponseOf<typeof api.cycles.listCyclesFor>['cycles'][number];

/** The cycles hook shared by the staff pages: every cycle and the one chosen (newest by default). */
export function useCycles() {
  const [chosen, setChosen] = useState<number | null>(null);
  const loaded = useLoad((signal) => call(api.cycles.listCyclesFor, { signal }), []);
  const cycles = loaded.data?.cycles ?? [];
  const cycle = cycles.find((candidate) => candidate.id === chosen) ?? cycles[0] ?? null;
  return { ...loaded, cycles, cycle, setChosen };
}

export function CyclePicker({
  cycles,
  cycle,
  onChange,
}: {
  cycles: CycleSummary[];
  cycle: CycleSummary | null;
  onChange(id: number): void;
}) {
  const { t } = useTranslation();
  if (!cycles.length) return null;
  return (
    <Select
      label={t('cycle.cycles.cycle')}
      value={String(cycle?.id ?? '')}
      onChange={(event) => onChange(Number(event.target.value))}
      options={cycles.map((candidate) => ({
        value: String(candidate.id),
        label: `${candidate.year}${candidate.status === 'cerrado' ? ` (${t('cycle.cycles.closed')})` : ''}`,
      }))}
    />
  );
}

/** The suggested calendar of a cycle: every phase inside its year, so «Ciclo 2026» runs in 2026. */
export function defaultPhaseDates(year: number): Record<(typeof phaseNames)[number], [string, string]> {
  return {
    escucha_activa: [`${year}-03-01`, `${year}-04-30`],
    priorizacion: [`${year}-05-01`, `${year}-05-31`],
    cartera_anual: [`${year}-06-01`, `${year}-06-30`],
    implementacion: [`${year}-07-01`, `${year}-11-30`],
    evaluacion: [`${year}-12-01`, `${year}-12-31`],
  };
}

function NewCycleForm({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  // The dates follow the year typed (a year of four digits; otherwise the last good one stays).
  const [calendarYear, setCalendarYear] = useState(Number(year));
  const defaults = defaultPhaseDates(calendarYear);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    try {
      const created = await call(api.cycles.createCycle, {
        body: {
          year: Number(form.get('year')),
          requiresSource: form.get('requiresSource') === 'on',
          feedbackEveryMonths: Number(form.get('feedbackEvery')),
          phases: phaseNames.map((phase) => ({
            phase,
            startsOn: String(form.get(`${phase}.startsOn`)),
            endsOn: String(form.get(`${phase}.endsOn`)),
          })),
        },
      });
      setDone(t('cycle.cycles.created', { year: created.year, carried: created.carriedInitiatives }));
      setWarnings(created.warnings);
      onCreated();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    }
  }
  return (
    <details className="card">
      <summary>{t('cycle.cycles.newTitle')}</summary>
      {done ? <Alert kind="success">{done}</Alert> : null}
      {warnings.map((warning) => (
        <Alert key={warning} kind="warning">
          {warning}
        </Alert>
      ))}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
        <TextInput
          label={t('cycle.cycles.year')}
          name="year"
          type="number"
          value={year}
          onChange={(event) => {
            setYear(event.target.value);
            if (/^\d{4}$/.test(event.target.value)) setCalendarYear(Number(event.target.value));
          }}
          required
        />
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cycle.track.phases')}</th>
              <th scope="col">{t('cycle.cycles.startsOn')}</th>
              <th scope="col">{t('cycle.cycles.endsOn')}</th>
            </tr>
          </thead>
          <tbody>
            {phaseNames.map((phase) => (
              <tr key={phase}>
                <th scope="row">{t(`cycle.phases.${phase}`)}</th>
                <td>
                  <input
                    key={`${calendarYear}-start`}
                    type="date"
                    name={`${phase}.startsOn`}
                    defaultValue={defaults[phase][0]}
                    aria-label={`${t(`cycle.phases.${phase}`)}: ${t('cycle.cycles.startsOn')}`}
                  />
                </td>
                <td>
                  <input
                    key={`${calendarYear}-end`}
                    type="date"
                    name={`${phase}.endsOn`}
                    defaultValue={defaults[phase][1]}
                    aria-label={`${t(`cycle.phases.${phase}`)}: ${t('cycle.cycles.endsOn')}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <TextInput
          label={t('cycle.cycles.feedbackEvery')}
          name="feedbackEvery"
          type="number"
          min={0}
          max={12}
          defaultValue={3}
        />
        <label className="check">
          <input type="checkbox" name="requiresSource" defaultChecked /> {t('cycle.cycles.requiresSource')}
        </label>
        <Button type="submit">{t('cycle.cycles.start')}</Button>
      </form>
    </details>
  );
}

export function CyclesPage() {
  const { t } = useTranslation();
  const { me, region } = useSession();
  const { cycles, cycle, setChosen, loading, error, reload } = useCycles();
  const board = useLoad(
    (signal) =>
      cycle ? call(api.board.cycleBoard, { params: { id: cycle.id }, signal }) : Promise.resolve(null),
    [cycle?.id],
  );
  return (
    <>
      <PageHeader title={t('cycle.cycles.title')}>
        <p className="muted">{t('cycle.cycles.intro')}</p>
      </PageHeader>
      {me?.role === 'national' ? <NewCycleForm onCreated={reload} /> : null}
      <ErrorMessage error={error} />
      {loading ? <Loading /> : null}
      {!loading && !cycles.length ? <p>{t('cycle.cycles.none')}</p> : null}
      <div className="toolbar">
        <CyclePicker cycles={cycles} cycle={cycle} onChange={setChosen} />
        {cycle ? (
          <Link to={`/staff/ciclo/${cycle.id}/indicadores`}>{t('cycle.cycles.indicators')}</Link>
        ) : null}
      </div>
      {cycle ? (
        <section>
          <h2>
            {t('cycle.cycles.board')} · {cycle.year}
          </h2>
          <ErrorMessage error={board.error} />
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('cycle.cycles.region')}</th>
                  <th scope="col">{t('cycle.cycles.currentPhase')}</th>
                  <th scope="col">{t('cycle.cycles.phasesDone')}</th>
                  <th scope="col">{t('cycle.cycles.feedback')}</th>
                  <th scope="col">{t('cycle.cycles.initiatives')}</th>
                  <th scope="col">{t('cycle.cycles.late')}</th>
                </tr>
              </thead>
              <tbody>
                {(board.data?.tracks ?? [])
                  .filter((track) => !region || track.regionCode === region)
                  .map((track) => (
                    <tr key={track.trackId}>
                      <th scope="row">
                        <Link to={`/staff/ciclo/tramo/${track.trackId}`}>{track.regionName}</Link>
                      </th>
                      <td>{t(`cycle.phases.${track.currentPhase}`)}</td>
                      <td>
                        {track.phasesCompleted} / {track.phasesTotal}
                      </td>
                      <td>
                        {track.feedbackHeld} / {track.feedbackPlanned}
                      </td>
                      <td>{Object.values(track.initiatives).reduce((sum, value) => sum + value, 0)}</td>
                      <td>
                        {track.late.length ? (
                          <ul>
                            {track.late.slice(0, 4).map((item) => (
                              <li key={`${item.kind}-${item.id}`}>
                                <span className="badge">{formatDate(item.due)}</span>{' '}
                                {item.kind === 'phase' ? t(`cycle.phases.${item.label}`) : item.label}
                              </li>
                            ))}
                            {track.late.length > 4 ? <li>+{track.late.length - 4}</li> : null}
                          </ul>
                        ) : (
                          t('cycle.cycles.lateNone')
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
