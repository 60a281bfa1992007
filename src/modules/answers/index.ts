/**
 * Answers: the official answer to every idea (issue 16) — en estudio, priorizada (an initiative),
 * no priorizada (a reason), ya existe (a link) — given per idea or per theme, audited, e-mailed to
 * the consenting author through the outbox, and shown on the public return.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['dialogues', 'ideas', 'initiatives'] as const satisfies ReadonlyArray<keyof Database>;

export { answerRoutes } from './routes.js';
export { answerStatuses } from './schema.js';
export { answersOfIdeas, type PresentedAnswer } from './service.js';
