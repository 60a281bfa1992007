import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit/routes.js';
import { dialogueRoutes } from './dialogues/routes.js';
import { evaluationRoutes } from './evaluations/routes.js';
import { ideaRoutes } from './ideas/routes.js';
import { liveRoutes } from './live/routes.js';
import { organizationRoutes } from './organizations/routes.js';
import { participantRoutes } from './participants/routes.js';
import { regionRoutes } from './regions/routes.js';
import { staffRoutes } from './staff/routes.js';
import { voteRoutes } from './votes/routes.js';

/** Every feature's routes, registered in this order. A feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  auditRoutes,
  organizationRoutes,
  dialogueRoutes,
  participantRoutes,
  ideaRoutes,
  voteRoutes,
  evaluationRoutes,
  liveRoutes,
];
