/**
 * The cycle board: a read-only view of every region's track of an annual cycle (phases, feedback
 * sessions, initiatives, satisfaction). It reads the cycles and initiatives through their doors and
 * these tables of other modules directly.
 */
export const reads = ['evaluations', 'dialogues'] as const;

export { boardRoutes } from './routes.js';
export { cycleBoard, cycleIndicators } from './service.js';
