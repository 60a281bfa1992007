import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call, type ResponseOf } from '../../app/client.js';
import { Alert, Button, ErrorMessage, Loading, TextArea } from '../../ui/index.js';

type Next = ResponseOf<typeof api.consultations.nextStatement>;
const maxLength = 280;
const tokenKey = (key: string) => `minga.consultation.${key}`;

/** The phone: one statement at a time, three big answers, and a box to propose a statement. */
export function Phone() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const [token, setToken] = useState(() => localStorage.getItem(tokenKey(key)) ?? '');
  const [next, setNext] = useState<Next | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');
  const [proposed, setProposed] = useState(false);
  const headers = { 'x-consultation-token': token };

  const load = useCallback(async () => {
    try {
      let mine = token;
      if (!mine) {
        mine = (await call(api.consultations.joinConsultation, { params: { key } })).token;
        localStorage.setItem(tokenKey(key), mine);
        setToken(mine);
      }
      setNext(
        await call(api.consultations.nextStatement, {
          params: { key },
          headers: { 'x-consultation-token': mine },
        }),
      );
      setError(null);
    } catch (reason) {
      if (reason instanceof ApiError && reason.code === 'consultation_token_missing') {
        localStorage.removeItem(tokenKey(key));
        setToken('');
      }
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    }
  }, [key, token]);
  useEffect(() => {
    void load();
  }, [load]);

  async function vote(statementId: number, value: 'agree' | 'disagree' | 'pass') {
    setBusy(true);
    try {
      setNext(
        await call(api.consultations.castVote, {
          params: { key },
          body: { statementId, vote: value },
          headers,
        }),
      );
      setError(null);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  async function propose(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await call(api.consultations.proposeStatement, { params: { key }, body: { text }, headers });
      setProposed(true);
      setText('');
      setError(null);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
    } finally {
      setBusy(false);
    }
  }

  if (!next && error?.status === 404) {
    return (
      <main className="consult-phone">
        <Alert kind="error">{t('consultations.phone.unknown')}</Alert>
      </main>
    );
  }
  if (!next) {
    return <main className="consult-phone">{error ? <ErrorMessage error={error} /> : <Loading />}</main>;
  }
  const { consultation, statement } = next;
  return (
    <main className="consult-phone" lang="es-CL">
      <h1 className="consult-question">{consultation.question}</h1>
      <p className="consult-muted">{t('consultations.phone.anonymous')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {!consultation.open ? (
        <Alert kind="info">{t('consultations.phone.closed')}</Alert>
      ) : statement ? (
        <section aria-live="polite" aria-labelledby="consult-statement">
          <p className="consult-muted">
            {t('consultations.phone.progress', { voted: next.voted + 1, total: next.total })}
          </p>
          <p id="consult-statement" className="consult-card">
            {statement.text}
          </p>
          <div className="consult-actions">
            <Button disabled={busy} onClick={() => vote(statement.id, 'agree')}>
              {t('consultations.phone.agree')}
            </Button>
            <Button disabled={busy} onClick={() => vote(statement.id, 'disagree')}>
              {t('consultations.phone.disagree')}
            </Button>
            <Button
              variant="secondary"
              className="consult-pass"
              disabled={busy}
              onClick={() => vote(statement.id, 'pass')}
            >
              {t('consultations.phone.pass')}
            </Button>
          </div>
          <p className="consult-muted">{t('consultations.phone.passHint')}</p>
        </section>
      ) : (
        <Alert kind="success">
          {t('consultations.phone.done')} {t('consultations.phone.doneHint')}
        </Alert>
      )}
      {consultation.open ? (
        <form onSubmit={propose}>
          <h2>{t('consultations.phone.proposeTitle')}</h2>
          <TextArea
            label={t('consultations.phone.proposeLabel')}
            hint={`${t('consultations.phone.proposeHint')} ${t('consultations.phone.characters', { count: text.length, max: maxLength })}`}
            value={text}
            maxLength={maxLength}
            rows={3}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" variant="secondary" disabled={busy || text.trim().length < 3}>
            {t('consultations.phone.propose')}
          </Button>
          {proposed ? <p className="consult-muted">{t('consultations.phone.proposed')}</p> : null}
        </form>
      ) : null}
    </main>
  );
}
