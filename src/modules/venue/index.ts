/**
 * The venue kit: a dialogue taken out of the national store to a laptop (checkout), run there on the
 * embedded store with no internet, and brought home (export, then import) whole and once. Its
 * import writes the dialogue room's tables, ids remapped, in one transaction.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [] as const satisfies ReadonlyArray<keyof Database>;
/** Other modules' tables this module changes. */
export const writes = [
  'dialogue_events',
  'dialogue_facilitators',
  'dialogue_questions',
  'dialogue_tables',
  'dialogues',
  'evaluations',
  'idea_merge_refunds',
  'idea_merges',
  'ideas',
  'organizations',
  'participants',
  'staff_user_regions',
  'staff_users',
  'votes',
] as const satisfies ReadonlyArray<keyof Database>;

export { importExport } from './importer.js';
export { venueRoutes } from './routes.js';
export { checkoutDialogue, exportDialogue, openCheckout } from './service.js';
