/** The actors module's door: everything other modules, the registry, the CLI and the server use. */

export { requireManagedRegion, requireManagedThing, requireVisibleThing } from './policy.js';
export { findActor } from './queries.js';
export { actorRoutes } from './routes.js';
export { genderSchema, isoDateSchema, regionQuery, sectors } from './schema.js';
