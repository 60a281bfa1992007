import { coreErrors } from './sections/core.js';
import { dialogueErrors } from './sections/dialogues.js';
import { resultErrors } from './sections/results.js';

/**
 * The one error catalogue: every code a user can meet, its HTTP status and its message in
 * Spanish (Chile) and English. Each feature keeps its section in ./sections/<feature>.ts.
 */
export const catalogue = {
  ...coreErrors,
  ...dialogueErrors,
  ...resultErrors,
};

export type ErrorCode = keyof typeof catalogue;
