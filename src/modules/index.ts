import type { FastifyInstance } from 'fastify';
import { actorRoutes } from './actors/routes.js';
import { auditRoutes } from './audit/routes.js';
import { councilRoutes } from './councils/routes.js';
import { cycleRoutes } from './cycles/routes.js';
import { dataPackageRoutes } from './datapackage/routes.js';
import { deviceRoutes } from './devices/routes.js';
import { devolutionRoutes } from './devolution/routes.js';
import { dialogueRoutes } from './dialogues/routes.js';
import { evaluationRoutes } from './evaluations/routes.js';
import { ideaRoutes } from './ideas/routes.js';
import { initiativeRoutes } from './initiatives/routes.js';
import { interviewRoutes } from './interviews/routes.js';
import { karabirrdtRoutes } from './karabirrdt/routes.js';
import { liveRoutes } from './live/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { openDataRoutes } from './opendata/routes.js';
import { organizationRoutes } from './organizations/routes.js';
import { participantRoutes } from './participants/routes.js';
import { privacyRoutes } from './privacy/routes.js';
import { regionRoutes } from './regions/routes.js';
import { reportRoutes } from './reports/routes.js';
import { rolloutRoutes } from './rollout/routes.js';
import { staffRoutes } from './staff/routes.js';
import { synthesisRoutes } from './synthesis/routes.js';
import { voteRoutes } from './votes/routes.js';

/** Every feature's routes, registered in this order. A feature adds one line here. */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  auditRoutes,
  privacyRoutes,
  organizationRoutes,
  dialogueRoutes,
  participantRoutes,
  ideaRoutes,
  voteRoutes,
  evaluationRoutes,
  liveRoutes,
  actorRoutes,
  interviewRoutes,
  deviceRoutes,
  councilRoutes,
  synthesisRoutes,
  karabirrdtRoutes,
  cycleRoutes,
  initiativeRoutes,
  devolutionRoutes,
  notificationRoutes,
  rolloutRoutes,
  reportRoutes,
  dataPackageRoutes,
  openDataRoutes,
];
