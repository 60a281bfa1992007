import { useEffect, useRef, useState } from 'react';
import { api, socketUrl } from '../../app/client.js';

export interface LiveChange {
  action: string;
  by: string;
}

/**
 * Follows the plan's live room: every change someone saves arrives here within a moment and the
 * caller reloads the plan. After a lost connection it reconnects and reloads once (nothing missed).
 */
export function useLivePlan(planId: number, onChange: (change: LiveChange | null) => void) {
  const [connected, setConnected] = useState(false);
  const callback = useRef(onChange);
  callback.current = onChange;
  useEffect(() => {
    let socket: WebSocket | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let attempts = 0;
    let last: LiveChange | null = null;
    // Several changes in a burst (a task and its threads) cause one reload.
    const schedule = (change: LiveChange | null) => {
      last = change ?? last;
      clearTimeout(pending);
      pending = setTimeout(() => callback.current(last), 60);
    };
    const open = () => {
      const _protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
      socket = new WebSocket(socketUrl(api.karabirrdt.live, { id: planId }));
      socket.onmessage = (message) => {
        const data = JSON.parse(String(message.data)) as { type: string; payload?: LiveChange };
        if (data.type === 'ready') {
          if (attempts > 0) schedule(null);
          attempts = 0;
          setConnected(true);
        } else if (data.type === 'event') schedule(data.payload ?? null);
      };
      socket.onclose = () => {
        // A socket closed by the cleanup must not mark its successor as offline.
        if (stopped) return;
        setConnected(false);
        attempts += 1;
        retry = setTimeout(open, Math.min(10_000, 500 * 2 ** Math.min(attempts, 5)));
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(pending);
      socket?.close();
    };
  }, [planId]);
  return connected;
}
