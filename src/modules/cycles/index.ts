/** The cycles module's door: everything other modules, the registry, the CLI and the server use. */

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
