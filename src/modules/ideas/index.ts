/** The ideas module's door: everything other modules, the registry, the CLI and the server use. */
import type { Database } from '../../platform/db/schema.js';

export { ideasOfDialogue, ideasOfParticipant } from './queries.js';
export { ideaRoutes } from './routes.js';
export { ideaTallies, participantIdea } from './service.js';

/** The ideas list joins what names an idea: its dialogue, region, question, table, answer and theme. */
export const reads = [
  'dialogues',
  'regions',
  'dialogue_questions',
  'dialogue_tables',
  'dialogue_facilitators',
  'idea_answers',
  'synthesis_assignments',
] as const satisfies ReadonlyArray<keyof Database>;
