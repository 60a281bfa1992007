import type { ErrorEntries } from '../types.js';

/** Errors of the live channels (`/ws/dialogues/:id`, `/ws/plans/:id`): origin, limits, closing. */
export const liveErrors = {
  live_origin_refused: {
    status: 403,
    es: 'La conexión en vivo solo se acepta desde las páginas de Minga.',
    en: 'The live connection is only accepted from Minga’s own pages.',
  },
  live_device_limit: {
    status: 429,
    es: 'Este dispositivo ya tiene {limit} conexiones en vivo abiertas. Cierra las otras pestañas de Minga.',
    en: 'This device already has {limit} live connections open. Close the other Minga tabs.',
  },
  live_session_limit: {
    status: 429,
    es: 'Tu sesión ya tiene {limit} conexiones en vivo abiertas. Cierra algunas pestañas de Minga.',
    en: 'Your session already has {limit} live connections open. Close some Minga tabs.',
  },
  live_address_limit: {
    status: 429,
    es: 'Hay demasiadas conexiones en vivo desde esta red ({limit}). Intenta de nuevo en un momento.',
    en: 'There are too many live connections from this network ({limit}). Try again in a moment.',
  },
  live_server_full: {
    status: 503,
    es: 'El servidor tiene el máximo de conexiones en vivo. Intenta de nuevo en un momento.',
    en: 'The server has the maximum number of live connections. Try again in a moment.',
  },
  live_closed: {
    status: 401,
    es: 'La conexión en vivo se cerró porque la sesión o el acceso terminó.',
    en: 'The live connection was closed because the session or the access ended.',
  },
} satisfies ErrorEntries;
