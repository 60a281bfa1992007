import { useEffect, useRef, useState } from 'react';
import type { LiveEvent } from '../features/dialogues/types.js';

export type SocketStatus = 'connecting' | 'online' | 'offline';

interface SocketOptions {
  /** Participants identify themselves with their device token; staff with the session cookie. */
  deviceToken?: string;
  /** The last event id the caller's snapshot already includes; events after it are replayed. */
  after: number | null;
  enabled?: boolean;
  onEvent(event: LiveEvent): void;
  /**
   * Called on every (re)connection once the server is ready, and on `resync`: the caller reloads
   * its state over REST (the socket sends no history, and at most 1,000 missed events).
   */
  onReady?(): void;
}

const backoff = [500, 1000, 2000, 4000, 8000];

/**
 * The live channel of a dialogue (`/ws/dialogues/:id`): says hello with the last event id seen,
 * receives what was missed (or `resync` when too much was: the caller reloads) and then live
 * events; without an id yet it gets only `ready` with the last event id, the caller loads the state
 * over REST. Reconnects with backoff when the link drops.
 */
export function useDialogueSocket(dialogueId: number | null, options: SocketOptions): SocketStatus {
  const [status, setStatus] = useState<SocketStatus>('connecting');
  const lastId = useRef<number | null>(null);
  const handlers = useRef(options);
  handlers.current = options;
  if (options.after !== null && (lastId.current === null || options.after > lastId.current)) {
    lastId.current = options.after;
  }
  const enabled = options.enabled ?? true;
  const token = options.deviceToken;

  useEffect(() => {
    if (dialogueId === null || !enabled) return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let heard = Date.now();
    // A link that died silently (a phone changing networks) is noticed by the missing pongs.
    const heartbeat = setInterval(() => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      if (Date.now() - heard > 45_000) socket.close();
      else socket.send(JSON.stringify({ type: 'ping' }));
    }, 20_000);

    const connect = () => {
      if (stopped) return;
      clearTimeout(timer);
      setStatus('connecting');
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const current = new WebSocket(`${scheme}://${window.location.host}/ws/dialogues/${dialogueId}`);
      socket = current;
      current.onopen = () => {
        heard = Date.now();
        current.send(
          JSON.stringify({
            type: 'hello',
            ...(token ? { deviceToken: token } : {}),
            ...(lastId.current !== null ? { after: lastId.current } : {}),
          }),
        );
      };
      current.onmessage = (message) => {
        heard = Date.now();
        let data: {
          type?: string;
          id?: number;
          event?: string;
          payload?: Record<string, unknown>;
          lastEventId?: number;
        };
        try {
          data = JSON.parse(String(message.data));
        } catch {
          return;
        }
        if (data.type === 'ready') {
          attempt = 0;
          setStatus('online');
          if (lastId.current === null && typeof data.lastEventId === 'number')
            lastId.current = data.lastEventId;
          handlers.current.onReady?.();
        } else if (data.type === 'resync' && typeof data.lastEventId === 'number') {
          // Too much was missed to replay: the state is reloaded over REST and followed from here.
          lastId.current = data.lastEventId;
          handlers.current.onReady?.();
        } else if (data.type === 'event' && typeof data.id === 'number' && data.event) {
          if (lastId.current !== null && data.id <= lastId.current) return; // already seen
          lastId.current = data.id;
          handlers.current.onEvent({ id: data.id, event: data.event, payload: data.payload ?? {} });
        }
      };
      current.onclose = () => {
        if (socket !== current) return;
        socket = null;
        if (stopped) return;
        setStatus('offline');
        timer = setTimeout(connect, backoff[Math.min(attempt, backoff.length - 1)]);
        attempt += 1;
      };
      current.onerror = () => current.close();
    };

    const reconnectNow = () => {
      if (!socket) {
        attempt = 0;
        connect();
      }
    };
    window.addEventListener('online', reconnectNow);
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(heartbeat);
      window.removeEventListener('online', reconnectNow);
      socket?.close();
    };
  }, [dialogueId, enabled, token]);

  return status;
}

/** Calls `fn` at most once per `delay` ms after a burst of calls (live reloads). */
export function useDebounced(fn: () => void, delay: number) {
  const latest = useRef(fn);
  latest.current = fn;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useRef(() => {
    if (timer.current !== undefined) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      latest.current();
    }, delay);
  }).current;
}
