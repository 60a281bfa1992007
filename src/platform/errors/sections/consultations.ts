import type { ErrorEntries } from '../types.js';

/** Errors of the online consultations. */
export const consultationErrors = {
  consultation_closed: {
    status: 409,
    es: 'La consulta no está abierta: recibe votos del {opensAt} al {closesAt}.',
    en: 'The consultation is not open: it takes votes from {opensAt} to {closesAt}.',
  },
  consultation_token_missing: {
    status: 401,
    es: 'Primero únete a la consulta desde su enlace o código QR.',
    en: 'Join the consultation from its link or QR code first.',
  },
  statement_not_shown: {
    status: 409,
    es: 'Esa frase no está publicada en esta consulta (puede estar en moderación).',
    en: 'That statement is not published in this consultation (it may be awaiting moderation).',
  },
  statement_already_moderated: {
    status: 409,
    es: 'Esa frase ya fue moderada: {status}.',
    en: 'That statement was already moderated: {status}.',
  },
  polis_file_invalid: {
    status: 422,
    es: 'El archivo de Pol.is no se puede importar ({detail}); no se guardó nada.',
    en: 'The Pol.is file cannot be imported ({detail}); nothing was saved.',
  },
} satisfies ErrorEntries;
