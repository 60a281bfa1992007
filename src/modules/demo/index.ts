/** The demo module's door: everything other modules, the registry, the CLI and the server use. */

export { demoRoutes } from './routes.js';
export { loadDemo } from './service.js';
