/** The staff module's door: everything other modules, the registry, the CLI and the server use. */

export { findStaffByEmail, findStaffById } from './queries.js';
export { staffRoutes } from './routes.js';
export { emailSchema, newStaffSchema, regionCodeSchema } from './schema.js';
export { resetSecondFactor } from './second-factor.js';
export { addStaff, logout, openSession } from './service.js';
