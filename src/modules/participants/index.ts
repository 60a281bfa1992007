/** The participants module's door: everything other modules, the registry, the CLI and the server use. */
export { participantsPerTable } from './queries.js';
export { participantRoutes } from './routes.js';
