import { type FormEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDateTime, formatInteger } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';
import { JobOutcome, JobProgress } from './JobProgress.js';
import type { ThemeJob, ThemeList, ThemeSummary } from './types.js';

/** Themes of a region, an annual cycle or the nation, weighted by dots; managers group (again) from here. */
export function ThemesPage() {
  const { t } = useTranslation();
  const { me, region } = useSession();
  const regions = useRegions();
  const national = me?.role === 'national';
  // `?alcance=` keeps the scope when coming back from a theme.
  const [params, setParams] = useSearchParams();
  const [scope, setScopeState] = useState(
    () => params.get('alcance') || region || (national ? 'CL' : (me?.regions[0] ?? '')),
  );
  const setScope = (next: string) => {
    setScopeState(next);
    setParams({ alcance: next }, { replace: true });
  };
  const cycles = useLoad((signal) => call(api.cycles.listCyclesFor, { signal }), []);
  const [k, setK] = useState('');
  const [starting, setStarting] = useState(false);
  const [runError, setRunError] = useState<ApiError | null>(null);
  // The run this page started, or an ended one whose outcome is shown (cancelled, failed).
  const [job, setJob] = useState<ThemeJob | null>(null);
  const { data, error, loading, reload } = useLoad(
    (signal) => call(api.synthesis.listThemes, { query: { scope }, signal }),
    [scope],
  );
  const visible = regions.filter((item) => me?.regions.includes(item.code));
  const scopeOptions = [
    ...(national ? [{ value: 'CL', label: t('synthesis.nation') }] : []),
    ...(cycles.data?.cycles ?? []).map((cycle) => ({
      value: `ciclo-${cycle.id}`,
      label: t('synthesis.cycleScope', { title: cycle.title }),
    })),
    ...visible.map((item) => ({ value: item.code, label: `${item.roman} · ${item.name}` })),
  ];
  // The server says whether this caller may group and correct this scope (a cycle: the national team, while open).
  const canRun = data?.scope === scope && data.canChange;
  // A run under way: the one started here, else one the server reports for this scope.
  const following = job?.scope === scope ? job : data?.scope === scope ? data.job : null;
  const underWay = following?.status === 'queued' || following?.status === 'running';

  async function group(event: FormEvent) {
    event.preventDefault();
    setStarting(true);
    setRunError(null);
    try {
      setJob(await call(api.synthesis.startThemeJob, { body: { scope, ...(k ? { k: Number(k) } : {}) } }));
    } catch (reason) {
      setRunError(reason as ApiError);
    } finally {
      setStarting(false);
    }
  }

  const ended = useCallback(
    (finished: ThemeJob) => {
      setJob(finished);
      reload();
    },
    [reload],
  );

  return (
    <>
      <PageHeader title={t('synthesis.title')}>
        <p className="muted">{t('synthesis.intro')}</p>
      </PageHeader>
      <div className="toolbar">
        <Select
          label={t('synthesis.scope')}
          value={scope}
          options={scopeOptions}
          onChange={(event) => setScope(event.target.value)}
        />
      </div>
      {canRun ? (
        <form onSubmit={group} className="toolbar" aria-busy={starting || underWay}>
          <TextInput
            label={t('synthesis.k')}
            hint={t('synthesis.kHint')}
            optional
            type="number"
            min={1}
            max={200}
            inputMode="numeric"
            value={k}
            onChange={(event) => setK(event.target.value)}
          />
          <Button type="submit" disabled={starting || underWay}>
            {starting || underWay ? t('synthesis.running') : t('synthesis.run')}
          </Button>
        </form>
      ) : null}
      {following && underWay ? (
        <JobProgress key={following.id} job={following} canCancel={canRun} onEnded={ended} />
      ) : null}
      {following && !underWay ? <JobOutcome job={following} /> : null}
      <ErrorMessage error={runError ?? error} />
      {loading && !data ? <Loading /> : null}
      {data?.partial ? <Alert>{t('synthesis.partial')}</Alert> : null}
      {data?.cycle && data.cycle.status !== 'abierto' ? (
        <Alert>{t('synthesis.cycleClosed', { year: data.cycle.year })}</Alert>
      ) : null}
      {data ? <ThemeOverview list={data} /> : null}
    </>
  );
}

function ThemeOverview({ list }: { list: ThemeList }) {
  const { t } = useTranslation();
  if (!list.run) return <Alert>{t('synthesis.noRun')}</Alert>;
  return (
    <>
      <p className="muted">
        {t('synthesis.lastRun', {
          date: formatDateTime(list.run.createdAt),
          ideas: formatInteger(list.run.ideaCount),
          choice: list.run.kChoice,
        })}
      </p>
      {list.unassigned > 0 ? (
        <Alert kind="warning">{t('synthesis.unassigned', { count: list.unassigned })}</Alert>
      ) : null}
      <DotsChart themes={list.themes.slice(0, 15)} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('synthesis.chartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('synthesis.theme')}</th>
              <th scope="col">{t('synthesis.keywords')}</th>
              <th scope="col">{t('synthesis.ideas')}</th>
              <th scope="col">{t('synthesis.dialogues')}</th>
              <th scope="col">{t('synthesis.dots')}</th>
            </tr>
          </thead>
          <tbody>
            {list.themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row">
                  <Link to={`/staff/sintesis/temas/${theme.id}`}>{theme.label}</Link>
                  {theme.kept ? <span className="badge"> {t('synthesis.kept')}</span> : null}
                </th>
                <td>{theme.keywords.join(', ')}</td>
                <td>{formatInteger(theme.ideaCount)}</td>
                <td>{formatInteger(theme.dialogueCount)}</td>
                <td>{formatInteger(theme.dots)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Horizontal bars of dots per theme; the same numbers are in the table below for screen readers. */
function DotsChart({ themes }: { themes: ThemeSummary[] }) {
  const { t } = useTranslation();
  const largest = Math.max(1, ...themes.map((theme) => theme.dots));
  const rowHeight = 26;
  const labelWidth = 280;
  const barWidth = 360;
  return (
    <figure>
      <figcaption>{t('synthesis.chartTitle')}</figcaption>
      <svg
        role="img"
        aria-label={t('synthesis.chartTitle')}
        viewBox={`0 0 ${labelWidth + barWidth + 60} ${themes.length * rowHeight + 8}`}
        width="100%"
        style={{ maxWidth: 720 }}
      >
        {themes.map((theme, index) => {
          const y = index * rowHeight + 4;
          const width = (theme.dots / largest) * barWidth;
          const label = theme.label.length > 40 ? `${theme.label.slice(0, 39)}…` : theme.label;
          return (
            <g key={theme.id}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize="13" fill="#1f2933">
                {label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(width, 1)}
                height={rowHeight - 8}
                fill="#1d4e89"
              />
              <text x={labelWidth + width + 6} y={y + 16} fontSize="13" fill="#1f2933">
                {formatInteger(theme.dots)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
