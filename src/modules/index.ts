import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/routes.js';
import { cycleRoutes } from './cycles/routes.js';
import { devolutionRoutes } from './devolution/routes.js';
import { initiativeRoutes } from './initiatives/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { regionRoutes } from './regions/routes.js';
import { staffRoutes } from './staff/routes.js';

/** Every feature's routes, registered in this order. A feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  auditRoutes,
  cycleRoutes,
  initiativeRoutes,
  devolutionRoutes,
  notificationRoutes,
];
