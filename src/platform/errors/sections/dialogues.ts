import type { ErrorEntries } from '../types.js';

/** Errors of the dialogue room: lifecycle, joining, ideas, dots, evaluation. */
export const dialogueErrors = {
  join_code_unknown: {
    status: 404,
    es: 'No existe un diálogo con el código «{code}». Revisa el código e inténtalo de nuevo.',
    en: 'There is no dialogue with code "{code}". Check the code and try again.',
  },
  wrong_status: {
    status: 409,
    es: 'El diálogo está «{status}»; esta acción necesita que esté «{expected}».',
    en: 'The dialogue is "{status}"; this action needs it to be "{expected}".',
  },
  wrong_phase: {
    status: 409,
    es: 'Esta acción solo es posible durante la fase de {expected}; ahora la fase es {phase}.',
    en: 'This action is only possible during the {expected} phase; the phase now is {phase}.',
  },
  over_budget: {
    status: 422,
    es: 'No te quedan puntos: ya usaste {used} de {budget}.',
    en: 'You have no dots left: you used {used} of {budget}.',
  },
  over_idea_cap: {
    status: 422,
    es: 'Puedes poner como máximo {cap} puntos en una misma idea.',
    en: 'You can put at most {cap} dots on one idea.',
  },
  already_evaluated: {
    status: 409,
    es: 'Ya evaluaste este diálogo. ¡Gracias!',
    en: 'You already evaluated this dialogue. Thank you!',
  },
  consent_required: {
    status: 422,
    es: 'Para participar debes aceptar el uso de tus datos.',
    en: 'To take part you must accept the use of your data.',
  },
  device_unknown: {
    status: 401,
    es: 'Este teléfono no está registrado en el diálogo. Vuelve a unirte con el código.',
    en: 'This phone is not registered in the dialogue. Join again with the code.',
  },
} satisfies ErrorEntries;
