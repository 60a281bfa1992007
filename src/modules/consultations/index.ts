/** The consultations module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogues',
  'ideas',
  'synthesis_assignments',
  'synthesis_themes',
  'votes',
] as const satisfies ReadonlyArray<keyof Database>;

export { compareWithPolis, formatAgreement, polisConversations } from './evaluation.js';
export { computeOpinionGroups, type OpinionGroupsResult } from './math/engine.js';
export { buildVoteMatrix, type VoteMatrix } from './math/matrix.js';
export { nextStatement, priority } from './math/routing.js';
export { readPolisModeratedOut, readPolisVotesCsv, VotesFileError } from './polis-csv.js';
export { totalsOf as consultationTotals } from './queries.js';
export { type OpinionGroupsReport, opinionGroupsReport } from './report.js';
export { consultationRoutes } from './routes.js';
export { projectedMaterial } from './service.js';
