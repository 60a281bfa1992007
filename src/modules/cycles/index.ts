/** The cycles module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'actors',
  'consultations',
  'council_sessions',
  'councils',
  'dialogues',
  'interviews',
  'regions',
  'synthesis_themes',
] as const satisfies ReadonlyArray<keyof Database>;

export { requireTrackReader } from './policy.js';
export {
  dialoguesOfTracks,
  findCycle,
  findTrack,
  listFeedbackSessions,
  listPhases,
  listTracks,
} from './queries.js';
export { sourceKinds } from './references.js';
export { cycleRoutes } from './routes.js';
export { isoDate, phaseNames } from './schema.js';
