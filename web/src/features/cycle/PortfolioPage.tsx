import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, href, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatPesos } from '../../app/format.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import { CyclePicker, useCycles } from './CyclesPage.js';

type ImportResult = ResponseOf<typeof api.initiatives.importProgress>;

function BulkProgress({ cycleId, onApplied }: { cycleId: number; onApplied(): void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(dryRun: boolean) {
    if (!file) {
      setError(new ApiError(0, 'no_file', t('cycle.portfolio.noFile')));
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    setBusy(true);
    setError(null);
    try {
      const response = await call(api.initiatives.importProgress, {
        query: { dryRun: dryRun ? 'true' : 'false' },
        body: form,
      });
      setResult(response);
      if (!dryRun) onApplied();
    } catch (reason) {
      setResult(null);
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card">
      <h2>{t('cycle.portfolio.bulkTitle')}</h2>
      <p className="hint">{t('cycle.portfolio.bulkIntro')}</p>
      <p>
        <a href={href(api.initiatives.progressTemplate, { params: { id: cycleId } })} download>
          {t('cycle.portfolio.template')}
        </a>
      </p>
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <div className="field">
          <label htmlFor="progress-file">{t('cycle.portfolio.file')}</label>
          <input
            id="progress-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setResult(null);
            }}
          />
        </div>
        <div className="toolbar">
          <Button type="submit" variant="secondary" disabled={busy}>
            {t('cycle.portfolio.check')}
          </Button>
          {result?.dryRun ? (
            <Button onClick={() => void send(false)} disabled={busy}>
              {t('cycle.portfolio.apply')}
            </Button>
          ) : null}
        </div>
      </form>
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error.message}</p>
          {error.issues.length ? (
            <ul>
              {error.issues.map((issue) => (
                <li key={`${issue.path}-${issue.message}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {result ? (
        <>
          {result.dryRun ? (
            <p>{t('cycle.portfolio.preview')}</p>
          ) : (
            <Alert kind="success">{t('cycle.portfolio.applied', { count: result.applied })}</Alert>
          )}
          {result.detected ? (
            <p className="muted">{t('cycle.portfolio.detected', { summary: result.detected.summary })}</p>
          ) : null}
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('cycle.portfolio.line')}</th>
                  <th scope="col">{t('cycle.initiative.title')}</th>
                  <th scope="col">{t('cycle.initiative.status')}</th>
                  <th scope="col">{t('cycle.initiative.progress')}</th>
                  <th scope="col">{t('cycle.initiative.note')}</th>
                </tr>
              </thead>
              <tbody>
                {result.changes.map((change) => (
                  <tr key={change.line}>
                    <td>{change.line}</td>
                    <th scope="row">{change.title}</th>
                    <td>
                      {t(`cycle.statuses.${change.status.before}`)} →{' '}
                      {t(`cycle.statuses.${change.status.after}`)}
                    </td>
                    <td>
                      {change.progress.before} → {change.progress.after}
                    </td>
                    <td>{change.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

export function PortfolioPage() {
  const { t } = useTranslation();
  const { cycles, cycle, setChosen, loading, error } = useCycles();
  const list = useLoad(
    (signal) =>
      cycle
        ? call(api.initiatives.listInitiativesFor, { query: { cycleId: cycle.id }, signal })
        : Promise.resolve(null),
    [cycle?.id],
  );
  return (
    <>
      <PageHeader
        title={t('cycle.portfolio.title')}
        actions={
          <Link className="btn btn-secondary" to="/cartera">
            {t('cycle.portfolio.publicPortfolio')}
          </Link>
        }
      />
      <ErrorMessage error={error ?? list.error} />
      {loading ? <Loading /> : null}
      <div className="toolbar">
        <CyclePicker cycles={cycles} cycle={cycle} onChange={setChosen} />
      </div>
      {cycle ? (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('cycle.initiative.title')}</th>
                  <th scope="col">{t('cycle.initiative.scope')}</th>
                  <th scope="col">{t('cycle.initiative.unit')}</th>
                  <th scope="col">{t('cycle.initiative.budget')}</th>
                  <th scope="col">{t('cycle.initiative.status')}</th>
                  <th scope="col">{t('cycle.initiative.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {(list.data?.initiatives ?? []).map((row) => (
                  <tr key={row.id}>
                    <td>{row.id}</td>
                    <th scope="row">
                      <Link to={`/staff/cartera/${row.id}`}>{row.title}</Link>
                    </th>
                    <td>{row.regionCode ?? t('cycle.initiative.national')}</td>
                    <td>{row.responsibleUnit}</td>
                    <td>{formatPesos(row.budgetPesos)}</td>
                    <td>{t(`cycle.statuses.${row.status}`)}</td>
                    <td>{row.progressPercent} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data && !list.data.initiatives.length ? (
            <p className="muted">{t('cycle.portfolio.empty')}</p>
          ) : null}
          <BulkProgress cycleId={cycle.id} onApplied={list.reload} />
        </>
      ) : null}
    </>
  );
}
