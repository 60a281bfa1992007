/** The rollout module's door: everything other modules, the registry, the CLI and the server use. */

export { rolloutRoutes } from './routes.js';
export { readUnits } from './units.js';
export { computeWaves } from './waves.js';
