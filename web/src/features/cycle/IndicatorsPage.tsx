import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDecimal, formatPercent } from '../../app/format.js';
import { ErrorMessage, Loading, PageHeader } from '../../ui/index.js';

type Indicators = ResponseOf<typeof api.board.cycleIndicators>;

/** Share of positive evaluations per year, as bars; the same numbers are in the table below it. */
function SatisfactionChart({ rows, label }: { rows: Indicators['satisfaction']; label: string }) {
  const width = Math.max(200, rows.length * 70);
  const height = 160;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      {rows.map((row, index) => {
        const share = row.positiveShare ?? 0;
        const barHeight = share * (height - 40);
        const x = index * 70 + 15;
        return (
          <g key={row.year}>
            <rect x={x} y={height - 20 - barHeight} width={40} height={barHeight} fill="#1d4f91" />
            <text x={x + 20} y={height - 24 - barHeight} textAnchor="middle" fontSize="12" fill="#1a1a1a">
              {Math.round(share * 100)} %
            </text>
            <text x={x + 20} y={height - 5} textAnchor="middle" fontSize="12" fill="#1a1a1a">
              {row.year}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function IndicatorsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loaded = useLoad((signal) => call(api.board.cycleIndicators, { params: { id }, signal }), [id]);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const data = loaded.data;
  const statuses = ['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada'];
  return (
    <>
      <PageHeader title={t('cycle.indicators.title', { year: data.cycle.year })}>
        <Link to="/staff/ciclo">{t('common.back')}</Link>
      </PageHeader>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cycle.cycles.region')}</th>
              <th scope="col">{t('cycle.indicators.outcome')}</th>
              {statuses.map((status) => (
                <th scope="col" key={status}>
                  {t(`cycle.statuses.${status}`)}
                </th>
              ))}
              <th scope="col">{t('cycle.indicators.daysToFeedback')}</th>
              <th scope="col">{t('cycle.indicators.sessions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.regions.map((row) => (
              <tr key={row.regionCode}>
                <th scope="row">{row.regionName}</th>
                <td>
                  {row.outcomeShare === null ? '—' : formatPercent(row.outcomeShare)} ({row.ideasWithOutcome}/
                  {row.ideas})
                </td>
                {statuses.map((status) => (
                  <td key={status}>{row.initiatives[status] ?? 0}</td>
                ))}
                <td>
                  {row.medianDaysToFirstFeedback === null
                    ? '—'
                    : formatDecimal(row.medianDaysToFirstFeedback)}
                </td>
                <td>
                  {row.feedbackHeld} / {row.feedbackPlanned}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section>
        <h2>{t('cycle.indicators.satisfaction')}</h2>
        <SatisfactionChart rows={data.satisfaction} label={t('cycle.indicators.chartLabel')} />
        <table>
          <thead>
            <tr>
              <th scope="col">{t('cycle.cycles.year')}</th>
              <th scope="col">{t('cycle.indicators.evaluations')}</th>
              <th scope="col">{t('cycle.indicators.positive')}</th>
            </tr>
          </thead>
          <tbody>
            {data.satisfaction.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                <td>{row.total}</td>
                <td>{row.positiveShare === null ? '—' : formatPercent(row.positiveShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
