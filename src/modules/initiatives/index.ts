/** The initiatives module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'cycles',
  'dialogues',
  'ideas',
  'regions',
  'staff_users',
  'synthesis_themes',
] as const satisfies ReadonlyArray<keyof Database>;

export { carryOverInitiatives } from './carry-over.js';
export { ideasOfDialogues, initiativeStatusCounts, initiativesFromIdeas, lateMilestones } from './queries.js';
export { initiativeRoutes } from './routes.js';
export { initiativeStatuses } from './tables.js';
