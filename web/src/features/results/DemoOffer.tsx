import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { useLoad } from '../../app/data.js';
import { useSession } from '../../app/session.js';
import { Button, ErrorMessage } from '../../ui/index.js';

/** On the staff home of an installation without dialogues: the national team may load the demo. */
export function DemoOffer() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const national = me?.role === 'national';
  const { data } = useLoad(
    (signal) => (national ? call(api.reports.reportFor, { signal }) : Promise.resolve(null)),
    [national],
  );
  if (!national || !data || data.dialogues > 0) return null;
  const load = async () => {
    setBusy(true);
    try {
      await call(api.demo.loadDemo);
      navigate('/staff/resultados');
    } catch (reason) {
      setError(reason as ApiError);
      setBusy(false);
    }
  };
  return (
    <section className="card">
      <p>{t('results.demoHint')}</p>
      <ErrorMessage error={error} />
      <Button onClick={load} disabled={busy}>
        {t('results.demo')}
      </Button>
    </section>
  );
}
