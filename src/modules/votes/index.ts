/** The votes module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
// The batch's hot path reads the dialogue's row and last event and stores its `votes.changed` event in
// its own statements (votes/queries.ts, batchSql): one round trip instead of one per module's door.
export const reads = [
  'dialogue_events',
  'dialogues',
  'ideas',
  'participants',
] as const satisfies ReadonlyArray<keyof Database>;

/** Other modules' tables this module's queries write. */
export const writes = ['dialogue_events'] as const satisfies ReadonlyArray<keyof Database>;

export { chainEnds, dotsAtChainEnds, groupOf } from '../figures/index.js';
export {
  chainLinks,
  countParticipants,
  dotsByIdea,
  dotsInDialogues,
  lockParticipants,
  setVote,
  spending,
  votesOfParticipant,
  votesOnIdeas,
} from './queries.js';
export { voteRoutes } from './routes.js';
export { countTally, votesChangedPayload } from './tally.js';
