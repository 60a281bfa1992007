import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { Alert, Button, ErrorMessage } from '../../ui/index.js';
import type { Dialogue } from './types.js';

/**
 * Verified participants for one dialogue (managers of the region): one person, one voice, proven
 * with the participants' identity provider (ClaveÚnica). Off by default; shown only when the
 * provider is configured, and changed only before anyone has joined.
 */
export function Verification({ dialogue }: { dialogue: Dialogue }) {
  const { t } = useTranslation();
  const info = useLoad(
    () => call(api.identity.verificationInfo, { params: { code: dialogue.joinCode } }),
    [dialogue.joinCode],
  );
  const [required, setRequired] = useState<boolean | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!info.data?.available) return null;
  const current = required ?? info.data.required;
  const provider = info.data.provider;
  const locked = dialogue.status === 'closed' || dialogue.counts.participants > 0;

  async function change(next: boolean) {
    setBusy(true);
    setError(null);
    try {
      const saved = await call(api.identity.setVerification, {
        params: { id: dialogue.id },
        body: { required: next },
      });
      setRequired(saved.required);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="verification-heading">
      <h2 id="verification-heading">{t('dialogues.verification.title')}</h2>
      <p className="muted">{t('dialogues.verification.intro', { provider })}</p>
      <ErrorMessage error={error} />
      <Alert kind={current ? 'success' : 'info'}>
        {current ? t('dialogues.verification.on', { provider }) : t('dialogues.verification.off')}
      </Alert>
      {locked ? (
        <p className="muted">{t('dialogues.verification.locked')}</p>
      ) : (
        <Button variant="secondary" onClick={() => void change(!current)} disabled={busy}>
          {current ? t('dialogues.verification.turnOff') : t('dialogues.verification.turnOn', { provider })}
        </Button>
      )}
    </section>
  );
}
