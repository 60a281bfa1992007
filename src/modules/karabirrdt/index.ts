/** The karabirrdt module's door: everything other modules, the registry, the CLI and the server use. */

export { karabirrdtRoutes } from './routes.js';
export { checkPlanFile, importPlan } from './transfer.js';
