/** The interviews module's door: everything other modules, the registry, the CLI and the server use. */
export { interviewRoutes } from './routes.js';
