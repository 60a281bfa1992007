import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, call, href, type QueryOf, type ResponseOf } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDate, formatInteger, formatPesos } from '../../app/format.js';
import { Button, ErrorMessage, Loading, Select, TextInput } from '../../ui/index.js';

type PublicInitiative = ResponseOf<typeof api.initiatives.publicPortfolio>['initiatives'][number];
type Status = PublicInitiative['status'];
const statuses: Status[] = ['propuesta', 'aprobada', 'en_ejecucion', 'terminada', 'descartada'];
const pageSize = 20;

/**
 * The public portfolio, national (/cartera) or of a region (/cartera/CL-BI, /cartera/nacional):
 * search, status filter and page live in the URL, so a shared link shows the same list.
 */
export function PublicPortfolioPage() {
  const { t } = useTranslation();
  const { region } = useParams();
  const navigate = useNavigate();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const status = (statuses as string[]).includes(params.get('estado') ?? '')
    ? (params.get('estado') as Status)
    : undefined;
  const words = params.get('q') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  const [typed, setTyped] = useState(words);
  const filter: QueryOf<typeof api.initiatives.publicPortfolioCsv> = {
    region: region as QueryOf<typeof api.initiatives.publicPortfolioCsv>['region'],
    status,
    q: words || undefined,
  };
  const loaded = useLoad(
    (signal) =>
      call(api.initiatives.publicPortfolio, {
        query: { ...filter, limit: pageSize, offset: (page - 1) * pageSize },
        signal,
      }),
    [region, status, words, page],
  );
  const regionName =
    region === 'nacional'
      ? t('cycle.publicPortfolio.nationalOnly')
      : regions.find((candidate) => candidate.code === region)?.name;
  const change = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    if (!('pagina' in next)) merged.delete('pagina');
    setParams(merged);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    change({ q: typed.trim() || undefined });
  };
  const data = loaded.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;

  return (
    <article className="portfolio">
      <h1>
        {regionName
          ? t('cycle.publicPortfolio.regionTitle', { region: regionName })
          : t('cycle.publicPortfolio.title')}
      </h1>
      <p>{t('cycle.publicPortfolio.intro')}</p>
      <form className="toolbar" onSubmit={search} aria-label={t('cycle.publicPortfolio.filters')}>
        <Select
          label={t('cycle.publicPortfolio.region')}
          value={region ?? ''}
          options={[
            { value: '', label: t('cycle.publicPortfolio.allRegions') },
            { value: 'nacional', label: t('cycle.publicPortfolio.nationalOnly') },
            ...regions.map((candidate) => ({ value: candidate.code, label: candidate.name })),
          ]}
          onChange={(event) =>
            navigate(`/cartera${event.target.value ? `/${event.target.value}` : ''}?${params}`)
          }
        />
        <Select
          label={t('cycle.publicPortfolio.status')}
          value={status ?? ''}
          options={[
            { value: '', label: t('cycle.publicPortfolio.allStatuses') },
            ...statuses.map((value) => ({ value, label: t(`cycle.statuses.${value}`) })),
          ]}
          onChange={(event) => change({ estado: event.target.value || undefined })}
        />
        <TextInput
          label={t('cycle.publicPortfolio.search')}
          type="search"
          value={typed}
          maxLength={100}
          onChange={(event) => setTyped(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('cycle.publicPortfolio.searchButton')}
        </Button>
      </form>
      <p className="record-actions">
        <a href={href(api.initiatives.publicPortfolioCsv, { query: filter })} download>
          {t('cycle.publicPortfolio.csv')}
        </a>{' '}
        ·{' '}
        <a href={href(api.initiatives.publicPortfolioJson, { query: filter })} download>
          {t('cycle.publicPortfolio.json')}
        </a>{' '}
        · <Link to="/datos-abiertos">{t('cycle.publicPortfolio.openData')}</Link>
      </p>
      {!data ? loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} /> : null}
      {data ? (
        <>
          <p role="status" aria-live="polite">
            {t('cycle.publicPortfolio.total', { count: data.total, formatted: formatInteger(data.total) })}
          </p>
          <ul className="initiative-list">
            {data.initiatives.map((initiative) => (
              <li key={initiative.id} className="card">
                <InitiativeSummary initiative={initiative} />
              </li>
            ))}
          </ul>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('cycle.publicPortfolio.pages')}>
              {page > 1 ? (
                <Button variant="secondary" onClick={() => change({ pagina: String(page - 1) })}>
                  {t('cycle.publicPortfolio.previous')}
                </Button>
              ) : null}
              <span>{t('cycle.publicPortfolio.page', { page, pages })}</span>
              {page < pages ? (
                <Button variant="secondary" onClick={() => change({ pagina: String(page + 1) })}>
                  {t('cycle.publicPortfolio.next')}
                </Button>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </article>
  );
}

function InitiativeSummary({ initiative }: { initiative: PublicInitiative }) {
  const { t } = useTranslation();
  const done = initiative.milestones.filter((milestone) => milestone.doneOn).length;
  return (
    <>
      <h2>
        <Link to={`/cartera/iniciativa/${initiative.id}`}>{initiative.title}</Link>
      </h2>
      <p>
        <span className="badge">{t(`cycle.statuses.${initiative.status}`)}</span>{' '}
        {initiative.regionName ?? t('cycle.publicPortfolio.national')} · {initiative.year}
      </p>
      <progress
        value={initiative.progressPercent}
        max={100}
        aria-label={t('cycle.public.progress', { value: initiative.progressPercent })}
      />
      <dl className="facts">
        <dt>{t('cycle.publicPortfolio.progress')}</dt>
        <dd>{initiative.progressPercent} %</dd>
        <dt>{t('cycle.publicPortfolio.budget')}</dt>
        <dd>{formatPesos(initiative.budgetPesos)}</dd>
        <dt>{t('cycle.publicPortfolio.unit')}</dt>
        <dd>{initiative.responsibleUnit}</dd>
        <dt>{t('cycle.initiative.milestones')}</dt>
        <dd>{t('cycle.publicPortfolio.milestonesDone', { done, total: initiative.milestones.length })}</dd>
        <dt>{t('cycle.publicPortfolio.origin')}</dt>
        <dd>
          {initiative.dialogues.length
            ? initiative.dialogues.map((dialogue, index) => (
                <span key={dialogue.id}>
                  {index ? ', ' : ''}
                  <Link to={`/devolucion/dialogo/${dialogue.id}`}>{dialogue.title}</Link>
                </span>
              ))
            : initiative.themes.length
              ? initiative.themes.map((theme) => theme.label).join(', ')
              : t('cycle.publicPortfolio.noOrigin')}
        </dd>
      </dl>
    </>
  );
}

/** One initiative's public page: where it stands, where it came from, and every change since. */
export function PublicInitiativePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const loaded = useLoad(
    (signal) => call(api.initiatives.publicInitiative, { params: { id }, signal }),
    [id],
  );
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const initiative = loaded.data;
  return (
    <article className="portfolio">
      <p>
        <Link to={initiative.regionCode ? `/cartera/${initiative.regionCode}` : '/cartera/nacional'}>
          ← {t('cycle.publicPortfolio.back')}
        </Link>
      </p>
      <h1>{initiative.title}</h1>
      {initiative.description ? <p>{initiative.description}</p> : null}
      <InitiativeSummaryFacts initiative={initiative} />
      {initiative.discardReason ? (
        <p>{t('cycle.publicPortfolio.discardReason', { reason: initiative.discardReason })}</p>
      ) : null}
      <section aria-labelledby="milestones-heading">
        <h2 id="milestones-heading">{t('cycle.initiative.milestones')}</h2>
        {initiative.milestones.length ? (
          <ul>
            {initiative.milestones.map((milestone) => (
              <li key={`${milestone.title}-${milestone.dueOn}`}>
                {milestone.doneOn
                  ? t('cycle.publicPortfolio.milestoneDone', {
                      title: milestone.title,
                      date: formatDate(milestone.doneOn),
                    })
                  : t('cycle.publicPortfolio.milestoneDue', {
                      title: milestone.title,
                      date: formatDate(milestone.dueOn),
                    })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('cycle.publicPortfolio.noMilestones')}</p>
        )}
      </section>
      <section aria-labelledby="origin-heading">
        <h2 id="origin-heading">{t('cycle.publicPortfolio.origin')}</h2>
        {initiative.ideas.length || initiative.themes.length ? (
          <ul>
            {initiative.ideas.map((idea) => (
              <li key={idea.id}>
                <Link to={`/devolucion/idea/${idea.id}`}>«{idea.text}»</Link>{' '}
                <span className="muted">
                  · {initiative.dialogues.find((dialogue) => dialogue.id === idea.dialogueId)?.title ?? ''}
                </span>
              </li>
            ))}
            {initiative.themes.map((theme) => (
              <li key={`theme-${theme.id}`}>{t('cycle.publicPortfolio.theme', { label: theme.label })}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('cycle.publicPortfolio.noOrigin')}</p>
        )}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('cycle.publicPortfolio.history')}</h2>
        {initiative.history.length ? (
          <ol>
            {initiative.history.map((entry) => (
              <li key={`${entry.on}-${entry.statusAfter}-${entry.progressAfter}-${entry.note ?? ''}`}>
                {formatDate(entry.on)}:{' '}
                {entry.statusBefore !== entry.statusAfter
                  ? `${t(`cycle.statuses.${entry.statusBefore}`)} → ${t(`cycle.statuses.${entry.statusAfter}`)}; `
                  : ''}
                {t('cycle.publicPortfolio.progressChange', {
                  from: entry.progressBefore,
                  to: entry.progressAfter,
                })}
                {entry.note ? ` — ${entry.note}` : ''}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('cycle.publicPortfolio.noHistory')}</p>
        )}
      </section>
    </article>
  );
}

function InitiativeSummaryFacts({ initiative }: { initiative: PublicInitiative }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <span className="badge">{t(`cycle.statuses.${initiative.status}`)}</span>{' '}
        {initiative.regionName ?? t('cycle.publicPortfolio.national')} · {initiative.year} ·{' '}
        {t('cycle.publicPortfolio.updatedOn', { date: formatDate(initiative.updatedOn) })}
      </p>
      <progress
        value={initiative.progressPercent}
        max={100}
        aria-label={t('cycle.public.progress', { value: initiative.progressPercent })}
      />
      <dl className="facts">
        <dt>{t('cycle.publicPortfolio.progress')}</dt>
        <dd>{initiative.progressPercent} %</dd>
        <dt>{t('cycle.publicPortfolio.budget')}</dt>
        <dd>{formatPesos(initiative.budgetPesos)}</dd>
        <dt>{t('cycle.publicPortfolio.unit')}</dt>
        <dd>{initiative.responsibleUnit}</dd>
      </dl>
    </>
  );
}
