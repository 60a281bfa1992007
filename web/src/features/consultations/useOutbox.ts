import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../app/api.js';
import { api, call, type ResponseOf } from '../../app/client.js';

export type Next = ResponseOf<typeof api.consultations.nextStatement>;

/** What a phone answered and the server has not confirmed yet, with the key that makes a resend harmless. */
export type QueuedAnswer =
  | { kind: 'vote'; clientKey: string; statementId: number; vote: 'agree' | 'disagree' | 'pass' }
  | { kind: 'statement'; clientKey: string; text: string };

export type Connection = 'online' | 'connecting' | 'offline';

const queueKey = (key: string) => `minga.consultation.${key}.queue`;

export function readQueue(key: string): QueuedAnswer[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(queueKey(key)) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

function writeQueue(key: string, items: QueuedAnswer[]) {
  if (items.length === 0) localStorage.removeItem(queueKey(key));
  else localStorage.setItem(queueKey(key), JSON.stringify(items));
}

/** A random key; crypto.randomUUID needs a secure context, which a phone on a venue's LAN may lack. */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The consultation phone's outbox, as the room's (features/room/useOutbox.ts): answers wait in
 * localStorage until the server took them, in order, each with its client key so that a resend
 * after a lost answer counts once. Sent at once, again on `online` and every 4 s while something
 * waits. A network failure keeps the rest; a refusal drops the item and is shown.
 */
export function useOutbox(
  key: string,
  token: string,
  handlers: { next: (next: Next) => void; proposed: () => void },
) {
  const [queue, setQueue] = useState<QueuedAnswer[]>(() => readQueue(key));
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [connection, setConnection] = useState<Connection>(
    typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'online',
  );
  const flushing = useRef(false);
  const { next, proposed } = handlers;

  const flush = useCallback(async () => {
    if (flushing.current || !token) return;
    flushing.current = true;
    try {
      for (;;) {
        const item = readQueue(key)[0];
        if (!item) break;
        const headers = { 'x-consultation-token': token };
        try {
          setConnection('connecting');
          if (item.kind === 'vote') {
            next(
              await call(api.consultations.castVote, {
                params: { key },
                body: { statementId: item.statementId, vote: item.vote, clientKey: item.clientKey },
                headers,
              }),
            );
          } else {
            await call(api.consultations.proposeStatement, {
              params: { key },
              body: { text: item.text, clientKey: item.clientKey },
              headers,
            });
            proposed();
          }
          setRefusal(null);
        } catch (reason) {
          if (reason instanceof ApiError && reason.status === 0) {
            setConnection('offline');
            return; // no signal: keep it and the rest for later
          }
          setRefusal(reason instanceof ApiError ? reason : new ApiError(0, 'unknown', String(reason)));
        }
        const rest = readQueue(key).filter((other) => other.clientKey !== item.clientKey);
        writeQueue(key, rest);
        setQueue(rest);
      }
      setConnection('online');
    } finally {
      flushing.current = false;
    }
  }, [key, token, next, proposed]);

  const enqueue = (item: QueuedAnswer) => {
    const items = [...readQueue(key), item];
    writeQueue(key, items);
    setQueue(items);
    void flush();
  };

  useEffect(() => {
    const online = () => void flush();
    const offline = () => setConnection('offline');
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [flush]);

  // Retry now and then while something waits (a phone may not fire `online`).
  useEffect(() => {
    if (queue.length === 0) return;
    void flush();
    const timer = setInterval(() => void flush(), 4000);
    return () => clearInterval(timer);
  }, [queue.length, flush]);

  return { queue, refusal, connection, enqueue };
}
