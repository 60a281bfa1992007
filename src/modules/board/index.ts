/**
 * The cycle board: a read-only view of every region's track of an annual cycle (phases, feedback
 * sessions, initiatives, satisfaction). It reads the cycles and initiatives through their doors and
 * these tables of other modules directly.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['dialogues', 'evaluations'] as const satisfies ReadonlyArray<keyof Database>;

export { boardRoutes } from './routes.js';
export { cycleBoard, cycleIndicators } from './service.js';
