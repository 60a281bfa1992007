/** The audit module's door: everything other modules, the registry, the CLI and the server use. */

export { auditRoutes } from './routes.js';
export type { AuditChange } from './service.js';
export { recordAudit } from './service.js';
