import { useTranslation } from 'react-i18next';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { formatDateTime } from '../../app/format.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader } from '../../ui/index.js';

/** The national team's view of the e-mails to participants: what waits, what was sent, what failed. */
export function OutboxPage() {
  const { t } = useTranslation();
  const loaded = useLoad((signal) => call(api.notifications.outbox, { signal }), []);
  if (!loaded.data) return loaded.loading ? <Loading /> : <ErrorMessage error={loaded.error} />;
  const data = loaded.data;
  return (
    <>
      <PageHeader
        title={t('cycle.outbox.title')}
        actions={
          <Button variant="secondary" onClick={loaded.reload}>
            ↻
          </Button>
        }
      />
      {data.smtp ? null : <Alert kind="warning">{t('cycle.outbox.smtpOff')}</Alert>}
      <p>
        {Object.entries(data.counts)
          .map(([status, count]) => `${status}: ${count}`)
          .join(' · ')}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('common.date')}</th>
              <th scope="col">E-mail</th>
              <th scope="col">{t('cycle.outbox.status')}</th>
              <th scope="col">{t('cycle.outbox.attempts')}</th>
              <th scope="col">{t('cycle.outbox.error')}</th>
            </tr>
          </thead>
          <tbody>
            {data.recent.map((row) => (
              <tr key={row.id}>
                <td>{row.id}</td>
                <td>{formatDateTime(row.sentAt ?? row.createdAt)}</td>
                <td>{row.email}</td>
                <td>{row.status}</td>
                <td>{row.attempts}</td>
                <td>{row.lastError}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
