/** The votes module's door: everything other modules, the registry, the CLI and the server use. */
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
