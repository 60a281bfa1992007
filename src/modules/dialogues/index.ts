/** The dialogues module's door: everything other modules, the registry, the CLI and the server use. */

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
