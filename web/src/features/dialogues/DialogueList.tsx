import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../app/client.js';
import { useLoad, useRegions } from '../../app/data.js';
import { formatDate, formatInteger } from '../../app/format.js';
import { useSession } from '../../app/session.js';
import { Button, ErrorMessage, Loading, PageHeader, Select, TextInput } from '../../ui/index.js';
import type { DialogueStatus, DialogueSummary } from './types.js';

const pageSize = 20;
const statuses = ['draft', 'open', 'live', 'closed'] as const;

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const icon = { draft: '✎', open: '◔', live: '●', closed: '■' }[status] ?? '';
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{icon}</span> {t(`dialogues.status.${status}`)}
    </span>
  );
}

/** Back office list of dialogues: filters (región, estado, fecha, texto), sorting and paging in the URL. */
export function DialogueList() {
  const { t } = useTranslation();
  const { me, region: selectedRegion } = useSession();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? selectedRegion;
  const status = params.get('status') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const q = params.get('q') ?? '';
  const sort = params.get('sort') ?? 'date_desc';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  // The API filters by region, status and text and pages by date (newest first). A date range or
  // another order is applied here over every matching dialogue, then paged the same way.
  const local = Boolean(from || to || sort !== 'date_desc');
  const list = useLoad(
    async (signal) => {
      const query = {
        region: region || undefined,
        status: (status || undefined) as DialogueStatus | undefined,
        q: q || undefined,
      };
      if (!local) return call(api.dialogues.list, { query: { ...query, page, pageSize }, signal });
      const all: DialogueSummary[] = [];
      for (let next = 1; next <= 50; next += 1) {
        const body = await call(api.dialogues.list, {
          query: { ...query, page: next, pageSize: 100 },
          signal,
        });
        all.push(...body.dialogues);
        if (all.length >= body.total || body.dialogues.length === 0) break;
      }
      const inRange = all
        .filter((dialogue) => (!from || dialogue.date >= from) && (!to || dialogue.date <= to))
        .sort((a, b) =>
          sort === 'title'
            ? a.title.localeCompare(b.title, 'es')
            : sort === 'date_asc'
              ? a.date.localeCompare(b.date) || a.id - b.id
              : b.date.localeCompare(a.date) || b.id - a.id,
        );
      return { dialogues: inRange.slice((page - 1) * pageSize, page * pageSize), total: inRange.length };
    },
    [region, status, from, to, q, sort, page, local],
  );

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  const visibleRegions =
    me?.role === 'national' ? regions : regions.filter((r) => me?.regions.includes(r.code));
  const regionName = (code: string) => regions.find((r) => r.code === code)?.name ?? code;
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const rows = list.data?.dialogues ?? [];

  return (
    <>
      <PageHeader
        title={t('dialogues.listTitle')}
        actions={
          me?.role === 'facilitator' ? null : (
            <Link className="btn btn-primary" to="/staff/dialogues/new">
              {t('dialogues.newDialogue')}
            </Link>
          )
        }
      />
      <search className="toolbar" aria-label={t('common.filter')}>
        <Select
          label={t('common.region')}
          value={region}
          onChange={(event) => update('region', event.target.value)}
          options={[
            { value: '', label: t('common.allRegions') },
            ...visibleRegions.map((r) => ({ value: r.code, label: r.name })),
          ]}
        />
        <Select
          label={t('dialogues.statusFilter')}
          value={status}
          onChange={(event) => update('status', event.target.value)}
          options={[
            { value: '', label: t('dialogues.allStatuses') },
            ...statuses.map((value) => ({ value, label: t(`dialogues.status.${value}`) })),
          ]}
        />
        <TextInput
          label={t('dialogues.dateFrom')}
          type="date"
          value={from}
          onChange={(event) => update('from', event.target.value)}
        />
        <TextInput
          label={t('dialogues.dateTo')}
          type="date"
          value={to}
          onChange={(event) => update('to', event.target.value)}
        />
        <TextInput
          label={t('dialogues.searchLabel')}
          type="search"
          defaultValue={q}
          onKeyDown={(event) => {
            if (event.key === 'Enter') update('q', event.currentTarget.value.trim());
          }}
          onBlur={(event) => {
            if (event.currentTarget.value.trim() !== q) update('q', event.currentTarget.value.trim());
          }}
        />
        <Select
          label={t('dialogues.sortBy')}
          value={sort}
          onChange={(event) => update('sort', event.target.value)}
          options={[
            { value: 'date_desc', label: t('dialogues.sortDateDesc') },
            { value: 'date_asc', label: t('dialogues.sortDateAsc') },
            { value: 'title', label: t('dialogues.sortTitle') },
          ]}
        />
      </search>
      <ErrorMessage error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('dialogues.total', { count: total, formatted: formatInteger(total) })}
          </p>
          {rows.length === 0 ? (
            <p>{t('dialogues.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('dialogues.colTitle')}</th>
                    <th scope="col">{t('dialogues.colRegion')}</th>
                    <th scope="col">{t('dialogues.colDate')}</th>
                    <th scope="col">{t('dialogues.colStatus')}</th>
                    <th scope="col" className="number">
                      {t('dialogues.colParticipants')}
                    </th>
                    <th scope="col" className="number">
                      {t('dialogues.colIdeas')}
                    </th>
                    <th scope="col">{t('dialogues.colCode')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((dialogue) => (
                    <tr key={dialogue.id}>
                      <td>
                        <Link to={`/staff/dialogues/${dialogue.id}`}>{dialogue.title}</Link>
                      </td>
                      <td>{regionName(dialogue.regionCode)}</td>
                      <td>{formatDate(dialogue.date)}</td>
                      <td>
                        <StatusBadge status={dialogue.status} />
                      </td>
                      <td className="number">{formatInteger(dialogue.counts?.participants ?? 0)}</td>
                      <td className="number">{formatInteger(dialogue.counts?.ideas ?? 0)}</td>
                      <td>
                        <code>{dialogue.joinCode}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <nav className="pager" aria-label={t('common.page', { page })}>
            <Button variant="secondary" disabled={page <= 1} onClick={() => update('page', String(page - 1))}>
              {t('common.previous')}
            </Button>
            <span>
              {t('common.page', { page })} / {pages}
            </span>
            <Button
              variant="secondary"
              disabled={page >= pages}
              onClick={() => update('page', String(page + 1))}
            >
              {t('common.next')}
            </Button>
          </nav>
        </>
      ) : null}
    </>
  );
}
