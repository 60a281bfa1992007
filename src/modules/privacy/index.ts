/**
 * Privacy: a participant's data exported or erased. A read-model over everything a participant left;
 * erasure blanks the participant's row and the comments of their evaluations.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogue_tables',
  'dialogues',
  'ideas',
  'organizations',
  'votes',
] as const satisfies ReadonlyArray<keyof Database>;
/** Other modules' tables this module changes. */
export const writes = ['evaluations', 'participants'] as const satisfies ReadonlyArray<keyof Database>;

export { privacyRoutes } from './routes.js';
export { eraseParticipant, exportParticipant } from './service.js';
