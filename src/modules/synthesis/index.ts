/** The synthesis module's door: everything other modules, the registry, the CLI and the server use. */

export { loadDecideMadridComments } from './evaluation/dataset.js';
export { evaluate, formatScores } from './evaluation/evaluate.js';
export { IdeasFileError, readIdeasCsv } from './input.js';
export { discoverThemes } from './pipeline/themes.js';
export { activeThemesOfIdeas, assignmentsOfTheme, findTheme } from './queries.js';
export { synthesisRoutes } from './routes.js';
