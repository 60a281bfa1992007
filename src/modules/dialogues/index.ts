/** The dialogues module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'ideas',
  'participants',
  'regions',
  'staff_user_regions',
  'staff_users',
] as const satisfies ReadonlyArray<keyof Database>;

export { requireRunnable } from './policy.js';
export type { DialogueRow } from './queries.js';
export {
  findDialogue,
  lockDialogue,
  questionsOf,
  regionName,
  shareLockDialogue,
  tablesOf,
} from './queries.js';
export { baseUrlOf, dialogueRoutes } from './routes.js';
export { joinCodeParam } from './schema.js';
export { joinUrlOf, requireByCode } from './service.js';
export { wrongPhase, wrongStatus } from './words.js';
