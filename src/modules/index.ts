import type { FastifyInstance } from 'fastify';
import { actaRoutes } from './acta/index.js';
import { actorRoutes } from './actors/index.js';
import { answerRoutes } from './answers/index.js';
import { auditRoutes } from './audit/index.js';
import { boardRoutes } from './board/index.js';
import { consultationRoutes } from './consultations/index.js';
import { councilRoutes } from './councils/index.js';
import { cycleRoutes } from './cycles/index.js';
import { dataPackageRoutes } from './datapackage/index.js';
import { demoRoutes } from './demo/index.js';
import { deviceRoutes } from './devices/index.js';
import { devolutionRoutes } from './devolution/index.js';
import { dialogueRoutes, requireRunnable } from './dialogues/index.js';
import { evaluationRoutes } from './evaluations/index.js';
import { ideaRoutes } from './ideas/index.js';
import { identityRoutes } from './identity/index.js';
import { carryOverInitiatives, initiativeRoutes } from './initiatives/index.js';
import { interviewRoutes } from './interviews/index.js';
import { karabirrdtRoutes } from './karabirrdt/index.js';
import { liveRoutes } from './live/index.js';
import { notificationRoutes } from './notifications/index.js';
import { openDataRoutes } from './opendata/index.js';
import { organizationRoutes } from './organizations/index.js';
import { participantRoutes } from './participants/index.js';
import { privacyRoutes } from './privacy/index.js';
import { regionRoutes } from './regions/index.js';
import { reportRoutes } from './reports/index.js';
import { rolloutRoutes } from './rollout/index.js';
import { screenDialogueOf, screenRoutes } from './screen/index.js';
import { staffRoutes } from './staff/index.js';
import { synthesisRoutes } from './synthesis/index.js';
import { venueRoutes } from './venue/index.js';
import { voteRoutes } from './votes/index.js';

/**
 * Every feature's routes, registered in this order. A feature adds one line here. This is the
 * composition root: where a lower module needs a higher one's rule (live sockets ask the dialogues
 * who may watch; a new cycle has the initiatives carry theirs over), it is passed in here.
 */
export const featureRoutes: Array<(app: FastifyInstance) => Promise<void>> = [
  regionRoutes,
  staffRoutes,
  identityRoutes,
  auditRoutes,
  privacyRoutes,
  organizationRoutes,
  dialogueRoutes,
  venueRoutes,
  screenRoutes,
  participantRoutes,
  ideaRoutes,
  voteRoutes,
  evaluationRoutes,
  (app) => liveRoutes(app, requireRunnable, screenDialogueOf),
  actorRoutes,
  interviewRoutes,
  deviceRoutes,
  councilRoutes,
  synthesisRoutes,
  karabirrdtRoutes,
  (app) => cycleRoutes(app, carryOverInitiatives),
  boardRoutes,
  initiativeRoutes,
  answerRoutes,
  devolutionRoutes,
  notificationRoutes,
  rolloutRoutes,
  reportRoutes,
  actaRoutes,
  dataPackageRoutes,
  demoRoutes,
  openDataRoutes,
  consultationRoutes,
];
