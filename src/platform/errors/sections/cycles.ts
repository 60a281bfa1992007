import type { ErrorEntries } from '../types.js';

/** Errors of the annual cycle, the portfolio of initiatives and the return to participants. */
export const cycleErrors = {
  cycle_year_taken: {
    status: 409,
    es: 'Ya existe un ciclo para el año {year}.',
    en: 'There is already a cycle for {year}.',
  },
  phase_dates_out_of_order: {
    status: 422,
    es: 'Las fechas de las fases no están en orden: {detail}',
    en: 'The phase dates are out of order: {detail}',
  },
  feedback_outside_implementation: {
    status: 422,
    es: 'La sesión de retroalimentación debe planificarse dentro de la fase de implementación ({startsOn} a {endsOn}).',
    en: 'The feedback session must be planned inside the implementation phase ({startsOn} to {endsOn}).',
  },
  reference_unknown: {
    status: 422,
    es: 'No existe {kind} {id} en la región de este ciclo.',
    en: 'There is no {kind} {id} in this cycle’s region.',
  },
  source_required: {
    status: 422,
    es: 'Este ciclo exige que cada iniciativa provenga de al menos una idea o tema priorizado.',
    en: 'This cycle requires every initiative to come from at least one prioritised idea or theme.',
  },
  answer_reason_required: {
    status: 422,
    es: 'Una respuesta «no priorizada» debe indicar el motivo (campo reason).',
    en: 'A «not prioritised» answer must give the reason (field reason).',
  },
  answer_initiative_required: {
    status: 422,
    es: 'Una respuesta «priorizada» debe nombrar la iniciativa a la que da origen (campo initiativeId).',
    en: 'A «prioritised» answer must name the initiative it leads to (field initiativeId).',
  },
  answer_link_required: {
    status: 422,
    es: 'Una respuesta «ya existe» debe dar el enlace a lo que ya existe (campo link).',
    en: 'An «already exists» answer must give the link to what exists (field link).',
  },
  answer_idea_not_answerable: {
    status: 422,
    es: 'La idea {ideaId} está {state}: se responde la idea en la que quedó (o ninguna, si está oculta).',
    en: 'Idea {ideaId} is {state}: answer the idea it went into (or none, if it is hidden).',
  },
  discard_reason_required: {
    status: 422,
    es: 'Para descartar una iniciativa debes indicar el motivo.',
    en: 'To discard an initiative you must give the reason.',
  },
  bulk_file_invalid: {
    status: 422,
    es: 'El archivo tiene {count} problema(s); no se guardó ningún cambio.',
    en: 'The file has {count} problem(s); no change was saved.',
  },
  cycle_closed: {
    status: 409,
    es: 'El ciclo {year} está cerrado; los cambios se hacen en el ciclo vigente.',
    en: 'The {year} cycle is closed; changes go to the current cycle.',
  },
  unsubscribe_unknown: {
    status: 404,
    es: 'Este enlace para dejar de recibir correos no es válido.',
    en: 'This unsubscribe link is not valid.',
  },
} satisfies ErrorEntries;
