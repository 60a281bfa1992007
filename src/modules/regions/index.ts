/** The regions module's door: everything other modules, the registry, the CLI and the server use. */
export { listRegions } from './queries.js';
export { regionRoutes } from './routes.js';
export { regionSources } from './seed.js';
export { regionCodes, seedRegions } from './service.js';
