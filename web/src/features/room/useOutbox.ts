import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../app/api.js';
import { api, call } from '../../app/client.js';
import type { ParticipantState } from '../dialogues/types.js';
import { type QueuedItem, readQueue, writeQueue } from './queue.js';

/**
 * The phone's outbox: ideas and votes wait in localStorage (queue.ts) until the server took them,
 * in order, so that a room with bad Wi-Fi loses nothing. `enqueue` stores and sends; `flush` is
 * also called on reconnection and every 4 s while something waits. A refusal drops the item and
 * is shown (`refusal`); a network failure keeps the rest for later.
 */
export function useOutbox(
  code: string,
  token: string,
  setState: (update: (current: ParticipantState | null) => ParticipantState | null) => void,
  reload: () => Promise<void>,
) {
  const [queue, setQueue] = useState<QueuedItem[]>(() => readQueue(code));
  const [refusal, setRefusal] = useState<string | null>(null);
  const flushing = useRef(false);

  const update = useCallback(
    (items: QueuedItem[]) => {
      writeQueue(code, items);
      setQueue(items);
    },
    [code],
  );

  /** Sends the queue in order; a network failure stops and keeps the rest, a refusal drops the item. */
  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const item = readQueue(code)[0];
        if (!item) break;
        try {
          if (item.kind === 'idea') {
            const result = await call(api.ideas.addPhoneIdea, {
              body: { questionId: item.questionId, text: item.text, clientKey: item.clientKey },
              device: token,
            });
            setState((current) =>
              current && !current.myIdeas.some((idea) => idea.id === result.idea.id)
                ? {
                    ...current,
                    myIdeas: [
                      ...current.myIdeas,
                      {
                        ...result.idea,
                        editable: result.idea.editable ?? true,
                        fate: { state: result.idea.late ? 'late' : 'shown', reason: null, mergedInto: null },
                        dots: null,
                      },
                    ],
                  }
                : current,
            );
          } else {
            const result = await call(api.votes.castVote, {
              body: { ideaId: item.ideaId, delta: item.delta, clientKey: item.clientKey },
              device: token,
            });
            setState((current) =>
              current
                ? {
                    ...current,
                    myDots: { ...current.myDots, [result.ideaId]: result.dots },
                    dotsLeft: result.dotsLeft,
                  }
                : current,
            );
          }
          setRefusal(null);
        } catch (reason) {
          if (reason instanceof ApiError && reason.status === 0) break; // offline: keep it for later
          setRefusal(reason instanceof ApiError ? reason.message : String(reason));
          if (reason instanceof ApiError && reason.code === 'wrong_phase') void reload();
        }
        update(readQueue(code).filter((other) => other.clientKey !== item.clientKey));
      }
    } finally {
      flushing.current = false;
    }
  }, [code, token, setState, reload, update]);

  const enqueue = (item: QueuedItem) => {
    update([...readQueue(code), item]);
    void flush();
  };

  // Retry now and then while something waits (a phone may not fire `online`).
  useEffect(() => {
    if (queue.length === 0) return;
    const timer = setInterval(() => void flush(), 4000);
    return () => clearInterval(timer);
  }, [queue.length, flush]);
  return { queue, refusal, flush, enqueue };
}
