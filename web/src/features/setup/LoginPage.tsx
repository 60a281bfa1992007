import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, fieldErrors } from '../../app/api.js';
import { api, call, formValue } from '../../app/client.js';
import { useSession } from '../../app/session.js';
import { Button, ErrorMessage, TextInput } from '../../ui/index.js';

export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await call(api.staff.login, {
        body: { email: formValue(form, 'email'), password: formValue(form, 'password') },
      });
      await refresh();
      const next = params.get('next');
      navigate(next?.startsWith('/staff') ? next : '/staff');
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(error);
  return (
    <section className="card narrow">
      <h1>{t('setup.loginTitle')}</h1>
      <p className="muted">{t('setup.loginIntro')}</p>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
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
          autoComplete="current-password"
          required
          error={errors.password}
        />
        <Button type="submit" disabled={busy}>
          {t('setup.signIn')}
        </Button>
      </form>
    </section>
  );
}
