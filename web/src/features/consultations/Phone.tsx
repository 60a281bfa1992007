import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import { ConnectionIndicator } from '../../ui/ConnectionIndicator.js';
import { Alert, Button, ErrorMessage, Loading, TextArea } from '../../ui/index.js';
import { type Next, newClientKey, useOutbox } from './useOutbox.js';

const maxLength = 280;
const tokenKey = (key: string) => `minga.consultation.${key}`;
/** The last deck the server sent, so that a phone that reloads without signal can go on. */
const deckKey = (key: string) => `minga.consultation.${key}.next`;

function storedNext(key: string): Next | null {
  try {
    return JSON.parse(localStorage.getItem(deckKey(key)) ?? 'null') as Next | null;
  } catch {
    return null;
  }
}

/**
 * The phone: one statement at a time, three big answers, and a box to propose a statement. Answers
 * go through the outbox, so without signal the phone goes on through the deck the server last sent
 * and delivers everything once it is back.
 */
export function Phone() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const [token, setToken] = useState(() => localStorage.getItem(tokenKey(key)) ?? '');
  const [next, setNextState] = useState<Next | null>(() => storedNext(key));
  const [error, setError] = useState<ApiError | null>(null);
  const [text, setText] = useState('');
  const [proposed, setProposed] = useState(false);
  /** Statements answered on this phone, delivered or not. */
  const [answered, setAnswered] = useState<ReadonlySet<number>>(() => new Set());

  const setNext = useCallback(
    (value: Next) => {
      localStorage.setItem(deckKey(key), JSON.stringify(value));
      setNextState(value);
    },
    [key],
  );
  const markProposed = useCallback(() => setProposed(true), []);
  const { queue, refusal, connection, enqueue } = useOutbox(key, token, {
    next: setNext,
    proposed: markProposed,
  });

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
  }, [key, token, setNext]);
  useEffect(() => {
    void load();
  }, [load]);

  const waiting = useMemo(
    () => new Set(queue.flatMap((item) => (item.kind === 'vote' ? [item.statementId] : []))),
    [queue],
  );
  const deck = next ? [...(next.statement ? [next.statement] : []), ...next.upcoming] : [];
  // The server's deck leaves out what it counted; what is left and answered here is on its way.
  const onItsWay = deck.filter((item) => answered.has(item.id) || waiting.has(item.id)).length;
  const statement = deck.find((item) => !answered.has(item.id) && !waiting.has(item.id)) ?? null;

  function vote(statementId: number, value: 'agree' | 'disagree' | 'pass') {
    setAnswered((current) => new Set(current).add(statementId));
    enqueue({ kind: 'vote', clientKey: newClientKey(), statementId, vote: value });
  }

  function propose(event: React.FormEvent) {
    event.preventDefault();
    setProposed(false);
    enqueue({ kind: 'statement', clientKey: newClientKey(), text: text.trim() });
    setText('');
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
  const { consultation } = next;
  const pendingStatements = queue.filter((item) => item.kind === 'statement').length;
  return (
    <main className="consult-phone" lang="es-CL">
      <div className="consult-status">
        <ConnectionIndicator
          status={queue.length > 0 && connection === 'online' ? 'connecting' : connection}
          labels={
            queue.length > 0
              ? {
                  online: t('consultations.phone.connection.online'),
                  connecting: t('consultations.phone.connection.sending', { count: queue.length }),
                  offline: t('consultations.phone.connection.offlinePending', { count: queue.length }),
                }
              : {
                  online: t('consultations.phone.connection.online'),
                  connecting: t('consultations.phone.connection.connecting'),
                  offline: t('consultations.phone.connection.offline'),
                }
          }
        />
      </div>
      <h1 className="consult-question">{consultation.question}</h1>
      <p className="consult-muted">{t('consultations.phone.anonymous')}</p>
      {refusal ? <ErrorMessage error={refusal} /> : null}
      {!consultation.open ? (
        <Alert kind="info">{t('consultations.phone.closed')}</Alert>
      ) : statement ? (
        <section aria-live="polite" aria-labelledby="consult-statement">
          <p className="consult-muted">
            {t('consultations.phone.progress', {
              voted: Math.min(next.voted + onItsWay + 1, next.total),
              total: next.total,
            })}
          </p>
          <p id="consult-statement" className="consult-card">
            {statement.text}
          </p>
          <div className="consult-actions">
            <Button onClick={() => vote(statement.id, 'agree')}>{t('consultations.phone.agree')}</Button>
            <Button onClick={() => vote(statement.id, 'disagree')}>
              {t('consultations.phone.disagree')}
            </Button>
            <Button variant="secondary" className="consult-pass" onClick={() => vote(statement.id, 'pass')}>
              {t('consultations.phone.pass')}
            </Button>
          </div>
          <p className="consult-muted">{t('consultations.phone.passHint')}</p>
        </section>
      ) : queue.length > 0 && connection === 'offline' ? (
        <Alert kind="info">{t('consultations.phone.waitingSignal')}</Alert>
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
          <Button type="submit" variant="secondary" disabled={text.trim().length < 3}>
            {t('consultations.phone.propose')}
          </Button>
          {pendingStatements > 0 ? (
            <p className="consult-muted">{t('consultations.phone.proposedPending')}</p>
          ) : proposed ? (
            <p className="consult-muted">{t('consultations.phone.proposed')}</p>
          ) : null}
        </form>
      ) : null}
    </main>
  );
}
