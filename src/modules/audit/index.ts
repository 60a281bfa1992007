/** The audit module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['staff_users', 'regions'] as const satisfies ReadonlyArray<keyof Database>;

export { auditRoutes } from './routes.js';
