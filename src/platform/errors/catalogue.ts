import { consultationErrors } from './sections/consultations.js';
import { coreErrors } from './sections/core.js';
import { cycleErrors } from './sections/cycles.js';
import { dialogueErrors } from './sections/dialogues.js';
import { fileErrors } from './sections/files.js';
import { identityErrors } from './sections/identity.js';
import { karabirrdtErrors } from './sections/karabirrdt.js';
import { listeningErrors } from './sections/listening.js';
import { liveErrors } from './sections/live.js';
import { resultErrors } from './sections/results.js';
import { rolloutErrors } from './sections/rollout.js';
import { staffErrors } from './sections/staff.js';
import { synthesisErrors } from './sections/synthesis.js';
import { venueErrors } from './sections/venue.js';

/**
 * The one error catalogue: every code a user can meet, its HTTP status and its message in
 * Spanish (Chile) and English. Each feature keeps its section in ./sections/<feature>.ts.
 */
export const catalogue = {
  ...coreErrors,
  ...fileErrors,
  ...staffErrors,
  ...identityErrors,
  ...dialogueErrors,
  ...listeningErrors,
  ...synthesisErrors,
  ...karabirrdtErrors,
  ...cycleErrors,
  ...rolloutErrors,
  ...resultErrors,
  ...liveErrors,
  ...venueErrors,
  ...consultationErrors,
};

export type ErrorCode = keyof typeof catalogue;
