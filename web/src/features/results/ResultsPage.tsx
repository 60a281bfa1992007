import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { useLoad, useRegions } from '../../app/data.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';
import './results.css';
import { api, call, type ResponseOf } from '../../app/client.js';
import { vocabularyLabels } from './messages.js';
import {
  Downloads,
  Figures,
  ImportPackage,
  OpenDataTable,
  RegionsTable,
  ResultCharts,
  TopIdeas,
} from './ResultsSections.js';

/** The results dashboard, as the server's contract declares it. */
export type Dashboard = ResponseOf<typeof api.reports.buildDashboard>;

/** Results of a dialogue, a region or the whole country: figures, charts, downloads, open data. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const { me, region: sessionRegion, setRegion } = useSession();
  const regions = useRegions();
  // The chosen region and dialogue live in the URL (?region=CL-BI&dialogo=14), so a link or a reload
  // shows the same results; the back office's region selector at the top moves them both.
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? sessionRegion;
  const dialogue = params.get('dialogo') ?? '';
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the top selector moves, not on every URL change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      const fromUrl = params.get('region');
      if (fromUrl !== null && fromUrl !== sessionRegion) setRegion(fromUrl);
      return;
    }
    setParams(
      (previous) => {
        if ((previous.get('region') ?? '') === sessionRegion) return previous;
        return new URLSearchParams(sessionRegion ? { region: sessionRegion } : {});
      },
      { replace: true },
    );
  }, [sessionRegion]);
  const setDialogue = (id: string) =>
    setParams(new URLSearchParams({ ...(region ? { region } : {}), ...(id ? { dialogo: id } : {}) }), {
      replace: true,
    });
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
  return (
    <>
      <PageHeader title={t('results.title')}>
        {data ? <p className="lead">{data.summary}.</p> : null}
        {data?.consultations?.consultations ? (
          <p>
            {t('results.consultations', {
              count: data.consultations.consultations,
              participants: data.consultations.participants.toLocaleString('es-CL'),
              statements: data.consultations.statements.toLocaleString('es-CL'),
              votes: data.consultations.votes.toLocaleString('es-CL'),
            })}
          </p>
        ) : null}
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
          <Figures report={report} figures={data.figures} />
          <Downloads scope={scope} />
          <ResultCharts data={data} word={word} regionName={regionName} />
          {report.by_region.length > 1 ? (
            <RegionsTable report={report} regionName={regionName} figures={data.regionFigures} />
          ) : null}
          <TopIdeas data={data} regionName={regionName} />
          {national ? (
            <OpenDataTable data={data} regionName={regionName} busy={busy} publish={publish} />
          ) : null}
        </>
      ) : null}
      {national ? <ImportPackage busy={busy} onSubmit={importZip} /> : null}
    </>
  );
}
