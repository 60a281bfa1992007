/** The votes module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = ['ideas', 'participants'] as const satisfies ReadonlyArray<keyof Database>;

export { chainEnds, dotsAtChainEnds, groupOf } from './chains.js';
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
