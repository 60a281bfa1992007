/** The actors module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['interviews'] as const satisfies ReadonlyArray<keyof Database>;
/** Other modules' tables this module changes. */
export const writes = ['organizations'] as const satisfies ReadonlyArray<keyof Database>;

export { requireManagedRegion, requireManagedThing, requireVisibleThing } from './policy.js';
export { findActor } from './queries.js';
export { actorRoutes } from './routes.js';
export { genderSchema, isoDateSchema, regionQuery, sectors } from './schema.js';
