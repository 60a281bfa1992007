/** The rollout module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['karabirrdt_tasks'] as const satisfies ReadonlyArray<keyof Database>;

export { rolloutRoutes } from './routes.js';
export { readUnits } from './units.js';
export { computeWaves } from './waves.js';
