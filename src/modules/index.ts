import type { FastifyInstance } from 'fastify';
import { actorRoutes } from './actors/routes.js';
import { auditRoutes } from './audit/routes.js';
import { councilRoutes } from './councils/routes.js';
import { deviceRoutes } from './devices/routes.js';
import { interviewRoutes } from './interviews/routes.js';
import { regionRoutes } from './regions/routes.js';
import { staffRoutes } from './staff/routes.js';

/** Every feature's routes, registered in this order. A feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  auditRoutes,
  actorRoutes,
  interviewRoutes,
  deviceRoutes,
  councilRoutes,
];
