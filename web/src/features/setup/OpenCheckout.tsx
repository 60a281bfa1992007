import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { Alert, Button, ErrorMessage } from '../../ui/index.js';

type Opened = ResponseOf<typeof api.venue.openCheckout>;

/**
 * On an empty store, the laptop of a dialogue held at a venue: open the checkout file made on the
 * national store. Its accounts then sign in with the passwords they have at home.
 */
export function OpenCheckout({ onOpened }: { onOpened?(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      setOpened(await call(api.venue.openCheckout, { body: form }));
      onOpened?.();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  if (opened)
    return (
      <section className="card narrow" aria-live="polite">
        <Alert kind="success">{t('setup.venueOpened', { title: opened.title })}</Alert>
        <p>{t('setup.venueAccounts', { accounts: opened.accounts.join(', ') })}</p>
        <Link className="btn btn-primary" to="/login">
          {t('setup.signIn')}
        </Link>
      </section>
    );
  return (
    <section className="card narrow" aria-labelledby="venue-open-title">
      <h2 id="venue-open-title">{t('setup.venueTitle')}</h2>
      <p>{t('setup.venueIntro')}</p>
      <ErrorMessage error={error} />
      <form onSubmit={submit}>
        <label htmlFor="checkout-file">{t('setup.venueFile')}</label>{' '}
        <input id="checkout-file" name="file" type="file" accept=".json,application/json" required />{' '}
        <Button type="submit" disabled={busy}>
          {t('setup.venueOpen')}
        </Button>
      </form>
    </section>
  );
}
