import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError, fieldErrors } from '../../app/api.js';
import { api, call, formValue } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button, ErrorMessage, TextInput } from '../../ui/index.js';
import { OpenCheckout } from './OpenCheckout.js';

/** Shown on an empty store: create the first national account, then go to the back office. */
export function FirstRun() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Once a checkout file is opened the store has its accounts: no first account to create.
  const [venueOpened, setVenueOpened] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await call(api.staff.createFirstNational, {
        body: {
          name: formValue(form, 'name'),
          email: formValue(form, 'email'),
          password: formValue(form, 'password'),
        },
      });
      await refresh();
      navigate('/staff?bienvenida=1');
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error);
  return (
    <>
      {venueOpened ? null : (
        <section className="card narrow">
          <h1>{t('setup.firstRunTitle')}</h1>
          <p>{t('setup.firstRunIntro')}</p>
          <ErrorMessage error={error} />
          <form onSubmit={submit} noValidate>
            <TextInput label={t('setup.name')} name="name" autoComplete="name" required error={errors.name} />
            <TextInput
              label={t('setup.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              error={errors.email}
            />
            <TextInput
              label={t('setup.password')}
              name="password"
              type="password"
              autoComplete="new-password"
              hint={t('setup.passwordHint')}
              minLength={10}
              required
              error={errors.password}
            />
            <Button type="submit" disabled={busy}>
              {t('setup.createAccount')}
            </Button>
          </form>
        </section>
      )}
      <OpenCheckout onOpened={() => setVenueOpened(true)} />
    </>
  );
}
