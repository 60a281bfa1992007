import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/routes.js';
import { regionRoutes } from './regions/routes.js';
import { rolloutRoutes } from './rollout/routes.js';
import { staffRoutes } from './staff/routes.js';

/** Every feature's routes, registered in this order. A feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  auditRoutes,
  rolloutRoutes,
];
