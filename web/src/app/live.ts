import { useEffect, useRef, useState } from 'react';

export type SocketStatus = 'connecting' | 'online' | 'offline';

/** An event of a live channel, as the server sends it (src/platform/live/sockets.ts). */
export interface LiveEvent {
  id: number;
  event: string;
  payload: Record<string, unknown>;
}

export interface LiveOptions {
  /**
   * For channels that want a hello first (dialogues: the device token of a participant, nothing for
   * staff, who go by the session cookie): sent on every connection, with `after` added when the hook
   * has a cursor. Channels authorised by the cookie alone (plans) take none.
   */
  hello?: Record<string, unknown>;
  /**
   * For channels that replay (dialogues): the last event id the caller's snapshot includes, or null
   * before there is one. Given, the hook keeps a cursor: it says hello with it, is sent what was
   * missed, drops events already seen, and follows `resync`. Left out (plans): nothing is replayed
   * and every event is passed on.
   */
  after?: number | null;
  enabled?: boolean;
  onEvent(event: LiveEvent): void;
  /**
   * Called on every (re)connection once the server is ready, and on `resync`: the caller reloads its
   * state over REST (the socket sends no history, and at most 1,000 missed events). `reconnected`
   * is false the first time, when the caller's state is fresh.
   */
  onReady?(how: { reconnected: boolean }): void;
}

const backoff = [500, 1000, 2000, 4000, 8000];
/** A wait from the backoff table, spread by up to half of it so that a room of phones does not reconnect at once. */
const delayFor = (attempt: number) => {
  const base = backoff[Math.min(attempt, backoff.length - 1)];
  return base + Math.round(Math.random() * (base / 2));
};

interface ServerMessage {
  type?: string;
  id?: number;
  event?: string;
  payload?: Record<string, unknown>;
  lastEventId?: number;
}

/**
 * The one live socket of the web (`/ws/dialogues/:id`, `/ws/plans/:id`): says hello (when the
 * channel wants one) with the last event id seen, receives what was missed (or `resync` when too
 * much was: the caller reloads) and then live events; without an id yet it gets only `ready` with
 * the last event id, and the caller loads the state over REST. A ping every 20 s notices a link that
 * died silently (a phone changing networks); a dropped link reconnects with backoff, and at once
 * when the browser says it is online again. `path` null (or `enabled` false) holds no socket.
 */
export function useLiveSocket(path: string | null, options: LiveOptions): SocketStatus {
  const [status, setStatus] = useState<SocketStatus>('connecting');
  const lastId = useRef<number | null>(null);
  const handlers = useRef(options);
  handlers.current = options;
  if (
    options.after !== undefined &&
    options.after !== null &&
    (lastId.current === null || options.after > lastId.current)
  ) {
    lastId.current = options.after;
  }
  const enabled = options.enabled ?? true;
  // The hello is part of who connects (a device token): a different one is a new connection.
  const hello = options.hello ? JSON.stringify(options.hello) : null;

  useEffect(() => {
    if (path === null || !enabled) return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let readyOnce = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let heard = Date.now();
    const heartbeat = setInterval(() => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      if (Date.now() - heard > 45_000) socket.close();
      else socket.send(JSON.stringify({ type: 'ping' }));
    }, 20_000);

    const ready = () => {
      handlers.current.onReady?.({ reconnected: readyOnce });
      readyOnce = true;
    };
    const receive = (data: ServerMessage) => {
      const replaying = handlers.current.after !== undefined;
      if (data.type === 'ready') {
        attempt = 0;
        setStatus('online');
        if (replaying && lastId.current === null && typeof data.lastEventId === 'number')
          lastId.current = data.lastEventId;
        ready();
      } else if (data.type === 'resync' && typeof data.lastEventId === 'number') {
        // Too much was missed to replay: the state is reloaded over REST and followed from here.
        lastId.current = data.lastEventId;
        ready();
      } else if (data.type === 'event' && typeof data.id === 'number' && data.event) {
        if (replaying) {
          if (lastId.current !== null && data.id <= lastId.current) return; // already seen
          lastId.current = data.id;
        }
        handlers.current.onEvent({ id: data.id, event: data.event, payload: data.payload ?? {} });
      }
    };

    const connect = () => {
      if (stopped) return;
      clearTimeout(timer);
      setStatus('connecting');
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      const current = new WebSocket(`${scheme}://${window.location.host}${path}`);
      socket = current;
      current.onopen = () => {
        heard = Date.now();
        if (hello === null) return;
        current.send(
          JSON.stringify({
            type: 'hello',
            ...JSON.parse(hello),
            ...(lastId.current !== null ? { after: lastId.current } : {}),
          }),
        );
      };
      current.onmessage = (message) => {
        heard = Date.now();
        let data: ServerMessage;
        try {
          data = JSON.parse(String(message.data));
        } catch {
          return;
        }
        receive(data);
      };
      current.onclose = () => {
        // A socket closed by the cleanup must not mark its successor as offline.
        if (socket !== current) return;
        socket = null;
        if (stopped) return;
        setStatus('offline');
        timer = setTimeout(connect, delayFor(attempt));
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
  }, [path, enabled, hello]);

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
