/**
 * The acta: the record of one dialogue (who, where, what was asked, who took part, every idea with
 * its dots after merges, what was hidden and why, the evaluation), as a PDF. Read-only; no table.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogue_facilitators',
  'evaluations',
  'organizations',
  'participants',
  'staff_users',
] as const satisfies ReadonlyArray<keyof Database>;

export { actaRoutes } from './routes.js';
