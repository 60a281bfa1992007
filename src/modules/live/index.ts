/** The live module's door: everything other modules, the registry, the CLI and the server use. */

export type { Emit, Stored } from './events.js';
export { changeWithEvents, dialogueEmit } from './events.js';
export { lastEventId } from './queries.js';
export { liveRoutes } from './routes.js';
