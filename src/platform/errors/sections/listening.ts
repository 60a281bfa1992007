import type { ErrorEntries } from '../types.js';

/** Errors of listening and governance: actors, interviews, participation devices, regional councils. */
export const listeningErrors = {
  region_not_managed: {
    status: 403,
    es: 'No gestionas la región {region}: no puedes registrar ni cambiar nada en ella.',
    en: 'You do not manage region {region}: you cannot record or change anything there.',
  },
  organization_other_region: {
    status: 422,
    es: 'La organización «{name}» es de otra región ({region}).',
    en: 'The organisation "{name}" belongs to another region ({region}).',
  },
  passage_outside_answer: {
    status: 422,
    es: 'El pasaje ({start}–{end}) queda fuera de la respuesta, que tiene {length} caracteres. Elige un tramo dentro de ella.',
    en: 'The passage ({start}–{end}) lies outside the answer, which has {length} characters. Choose a span inside it.',
  },
  question_not_in_guide: {
    status: 422,
    es: 'La pregunta {question} no pertenece a la pauta de esta entrevista.',
    en: 'Question {question} does not belong to this interview’s guide.',
  },
  term_ends_before_start: {
    status: 422,
    es: 'El período termina ({end}) antes de empezar ({start}). La fecha de término debe ser posterior al inicio.',
    en: 'The term ends ({end}) before it starts ({start}). The end date must come after the start.',
  },
  quorum_exceeds_membership: {
    status: 422,
    es: 'El quórum ({quorum}) no puede superar el número de integrantes vigentes del consejo ({members}).',
    en: 'The quorum ({quorum}) cannot exceed the council’s current membership ({members}).',
  },
  member_not_in_council: {
    status: 422,
    es: 'La persona {member} no integra este consejo.',
    en: 'Member {member} does not belong to this council.',
  },
} satisfies ErrorEntries;
