/** The notifications module's door: everything other modules, the registry, the CLI and the server use. */

export { notificationRoutes } from './routes.js';
export { enqueueIdeaNews } from './service.js';
export { wakeOutbox } from './worker.js';
