import { useTranslation } from 'react-i18next';
import { useAction } from '../../app/action.js';
import { get, put } from '../../app/api.js';
import { useLoad } from '../../app/data.js';
import { formatInteger } from '../../app/format.js';
import { useRegionName } from '../../app/regions.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, TextInput } from '../../ui/index.js';

interface Coverage {
  target: number;
  heard: number;
  gap: number;
  regionTarget: number;
  sectorTarget: number;
  byRegion: Array<{
    regionCode: string;
    name: string;
    actors: number;
    heard: number;
    interviews: number;
    target: number;
    gap: number;
  }>;
  bySector: Array<{ sector: string; actors: number; heard: number; target: number; gap: number }>;
}
interface Synthesis {
  codes: Array<{
    id: number;
    label: string;
    description: string | null;
    passages: number;
    interviews: number;
    byRegion: Array<{ regionCode: string; passages: number; interviews: number }>;
    quotations: Array<{
      id: number;
      text: string;
      actor: string;
      sector: string;
      regionCode: string;
      interviewId: number;
    }>;
  }>;
}

function GapFlag({ gap }: { gap: number }) {
  const { t } = useTranslation();
  return gap ? (
    <span className="badge badge-warning">! {t('listening.synthesis.gapFlag', { gap })}</span>
  ) : (
    <span className="badge">✓ {t('listening.synthesis.reached')}</span>
  );
}

/** Heard against target per region, as bars; the table below carries the same numbers. */
function CoverageChart({ rows, title }: { rows: Coverage['byRegion']; title: string }) {
  const rowHeight = 24;
  const labelWidth = 170;
  const width = 560;
  const max = Math.max(1, ...rows.map((row) => Math.max(row.heard, row.target)));
  const x = (value: number) => labelWidth + (value / max) * (width - labelWidth - 40);
  return (
    <svg
      viewBox={`0 0 ${width} ${rows.length * rowHeight + 10}`}
      role="img"
      aria-labelledby="coverage-title"
      className="chart"
      style={{ maxWidth: 640 }}
    >
      <title id="coverage-title">{title}</title>
      {rows.map((row, index) => (
        <g key={row.regionCode} transform={`translate(0 ${index * rowHeight + 4})`}>
          <text x={labelWidth - 6} y={15} textAnchor="end" fontSize="12" fill="#1b1f23">
            {row.name}
          </text>
          <rect
            x={labelWidth}
            y={3}
            width={Math.max(0, x(row.heard) - labelWidth)}
            height={14}
            fill="#0b5d57"
          />
          <line x1={x(row.target)} x2={x(row.target)} y1={0} y2={20} stroke="#a4161a" strokeWidth={2} />
          <text x={Math.max(x(row.heard), x(row.target)) + 4} y={15} fontSize="12" fill="#1b1f23">
            {row.heard}/{row.target}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The national view of listening: who was heard against the target, and what they said, by code and region. */
export function SynthesisPage() {
  const { t } = useTranslation();
  const { me, region } = useSession();
  const regionName = useRegionName();
  const coverage = useLoad((signal) => get<Coverage>('/api/interviews/coverage', { signal }), []);
  const synthesis = useLoad(
    (signal) => get<Synthesis>(`/api/interviews/synthesis${region ? `?region=${region}` : ''}`, { signal }),
    [region],
  );
  const saveTarget = useAction({
    form: (form) => put('/api/interviews/target', { target: Number(form.get('target')) || 0 }),
    onDone: () => coverage.reload(),
  });
  const data = coverage.data;
  return (
    <>
      <PageHeader title={t('listening.synthesis.title')} />
      <section aria-labelledby="coverage">
        <h2 id="coverage">{t('listening.synthesis.coverage')}</h2>
        <p>{t('listening.synthesis.coverageIntro')}</p>
        <ErrorMessage error={coverage.error} />
        {!data ? <Loading /> : null}
        {data ? (
          <>
            <p className="stat">
              {t('listening.synthesis.heardOf', {
                heard: formatInteger(data.heard),
                target: formatInteger(data.target),
              })}
            </p>
            {me?.role === 'national' ? (
              <form onSubmit={saveTarget.submit} className="toolbar" noValidate>
                <TextInput
                  label={t('listening.synthesis.target')}
                  name="target"
                  type="number"
                  min={1}
                  defaultValue={data.target}
                  key={data.target}
                />
                <Button type="submit" variant="secondary" disabled={saveTarget.busy}>
                  {t('listening.synthesis.setTarget')}
                </Button>
                {saveTarget.done ? (
                  <Alert kind="success">{t('listening.synthesis.targetSaved')}</Alert>
                ) : null}
                <ErrorMessage error={saveTarget.error} />
              </form>
            ) : null}
            <h3>{t('listening.synthesis.byRegion')}</h3>
            <CoverageChart rows={data.byRegion} title={t('listening.synthesis.chartTitle')} />
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('listening.synthesis.byRegion')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('listening.synthesis.region')}</th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.actors')}
                    </th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.heard')}
                    </th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.interviews')}
                    </th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.goal')}
                    </th>
                    <th scope="col">{t('listening.synthesis.gap')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byRegion.map((row) => (
                    <tr key={row.regionCode}>
                      <th scope="row">{row.name}</th>
                      <td className="number">{row.actors}</td>
                      <td className="number">{row.heard}</td>
                      <td className="number">{row.interviews}</td>
                      <td className="number">{row.target}</td>
                      <td>
                        <GapFlag gap={row.gap} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t('listening.synthesis.bySector')}</h3>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('listening.synthesis.bySector')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('listening.synthesis.sector')}</th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.actors')}
                    </th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.heard')}
                    </th>
                    <th scope="col" className="number">
                      {t('listening.synthesis.goal')}
                    </th>
                    <th scope="col">{t('listening.synthesis.gap')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.bySector.map((row) => (
                    <tr key={row.sector}>
                      <th scope="row">{t(`listening.sector.${row.sector}`)}</th>
                      <td className="number">{row.actors}</td>
                      <td className="number">{row.heard}</td>
                      <td className="number">{row.target}</td>
                      <td>
                        <GapFlag gap={row.gap} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </section>

      <section aria-labelledby="by-code">
        <h2 id="by-code">{t('listening.synthesis.byCode')}</h2>
        <ErrorMessage error={synthesis.error} />
        {synthesis.data && !synthesis.data.codes.some((code) => code.passages) ? (
          <p>{t('listening.synthesis.noCodings')}</p>
        ) : null}
        {synthesis.data?.codes
          .filter((code) => code.passages)
          .map((code) => (
            <article key={code.id} className="card">
              <h3>
                {code.label}{' '}
                <span className="muted">
                  · {code.passages} {t('listening.synthesis.passages').toLowerCase()} · {code.interviews}{' '}
                  {t('listening.synthesis.interviews').toLowerCase()}
                </span>
              </h3>
              {code.description ? <p className="muted">{code.description}</p> : null}
              <p>
                {t('listening.synthesis.regions')}:{' '}
                {code.byRegion.map((row) => `${regionName(row.regionCode)} (${row.passages})`).join(' · ')}
              </p>
              <h4>{t('listening.synthesis.quotations')}</h4>
              <ul>
                {code.quotations.map((quotation) => (
                  <li key={quotation.id}>
                    <q>{quotation.text}</q>{' '}
                    <span className="muted">
                      — {quotation.actor}, {t(`listening.sector.${quotation.sector}`)},{' '}
                      {regionName(quotation.regionCode)}
                    </span>
                  </li>
                ))}
              </ul>
            </article>
          ))}
      </section>
    </>
  );
}
