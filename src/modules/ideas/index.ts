/** The ideas module's door: everything other modules, the registry, the CLI and the server use. */

export { ideasOfDialogue, ideasOfParticipant } from './queries.js';
export { ideaRoutes } from './routes.js';
export { ideaTallies, participantIdea } from './service.js';
