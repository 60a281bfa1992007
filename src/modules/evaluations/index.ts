/** The evaluations module's door: everything other modules, the registry, the CLI and the server use. */
export { findEvaluation } from './queries.js';
export { evaluationRoutes } from './routes.js';
export { evaluationSummary } from './service.js';
