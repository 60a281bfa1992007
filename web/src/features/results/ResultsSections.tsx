import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, href, type QueryOf } from '../../app/client.js';
import { formatDecimal, formatInteger, formatPercent } from '../../app/format.js';
import { Button } from '../../ui/index.js';
import { BarChart, type BarRow, LorenzChart } from './charts.js';
import type { Dashboard } from './ResultsPage.js';

const ageOrder = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'];

/** The headline figures: dialogues, people, organisations, ideas, dots and satisfaction. */
export function Figures({ report, figures }: { report: Dashboard['report']; figures: Dashboard['figures'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('results.figures')}</h2>
      <dl className="figures">
        {(
          [
            'dialogues',
            'participants',
            'organizations',
            'ideas',
            'ideas_after_merge',
            'ideas_visible',
            'ideas_hidden',
            'dots',
            'dots_on_hidden',
          ] as const
        )
          .map((key) => [key, figures[key]] as const)
          .map(([key, value]) => (
            <div key={key} className="card">
              <dt>{t(`results.${key}`)}</dt>
              <dd>{formatInteger(value)}</dd>
            </div>
          ))}
        <div className="card">
          <dt>{t('results.satisfaction')}</dt>
          <dd>
            {report.evaluation.responses ? formatPercent(report.evaluation.excellent_or_good_share) : '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** The results of a region or a dialogue (none: all the caller sees): the exports' query. */
export type Scope = NonNullable<QueryOf<typeof api.reports.exportPdf>>;

/** The report as PDF, XLSX and CSV for what is shown, and the whole data package. */
export function Downloads({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  return (
    <section className="page-actions" aria-label={t('results.downloads')}>
      <a className="btn btn-secondary" href={href(api.reports.exportPdf, { query: scope })} download>
        {t('results.pdf')}
      </a>{' '}
      <a className="btn btn-secondary" href={href(api.reports.exportXlsx, { query: scope })} download>
        {t('results.xlsx')}
      </a>{' '}
      <a className="btn btn-secondary" href={href(api.reports.exportCsv, { query: scope })} download>
        {t('results.csv')}
      </a>{' '}
      <a
        className="btn btn-secondary"
        href={href(api.reports.exportCsv, { query: { ...scope, format: 'excel' } })}
        download
      >
        {t('results.csvExcel')}
      </a>{' '}
      <a className="btn btn-secondary" href={href(api.datapackage.exportPackage)} download>
        {t('results.package')}
      </a>
    </section>
  );
}

/** How concentrated the dots are (Lorenz), who took part, and where the ideas came from. */
export function ResultCharts({
  data,
  word,
  regionName,
}: {
  data: Dashboard;
  word: (key: string | null, absent?: string) => string;
  regionName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const report = data.report;
  const k30 = report.concentration.ideas_for_share['0.3'];
  const rows = (items: Array<{ key: string | null; count: number }>, absent?: string): BarRow[] =>
    items.map((item) => ({ label: word(item.key, absent), value: item.count }));
  return (
    <>
      <LorenzChart
        title={t('results.lorenz')}
        points={data.lorenz}
        xLabel={t('results.lorenzX')}
        yLabel={t('results.lorenzY')}
        sentence={
          k30 == null
            ? t('results.noVotes')
            : t('results.topK', {
                count: k30,
                k: formatInteger(k30),
                top10: formatPercent(report.concentration.top_share['10']),
                gini: formatDecimal(report.concentration.gini, 2),
              })
        }
      />
      <div className="chart-grid">
        <BarChart
          title={t('results.bySector')}
          unit={t('results.people')}
          rows={rows(data.participation.sector)}
        />
        <BarChart
          title={t('results.byGender')}
          unit={t('results.people')}
          rows={rows(data.participation.gender)}
        />
        <BarChart
          title={t('results.byAge')}
          unit={t('results.people')}
          rows={rows(
            [...data.participation.age_band].sort(
              (a, b) =>
                (a.key === null ? 99 : ageOrder.indexOf(a.key)) -
                (b.key === null ? 99 : ageOrder.indexOf(b.key)),
            ),
          )}
        />
        <BarChart
          title={t('results.byKind')}
          unit={t('results.people')}
          rows={rows(data.participation.kind)}
        />
        <BarChart
          title={t('results.byTable')}
          unit={t('results.ideas')}
          rows={data.ideasByTable.map((row) => ({ label: row.key ?? '—', value: row.count }))}
        />
        <BarChart
          title={t('results.byQuestion')}
          unit={t('results.ideas')}
          rows={data.ideasByQuestion.map((row) => ({ label: row.key ?? '—', value: row.count }))}
        />
        <BarChart
          title={t('results.ratings')}
          unit={t('results.count')}
          rows={Object.entries(data.ratings).map(([rating, count]) => ({
            label: word(rating),
            value: count,
          }))}
        />
        {report.by_region.length > 1 ? (
          <BarChart
            title={`${t('results.regions')}: ${t('results.participants').toLowerCase()}`}
            unit={t('results.people')}
            rows={report.by_region.map((row) => ({
              label: regionName(row.region_code),
              value: row.participants,
            }))}
          />
        ) : null}
      </div>
    </>
  );
}

{
  /** The figures region by region (the national view). */
}
export function RegionsTable({
  report,
  regionName,
  figures,
}: {
  report: Dashboard['report'];
  regionName: (code: string) => string;
  figures: Dashboard['regionFigures'];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="regions-title">
      <h2 id="regions-title">{t('results.regions')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.region')}</th>
              <th scope="col">{t('results.dialogues')}</th>
              <th scope="col">{t('results.participants')}</th>
              <th scope="col">{t('results.organizations')}</th>
              <th scope="col">{t('results.ideas')}</th>
              <th scope="col">{t('results.ideas_visible')}</th>
              <th scope="col">{t('results.dots')}</th>
              <th scope="col">30 %</th>
              <th scope="col">{t('results.satisfaction')}</th>
            </tr>
          </thead>
          <tbody>
            {report.by_region.map((row, index) => (
              <tr key={row.region_code}>
                <th scope="row">{regionName(row.region_code)}</th>
                <td>{formatInteger(row.dialogues)}</td>
                <td>{formatInteger(row.participants)}</td>
                <td>{formatInteger(row.organizations)}</td>
                <td>{formatInteger(row.ideas)}</td>
                <td>{formatInteger(figures[index]?.ideas_visible ?? 0)}</td>
                <td>{formatInteger(row.dots)}</td>
                <td>{row.concentration.ideas_for_share['0.3'] ?? '—'}</td>
                <td>
                  {row.evaluation.responses ? formatPercent(row.evaluation.excellent_or_good_share) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

{
  /** The ideas with the most dots. */
}
export function TopIdeas({ data, regionName }: { data: Dashboard; regionName: (code: string) => string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="top-title">
      <h2 id="top-title">{t('results.topIdeas')}</h2>
      {/* The number is written, not left to the list marker: Chromium kept the old markers (6, 7…)
          when the ideas of another region replaced the list's items. */}
      <ol className="numbered">
        {data.topIdeas.map((idea, index) => (
          <li key={idea.id}>
            <span className="number">{index + 1}.</span> {idea.text} —{' '}
            <strong>{formatInteger(idea.dots)}</strong> {t('results.dots').toLowerCase()} (
            {regionName(idea.region_code)})
          </li>
        ))}
      </ol>
    </section>
  );
}

{
  /** Which closed dialogues are published as open data, with the switch for each. */
}
export function OpenDataTable({
  data,
  regionName,
  busy,
  publish,
}: {
  data: Dashboard;
  regionName: (code: string) => string;
  busy: boolean;
  publish: (id: number, published: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="open-title">
      <h2 id="open-title">{t('results.openData')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('results.dialogue')}</th>
              <th scope="col">{t('results.region')}</th>
              <th scope="col">{t('results.openData')}</th>
            </tr>
          </thead>
          <tbody>
            {data.dialogues.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.title}</th>
                <td>{regionName(row.region_code)}</td>
                <td>
                  {row.status !== 'closed' ? (
                    <span className="muted">{t('results.notClosed')}</span>
                  ) : (
                    <Button
                      variant="secondary"
                      disabled={busy}
                      onClick={() => publish(row.id, !row.published_at)}
                      aria-label={`${row.published_at ? t('results.unpublish') : t('results.publish')}: ${row.title}`}
                    >
                      {row.published_at ? t('results.unpublish') : t('results.publish')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

{
  /** Importing a data package (ZIP) of another installation. */
}
export function ImportPackage({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('results.importTitle')}</h2>
      <p className="muted">{t('results.importHint')}</p>
      <form onSubmit={onSubmit}>
        <label htmlFor="package-file">{t('results.importFile')}</label>{' '}
        <input id="package-file" name="file" type="file" accept=".zip,application/zip" required />{' '}
        <Button type="submit" disabled={busy}>
          {t('results.importButton')}
        </Button>
      </form>
    </section>
  );
}
