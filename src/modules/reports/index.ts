/**
 * Reports: the results dashboard and its exports (CSV, XLSX, PDF). A read-only model over the
 * dialogues, their participants, ideas, votes and evaluations; it owns no table.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogue_facilitators',
  'dialogue_questions',
  'dialogue_tables',
  'dialogues',
  'ideas',
  'participants',
  'regions',
  'staff_user_regions',
] as const satisfies ReadonlyArray<keyof Database>;

export { dialoguesRunBy, listScopedDialogues } from './queries.js';
export { reportRoutes } from './routes.js';
export { reportFor, summarySentence } from './service.js';
