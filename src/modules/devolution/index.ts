/** The devolution module's door: everything other modules, the registry, the CLI and the server use. */
export { devolutionRoutes } from './routes.js';
