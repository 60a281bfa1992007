/** The organizations module's door: everything other modules, the registry, the CLI and the server use. */

export { findOrganization, findOrganizationByName } from './queries.js';
export { organizationRoutes } from './routes.js';
export { joinOrganizationQuery, organizationKindSchema, organizationName } from './schema.js';
export { findOrCreateOrganization, organizationKey, searchInRegion } from './service.js';
