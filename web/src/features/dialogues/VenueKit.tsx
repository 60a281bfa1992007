import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { formatDateTime } from '../../app/format.js';
import { Alert, Button, ErrorMessage } from '../../ui/index.js';
import type { Dialogue } from './types.js';

/** Saves text as a file the browser downloads. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * The venue kit on the national store (managers of the region): take the dialogue out to a laptop
 * as a signed file, and bring the laptop's export home.
 */
export function VenueKit({ dialogue, onImported }: { dialogue: Dialogue; onImported(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await work());
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  const checkout = () =>
    act(async () => {
      const file = await call(api.venue.checkout, { params: { id: dialogue.id } });
      download(`minga-retiro-${dialogue.id}.json`, `${JSON.stringify(file, null, 1)}\n`);
      return t('dialogues.venue.checkedOut');
    });

  const importFile = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void act(async () => {
      const summary = await call(api.venue.importExport, { body: form });
      if (summary.alreadyImported)
        return t('dialogues.venue.alreadyImported', { at: formatDateTime(summary.importedAt) });
      onImported();
      return t('dialogues.venue.imported', summary);
    });
  };

  const canCheckout = dialogue.status !== 'closed' && dialogue.counts.participants === 0;
  return (
    <section className="card" aria-labelledby="venue-heading">
      <h2 id="venue-heading">{t('dialogues.venue.title')}</h2>
      <p className="muted">{t('dialogues.venue.intro')}</p>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <ErrorMessage error={error} />
      {error?.issues.length ? (
        <ul className="issues">
          {error.issues.slice(0, 20).map((issue) => (
            <li key={`${issue.path}${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {canCheckout ? (
        <p>
          <Button variant="secondary" onClick={() => void checkout()} disabled={busy}>
            {t('dialogues.venue.checkout')}
          </Button>{' '}
          <span className="muted">{t('dialogues.venue.checkoutHint')}</span>
        </p>
      ) : null}
      <form onSubmit={importFile}>
        <label htmlFor="venue-file">{t('dialogues.venue.importFile')}</label>{' '}
        <input id="venue-file" name="file" type="file" accept=".json,application/json" required />{' '}
        <Button type="submit" disabled={busy}>
          {t('dialogues.venue.import')}
        </Button>
      </form>
    </section>
  );
}
