import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { formatDateTime } from '../../app/format.js';
import { Button, ErrorMessage, Loading, PageHeader, Select } from '../../ui/index.js';

type AuditEntry = ResponseOf<typeof api.audit.listAudit>['entries'][number];

const pageSize = 50;

/** Administración → Auditoría: newest first, paged with beforeId. */
export function Audit() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [done, setDone] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Every entity type the log holds, named in Spanish by the server.
  const [entities, setEntities] = useState<Array<{ entity: string; name: string }>>([]);
  useEffect(() => {
    call(api.audit.listAuditEntities, {})
      .then((body) => setEntities(body.entities))
      .catch(() => setEntities([]));
  }, []);

  const load = useCallback(
    async (beforeId: number | null) => {
      setLoading(true);
      try {
        const body = await call(api.audit.listAudit, {
          query: { limit: pageSize, beforeId: beforeId || undefined, entity: entity || undefined },
        });
        setEntries((current) => (beforeId ? [...current, ...body.entries] : body.entries));
        setDone(body.entries.length < pageSize);
        setError(null);
      } catch (reason) {
        setError(reason instanceof ApiError ? reason : null);
      } finally {
        setLoading(false);
      }
    },
    [entity],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const show = (value: unknown) =>
    value === null || value === undefined ? '—' : JSON.stringify(value, null, 1);
  return (
    <>
      <PageHeader title={t('admin.audit')} />
      <div className="toolbar">
        <Select
          label={t('admin.entityFilter')}
          value={entity}
          onChange={(event) => setEntity(event.target.value)}
          options={[
            { value: '', label: t('admin.allEntities') },
            ...entities.map((value) => ({ value: value.entity, label: value.name })),
          ]}
        />
      </div>
      <ErrorMessage error={error} />
      {entries.length === 0 && !loading ? <p>{t('admin.noEntries')}</p> : null}
      {entries.length > 0 ? (
        <div className="table-wrap">
          <table className="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.when')}</th>
                <th scope="col">{t('admin.what')}</th>
                <th scope="col">{t('admin.region')}</th>
                <th scope="col">{t('admin.change')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.createdAt)}</td>
                  <td>{entry.sentence}</td>
                  <td>{entry.regionName ?? '—'}</td>
                  <td>
                    <details>
                      <summary>
                        {t('admin.before')} / {t('admin.after')}
                      </summary>
                      <div className="audit-diff">
                        <div>
                          <strong>{t('admin.before')}</strong>
                          <pre>{show(entry.before)}</pre>
                        </div>
                        <div>
                          <strong>{t('admin.after')}</strong>
                          <pre>{show(entry.after)}</pre>
                        </div>
                      </div>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {loading ? <Loading /> : null}
      {!done && entries.length > 0 ? (
        <Button
          variant="secondary"
          onClick={() => void load(entries[entries.length - 1].id)}
          disabled={loading}
        >
          {t('admin.loadMore')}
        </Button>
      ) : entries.length > 0 ? (
        <p className="muted">{t('admin.end')}</p>
      ) : null}
    </>
  );
}
