import { actaContract } from './acta/contract.js';
import { actorContract } from './actors/contract.js';
import { answerContract } from './answers/contract.js';
import { auditContract } from './audit/contract.js';
import { boardContract } from './board/contract.js';
import { consultationContract } from './consultations/contract.js';
import { councilContract } from './councils/contract.js';
import { cycleContract } from './cycles/contract.js';
import { dataPackageContract } from './datapackage/contract.js';
import { demoContract } from './demo/contract.js';
import { deviceContract } from './devices/contract.js';
import { devolutionContract } from './devolution/contract.js';
import { dialogueContract } from './dialogues/contract.js';
import { evaluationContract } from './evaluations/contract.js';
import { ideaContract } from './ideas/contract.js';
import { identityContract } from './identity/contract.js';
import { initiativeContract } from './initiatives/contract.js';
import { interviewContract } from './interviews/contract.js';
import { karabirrdtContract } from './karabirrdt/contract.js';
import { liveContract } from './live/contract.js';
import { notificationContract } from './notifications/contract.js';
import { openDataContract } from './opendata/contract.js';
import { organizationContract } from './organizations/contract.js';
import { participantContract } from './participants/contract.js';
import { privacyContract } from './privacy/contract.js';
import { regionContract } from './regions/contract.js';
import { reportContract } from './reports/contract.js';
import { rolloutContract } from './rollout/contract.js';
import { screenContract } from './screen/contract.js';
import { staffContract } from './staff/contract.js';
import { synthesisContract } from './synthesis/contract.js';
import { venueContract } from './venue/contract.js';
import { voteContract } from './votes/contract.js';

/**
 * Every module's contract (the endpoints of `endpoints.ts` with their zod schemas), under the same
 * names. The server's routes spread them; the web takes its request and response types from here
 * (`import type` only, so no zod reaches the browser).
 */
export const contracts = {
  acta: actaContract,
  actors: actorContract,
  answers: answerContract,
  audit: auditContract,
  board: boardContract,
  consultations: consultationContract,
  councils: councilContract,
  cycles: cycleContract,
  datapackage: dataPackageContract,
  demo: demoContract,
  devices: deviceContract,
  devolution: devolutionContract,
  dialogues: dialogueContract,
  evaluations: evaluationContract,
  ideas: ideaContract,
  identity: identityContract,
  initiatives: initiativeContract,
  interviews: interviewContract,
  karabirrdt: karabirrdtContract,
  live: liveContract,
  notifications: notificationContract,
  opendata: openDataContract,
  organizations: organizationContract,
  participants: participantContract,
  privacy: privacyContract,
  regions: regionContract,
  reports: reportContract,
  rollout: rolloutContract,
  screen: screenContract,
  staff: staffContract,
  synthesis: synthesisContract,
  venue: venueContract,
  votes: voteContract,
};

export type Contracts = typeof contracts;
