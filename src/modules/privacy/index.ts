/** The privacy module's door: everything other modules, the registry, the CLI and the server use. */

export { privacyRoutes } from './routes.js';
export { eraseParticipant, exportParticipant } from './service.js';
