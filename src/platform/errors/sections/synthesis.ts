import type { ErrorEntries } from '../types.js';

/** Errors of the synthesis: themes, corrections and duplicate suggestions. */
export const synthesisErrors = {
  synthesis_too_many_themes: {
    status: 422,
    es: 'Pediste {k} temas, pero hay solo {ideas} ideas en este alcance.',
    en: 'You asked for {k} themes, but there are only {ideas} ideas in this scope.',
  },
  synthesis_same_theme: {
    status: 422,
    es: 'Un tema no se puede fusionar consigo mismo.',
    en: 'A theme cannot be merged into itself.',
  },
  synthesis_theme_closed: {
    status: 409,
    es: 'El tema «{label}» ya no está activo (fue fusionado o reemplazado).',
    en: 'The theme "{label}" is no longer active (it was merged or replaced).',
  },
  synthesis_idea_not_in_theme: {
    status: 422,
    es: 'La idea {ideaId} no está en el tema «{label}».',
    en: 'Idea {ideaId} is not in the theme "{label}".',
  },
  synthesis_split_everything: {
    status: 422,
    es: 'Para dividir un tema, deja al menos una idea en el tema original.',
    en: 'To split a theme, leave at least one idea in the original theme.',
  },
  synthesis_job_open: {
    status: 409,
    es: 'Ya hay una agrupación en curso para este alcance (trabajo {jobId}); espera que termine o cancélala.',
    en: 'A grouping is already under way for this scope (job {jobId}); wait for it to end or cancel it.',
  },
  synthesis_job_ended: {
    status: 409,
    es: 'El trabajo {jobId} ya terminó ({status}); no se puede cancelar.',
    en: 'Job {jobId} has already ended ({status}); it cannot be cancelled.',
  },
} satisfies ErrorEntries;
