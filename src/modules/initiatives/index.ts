/** The initiatives module's door: everything other modules, the registry, the CLI and the server use. */

export { carryOverInitiatives } from './carry-over.js';
export { ideasOfDialogues, initiativeStatusCounts, initiativesFromIdeas, lateMilestones } from './queries.js';
export { initiativeRoutes } from './routes.js';
export { initiativeStatuses } from './tables.js';
