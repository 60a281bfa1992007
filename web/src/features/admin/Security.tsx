import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call, formValue, type ResponseOf } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { Alert, Button, ErrorMessage, Loading, PageHeader, TextInput } from '../../ui/index.js';

type Enrolment = ResponseOf<typeof api.staff.enrolTotp>;

/** Administración → Segundo factor: the caller's own TOTP, enrolled with a QR code. */
export function Security() {
  const { t } = useTranslation();
  const status = useLoad(() => call(api.staff.secondFactorStatus), []);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await work();
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : null);
    } finally {
      setBusy(false);
    }
  }

  const start = () =>
    run(async () => {
      setEnrolment(await call(api.staff.enrolTotp));
    });
  const submit =
    (endpoint: typeof api.staff.confirmTotp | typeof api.staff.disableTotp, message: string) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const code = formValue(new FormData(event.currentTarget), 'code');
      void run(async () => {
        status.setData(await call(endpoint, { body: { code } }));
        setEnrolment(null);
        setDone(message);
      });
    };

  if (status.loading && !status.data) return <Loading />;
  const current = status.data;
  const codeField = (
    <TextInput
      label={t('admin.totpCode')}
      hint={t('admin.totpCodeHint')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      required
    />
  );
  return (
    <>
      <PageHeader title={t('admin.security')}>
        <p className="muted">{t('admin.totpIntro')}</p>
      </PageHeader>
      <ErrorMessage error={status.error ?? error} />
      {done && <Alert kind="success">{done}</Alert>}
      {current && !current.enabled && current.recommended && (
        <Alert kind="warning">{t('admin.totpRecommended')}</Alert>
      )}
      {current?.enabled ? (
        <section className="card narrow">
          <p>
            <strong>{t('admin.totpOn')}</strong>
          </p>
          {current.required ? (
            <p className="muted">{t('admin.totpRequired')}</p>
          ) : (
            <form onSubmit={submit(api.staff.disableTotp, t('admin.totpTurnedOff'))} noValidate>
              {codeField}
              <Button type="submit" variant="danger" disabled={busy}>
                {t('admin.totpDisable')}
              </Button>
            </form>
          )}
        </section>
      ) : enrolment ? (
        <section className="card narrow">
          <p>{t('admin.totpScan')}</p>
          <img src={enrolment.qr} alt={t('admin.totpQrAlt')} width={200} height={200} />
          <p className="muted">
            {t('admin.totpManual')} <code>{enrolment.secret}</code>
          </p>
          <form onSubmit={submit(api.staff.confirmTotp, t('admin.totpTurnedOn'))} noValidate>
            {codeField}
            <Button type="submit" disabled={busy}>
              {t('admin.totpConfirm')}
            </Button>
          </form>
        </section>
      ) : (
        <section className="card narrow">
          <p>{t('admin.totpOff')}</p>
          <Button onClick={() => void start()} disabled={busy}>
            {t('admin.totpEnrol')}
          </Button>
        </section>
      )}
    </>
  );
}
