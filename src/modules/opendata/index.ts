/** The opendata module's door: everything other modules, the registry, the CLI and the server use. */
export { openDataRoutes } from './routes.js';
