/** The reports module's door: everything other modules, the registry, the CLI and the server use. */
export { dialoguesRunBy, listScopedDialogues } from './queries.js';
export { reportRoutes } from './routes.js';
export { reportFor, summarySentence } from './service.js';
