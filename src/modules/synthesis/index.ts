/** The synthesis module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogue_facilitators',
  'dialogue_tables',
  'dialogues',
  'ideas',
  'staff_user_regions',
  'votes',
] as const satisfies ReadonlyArray<keyof Database>;

export { evaluationCorpora, loadDecideMadridComments } from './evaluation/dataset.js';
export { evaluateDuplicates, formatDuplicateScores } from './evaluation/duplicates.js';
export { evaluate, formatScores, formatSummary } from './evaluation/evaluate.js';
export { IdeasFileError, readIdeasCsv } from './input.js';
export { discoverThemes } from './pipeline/themes.js';
export { activeThemesOfIdeas, assignmentsOfTheme, findTheme, publishedThemesOfIdeas } from './queries.js';
export { synthesisRoutes } from './routes.js';
export { themeIdeasToAnswer } from './service.js';
