/** The devolution module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogues',
  'ideas',
  'initiative_milestones',
  'initiative_updates',
  'regions',
] as const satisfies ReadonlyArray<keyof Database>;

export { devolutionRoutes } from './routes.js';
