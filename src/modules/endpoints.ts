import { actaEndpoints } from './acta/endpoints.js';
import { actorEndpoints } from './actors/endpoints.js';
import { answerEndpoints } from './answers/endpoints.js';
import { auditEndpoints } from './audit/endpoints.js';
import { boardEndpoints } from './board/endpoints.js';
import { consultationEndpoints } from './consultations/endpoints.js';
import { councilEndpoints } from './councils/endpoints.js';
import { cycleEndpoints } from './cycles/endpoints.js';
import { dataPackageEndpoints } from './datapackage/endpoints.js';
import { demoEndpoints } from './demo/endpoints.js';
import { deviceEndpoints } from './devices/endpoints.js';
import { devolutionEndpoints } from './devolution/endpoints.js';
import { dialogueEndpoints } from './dialogues/endpoints.js';
import { evaluationEndpoints } from './evaluations/endpoints.js';
import { ideaEndpoints } from './ideas/endpoints.js';
import { identityEndpoints } from './identity/endpoints.js';
import { initiativeEndpoints } from './initiatives/endpoints.js';
import { interviewEndpoints } from './interviews/endpoints.js';
import { karabirrdtEndpoints } from './karabirrdt/endpoints.js';
import { liveEndpoints } from './live/endpoints.js';
import { notificationEndpoints } from './notifications/endpoints.js';
import { openDataEndpoints } from './opendata/endpoints.js';
import { organizationEndpoints } from './organizations/endpoints.js';
import { participantEndpoints } from './participants/endpoints.js';
import { privacyEndpoints } from './privacy/endpoints.js';
import { regionEndpoints } from './regions/endpoints.js';
import { reportEndpoints } from './reports/endpoints.js';
import { rolloutEndpoints } from './rollout/endpoints.js';
import { screenEndpoints } from './screen/endpoints.js';
import { staffEndpoints } from './staff/endpoints.js';
import { synthesisEndpoints } from './synthesis/endpoints.js';
import { venueEndpoints } from './venue/endpoints.js';
import { voteEndpoints } from './votes/endpoints.js';

/**
 * Every module's endpoints (method and URL, zod-free): the web builds its requests from this one
 * table, with the types of `contracts.ts`. A module adds one line here and one in contracts.ts.
 */
export const endpoints = {
  acta: actaEndpoints,
  actors: actorEndpoints,
  answers: answerEndpoints,
  audit: auditEndpoints,
  board: boardEndpoints,
  consultations: consultationEndpoints,
  councils: councilEndpoints,
  cycles: cycleEndpoints,
  datapackage: dataPackageEndpoints,
  demo: demoEndpoints,
  devices: deviceEndpoints,
  devolution: devolutionEndpoints,
  dialogues: dialogueEndpoints,
  evaluations: evaluationEndpoints,
  ideas: ideaEndpoints,
  identity: identityEndpoints,
  initiatives: initiativeEndpoints,
  interviews: interviewEndpoints,
  karabirrdt: karabirrdtEndpoints,
  live: liveEndpoints,
  notifications: notificationEndpoints,
  opendata: openDataEndpoints,
  organizations: organizationEndpoints,
  participants: participantEndpoints,
  privacy: privacyEndpoints,
  regions: regionEndpoints,
  reports: reportEndpoints,
  rollout: rolloutEndpoints,
  screen: screenEndpoints,
  staff: staffEndpoints,
  synthesis: synthesisEndpoints,
  venue: venueEndpoints,
  votes: voteEndpoints,
};
