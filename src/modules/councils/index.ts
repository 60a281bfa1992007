/** The councils module's door: everything other modules, the registry, the CLI and the server use. */
export { councilRoutes } from './routes.js';
