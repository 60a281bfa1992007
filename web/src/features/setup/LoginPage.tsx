import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, fieldErrors } from '../../app/api.js';
import { api, call, formValue, href } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { useSession } from '../../app/session.js';
import { Alert, Button, ErrorMessage, TextInput } from '../../ui/index.js';

export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Asked for once the server says the account has a second factor.
  const [needsCode, setNeedsCode] = useState(false);
  // A national account that must have a second factor and has none: the QR to scan before the code.
  const [enrolment, setEnrolment] = useState<{ secret: string; qr: string } | null>(null);
  const sso = useLoad(() => call(api.identity.ssoInfo), []);
  const ssoError = params.get('sso');
  const next = params.get('next');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const result = await call(api.staff.login, {
        body: {
          email: formValue(form, 'email'),
          password: formValue(form, 'password'),
          ...(needsCode ? { code: formValue(form, 'code') } : {}),
        },
      });
      if (result.enrolment) {
        setEnrolment(result.enrolment);
        setNeedsCode(true);
        return;
      }
      await refresh();
      navigate(next?.startsWith('/staff') ? next : '/staff');
    } catch (reason) {
      if (reason instanceof ApiError && (reason.code === 'totp_required' || reason.code === 'totp_invalid'))
        setNeedsCode(true);
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
      {ssoError && (
        <Alert kind="error">
          {t(`setup.ssoErrors.${ssoError}`, { defaultValue: t('setup.ssoErrors.other') })}
        </Alert>
      )}
      <ErrorMessage error={error} />
      {sso.data?.enabled && (
        <>
          <a
            className="btn btn-primary sso-button"
            href={href(api.identity.startSso, { query: next?.startsWith('/staff') ? { next } : {} })}
          >
            {t('setup.ssoButton', { name: sso.data.name })}
          </a>
          <p className="muted sso-or">{t('setup.ssoOr')}</p>
        </>
      )}
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
        {enrolment && (
          <div className="totp-enrolment" data-testid="totp-enrolment">
            <p>{t('setup.enrolIntro')}</p>
            <img src={enrolment.qr} alt={t('setup.enrolQrAlt')} width={200} height={200} />
            <p className="muted">
              {t('setup.enrolManual')} <code>{enrolment.secret}</code>
            </p>
          </div>
        )}
        {needsCode && (
          <TextInput
            label={t('setup.code')}
            hint={t('setup.codeHint')}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
          />
        )}
        <Button type="submit" disabled={busy}>
          {t('setup.signIn')}
        </Button>
      </form>
    </section>
  );
}
