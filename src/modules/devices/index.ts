/** The devices module's door: everything other modules, the registry, the CLI and the server use. */

export { deviceRoutes } from './routes.js';
export { createDevice } from './service.js';
