import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatInteger, formatPercent } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { BarChart, type BarRow, LorenzChart } from './charts.js';
import './results.css';
import { api, call, href } from '../../app/client.js';
import { vocabularyLabels } from './messages.js';

const ageOrder = ['15-24', '25-34', '35-44', '45-54', '55-64', '65+'];

/** Results of a dialogue, a region or the whole country: figures, charts, downloads, open data. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const { me, region: sessionRegion } = useSession();
  const regions = useRegions();
  // The region comes from the back office's own region selector, at the top of every page.
  const region = sessionRegion;
  const [dialogue, setDialogue] = useState('');
  const [dialogueRegion, setDialogueRegion] = useState(region);
  if (dialogueRegion !== region) {
    setDialogueRegion(region);
    setDialogue('');
  }
  const [notice, setNotice] = useState('');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const scope = { region: region || undefined, dialogue: dialogue || undefined };
  const { data, error, loading, reload } = useLoad(
    (signal) => call(api.reports.buildDashboard, { query: scope, signal }),
    [region, dialogue],
  );
  const national = me?.role === 'national';
  const words = vocabularyLabels[i18n.language === 'en' ? 'en' : 'es'];
  const word = (key: string | null, absent = words.none) => (key ? (words[key] ?? key) : absent);
  const regionName = (code: string) => regions.find((candidate) => candidate.code === code)?.name ?? code;
  const rows = (items: Array<{ key: string | null; count: number }>, absent?: string): BarRow[] =>
    items.map((item) => ({ label: word(item.key, absent), value: item.count }));

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    setActionError(null);
    setNotice('');
    try {
      setNotice(await work());
      reload();
    } catch (reason) {
      setActionError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  };
  const loadDemo = () =>
    act(async () => {
      await call(api.demo.loadDemo);
      return t('results.demoDone');
    });
  const importZip = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    act(async () => {
      const body = await call(api.datapackage.importPackage, { body: form });
      return String(t('results.imported', body));
    });
  };
  const publish = (id: number, published: boolean) =>
    act(async () => {
      await call(api.opendata.setPublished, { params: { id }, body: { published } });
      return published ? t('results.published') : t('results.unpublish');
    });

  const report = data?.report;
  const k30 = report?.concentration.ideas_for_share['0.3'];
  return (
    <>
      <PageHeader title={t('results.title')}>
        {data ? <p className="lead">{data.summary}.</p> : null}
      </PageHeader>
      <div className="toolbar">
        <label>
          {t('results.dialogue')}{' '}
          <select value={dialogue} onChange={(event) => setDialogue(event.target.value)}>
            <option value="">{t('results.allDialogues')}</option>
            {(data?.dialogues ?? []).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <ErrorMessage error={actionError} />
      {actionError instanceof ApiError && actionError.issues.length ? (
        <ul className="issues">
          {actionError.issues.slice(0, 50).map((issue) => (
            <li key={`${issue.path}${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {report && report.dialogues === 0 ? (
        <section className="card">
          <p>{t('results.empty')}</p>
          {national && !region ? (
            <>
              <p className="muted">{t('results.demoHint')}</p>
              <Button onClick={loadDemo} disabled={busy}>
                {t('results.demo')}
              </Button>
            </>
          ) : null}
        </section>
      ) : null}
      {data && report && report.dialogues > 0 ? (
        <>
          <section aria-labelledby="figures-title">
            <h2 id="figures-title">{t('results.figures')}</h2>
            <dl className="figures">
              {(
                [
                  ['dialogues', report.dialogues],
                  ['participants', report.participants],
                  ['organizations', report.organizations],
                  ['ideas', report.ideas],
                  ['dots', report.dots],
                ] as const
              ).map(([key, value]) => (
                <div key={key} className="card">
                  <dt>{t(`results.${key}`)}</dt>
                  <dd>{formatInteger(value)}</dd>
                </div>
              ))}
              <div className="card">
                <dt>{t('results.satisfaction')}</dt>
                <dd>
                  {report.evaluation.responses
                    ? formatPercent(report.evaluation.excellent_or_good_share)
                    : '—'}
                </dd>
              </div>
            </dl>
          </section>
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
            <a className="btn btn-secondary" href={href(api.datapackage.exportPackage)} download>
              {t('results.package')}
            </a>
          </section>
          <LorenzChart
            title={t('results.lorenz')}
            points={data.lorenz}
            xLabel={t('results.lorenzX')}
            yLabel={t('results.lorenzY')}
            sentence={
              k30 == null
                ? t('results.noVotes')
                : t('results.topK', {
                    k: formatInteger(k30),
                    top10: formatPercent(report.concentration.top_share['10']),
                    gini: report.concentration.gini.toFixed(2),
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
          {report.by_region.length > 1 ? (
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
                      <th scope="col">{t('results.dots')}</th>
                      <th scope="col">30 %</th>
                      <th scope="col">{t('results.satisfaction')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.by_region.map((row) => (
                      <tr key={row.region_code}>
                        <th scope="row">{regionName(row.region_code)}</th>
                        <td>{formatInteger(row.dialogues)}</td>
                        <td>{formatInteger(row.participants)}</td>
                        <td>{formatInteger(row.organizations)}</td>
                        <td>{formatInteger(row.ideas)}</td>
                        <td>{formatInteger(row.dots)}</td>
                        <td>{row.concentration.ideas_for_share['0.3'] ?? '—'}</td>
                        <td>
                          {row.evaluation.responses
                            ? formatPercent(row.evaluation.excellent_or_good_share)
                            : '—'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ) : null}
          <section aria-labelledby="top-title">
            <h2 id="top-title">{t('results.topIdeas')}</h2>
            <ol>
              {data.topIdeas.map((idea) => (
                <li key={idea.id}>
                  {idea.text} — <strong>{formatInteger(idea.dots)}</strong> {t('results.dots').toLowerCase()}{' '}
                  ({regionName(idea.region_code)})
                </li>
              ))}
            </ol>
          </section>
          {national ? (
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
          ) : null}
        </>
      ) : null}
      {national ? (
        <section className="card" aria-labelledby="import-title">
          <h2 id="import-title">{t('results.importTitle')}</h2>
          <p className="muted">{t('results.importHint')}</p>
          <form onSubmit={importZip}>
            <label htmlFor="package-file">{t('results.importFile')}</label>{' '}
            <input id="package-file" name="file" type="file" accept=".zip,application/zip" required />{' '}
            <Button type="submit" disabled={busy}>
              {t('results.importButton')}
            </Button>
          </form>
        </section>
      ) : null}
    </>
  );
}
