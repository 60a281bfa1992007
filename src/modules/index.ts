import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/routes.js';
import { dataPackageRoutes } from './datapackage/routes.js';
import { openDataRoutes } from './opendata/routes.js';
import { regionRoutes } from './regions/routes.js';
import { reportRoutes } from './reports/routes.js';
import { staffRoutes } from './staff/routes.js';

/** Every feature's routes, registered in this order. A feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  auditRoutes,
  reportRoutes,
  dataPackageRoutes,
  openDataRoutes,
];
