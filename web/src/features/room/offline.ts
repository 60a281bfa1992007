import type { ParticipantState } from '../dialogues/types.js';

/**
 * The room opens again when the venue's Wi-Fi drops: a service worker (web/public/sw.js, scope
 * /d/) keeps the app shell and the room's files, and the phone keeps its last state to show until
 * the server answers again. Browsers run service workers on https and on localhost only: on a
 * venue's plain http LAN address this does nothing and the room works online as before.
 */
export function keepRoomOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/d/' })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      // What this page loaded before the worker ran: the worker keeps those files too.
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => new URL(name).pathname.startsWith('/assets/'));
      registration.active?.postMessage({ type: 'keep', urls });
    })
    .catch(() => undefined);
}

const stateKey = (code: string) => `minga.room.${code}`;

/** The last state the server gave this phone, for a reload without a connection. */
export const lastState = {
  get(code: string): ParticipantState | null {
    try {
      const raw = localStorage.getItem(stateKey(code));
      return raw ? (JSON.parse(raw) as ParticipantState) : null;
    } catch {
      return null;
    }
  },
  set(code: string, state: ParticipantState) {
    try {
      localStorage.setItem(stateKey(code), JSON.stringify(state));
    } catch {
      // A full storage only loses the offline copy.
    }
  },
  clear: (code: string) => localStorage.removeItem(stateKey(code)),
};
