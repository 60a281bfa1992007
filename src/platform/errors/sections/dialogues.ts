import type { ErrorEntries } from '../types.js';

/** Errors of the dialogue room: lifecycle, joining, ideas, dots, evaluation. */
export const dialogueErrors = {
  screen_key_unknown: {
    status: 404,
    es: 'Este enlace de pantalla no existe o fue revocado. Pide el enlace nuevo en la consola del diálogo.',
    en: 'This screen link does not exist or was revoked. Ask for the new link in the dialogue’s console.',
  },
  join_code_unknown: {
    status: 404,
    es: 'No existe un diálogo con el código «{code}». Revisa el código e inténtalo de nuevo.',
    en: 'There is no dialogue with code "{code}". Check the code and try again.',
  },
  wrong_status: {
    status: 409,
    es: 'El diálogo está «{statusEs}»; esta acción necesita que esté «{expectedEs}».',
    en: 'The dialogue is "{statusEn}"; this action needs it to be "{expectedEn}".',
  },
  wrong_phase: {
    status: 409,
    es: 'Esta acción solo es posible durante la fase de {expectedEs}; ahora el diálogo está en {phaseEs}.',
    en: 'This action is only possible during the {expectedEn} phase; the dialogue is now in {phaseEn}.',
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
  unknown_table: {
    status: 422,
    es: 'La mesa {tableId} no pertenece a este diálogo.',
    en: 'Table {tableId} does not belong to this dialogue.',
  },
  unknown_question: {
    status: 422,
    es: 'La pregunta {questionId} no pertenece a este diálogo.',
    en: 'Question {questionId} does not belong to this dialogue.',
  },
  unknown_organization: {
    status: 422,
    es: 'La organización {organizationId} no existe en esta región.',
    en: 'Organisation {organizationId} does not exist in this region.',
  },
  unknown_staff: {
    status: 422,
    es: 'La cuenta {userId} no existe o está desactivada.',
    en: 'Account {userId} does not exist or is disabled.',
  },
  status_step: {
    status: 409,
    es: 'El diálogo no puede pasar de «{from}» a «{to}». El orden es borrador → abierto → en vivo → cerrado.',
    en: 'The dialogue cannot go from "{from}" to "{to}". The order is draft → open → live → closed.',
  },
  phase_step: {
    status: 409,
    es: 'La fase no puede pasar de {from} a {to}: solo se avanza o retrocede un paso, y solo en vivo.',
    en: 'The phase cannot go from {from} to {to}: it moves one step forward or back, and only while live.',
  },
  dots_locked: {
    status: 409,
    es: 'Los puntos por participante y por idea no pueden cambiar una vez iniciada la votación.',
    en: 'Dots per participant and per idea cannot change once voting has started.',
  },
  dialogue_closed: {
    status: 409,
    es: 'El diálogo está cerrado; ya no admite cambios.',
    en: 'The dialogue is closed; it accepts no more changes.',
  },
  idea_not_editable: {
    status: 409,
    es: 'Esta idea ya no se puede editar: fue moderada o la fase de ideas terminó.',
    en: 'This idea can no longer be edited: it was moderated or the ideation phase is over.',
  },
  idea_hidden: {
    status: 409,
    es: 'La idea {ideaId} está oculta.',
    en: 'Idea {ideaId} is hidden.',
  },
  merge_loop: {
    status: 422,
    es: 'No se puede fusionar la idea {sourceId} en {targetId}: se formaría un ciclo o la idea no es de este diálogo.',
    en: 'Idea {sourceId} cannot be merged into {targetId}: it would make a loop or it is not of this dialogue.',
  },
  already_merged: {
    status: 409,
    es: 'La idea {ideaId} ya está fusionada; deshaz esa fusión primero.',
    en: 'Idea {ideaId} is already merged; undo that merge first.',
  },
  not_merged: {
    status: 409,
    es: 'La idea {ideaId} no está fusionada.',
    en: 'Idea {ideaId} is not merged.',
  },
  no_dots_to_remove: {
    status: 422,
    es: 'No tienes tantos puntos en esta idea: tienes {dots}.',
    en: 'You do not have that many dots on this idea: you have {dots}.',
  },
  client_key_reused: {
    status: 409,
    es: 'La clave {clientKey} ya se usó para otra acción.',
    en: 'Key {clientKey} was already used for another action.',
  },
} satisfies ErrorEntries;
