/**
 * Figures: the one definition of every count shown about dialogues (ideas proposed, after merges,
 * visible, hidden, dots, dots on hidden ideas, attendances, organisations, evaluations) and of merge
 * chains. A read-only module; it owns no table and imports no other module, so every module may use it.
 */
import type { Database } from '../../platform/db/schema.js';

/** Other modules' tables this module's queries read (the boundary test checks the list). */
export const reads = [
  'dialogues',
  'evaluations',
  'ideas',
  'organizations',
  'participants',
  'votes',
] as const satisfies ReadonlyArray<keyof Database>;

export { chainEnds, dotsAtChainEnds, groupOf } from './chains.js';
export type { DialogueScope } from './queries.js';
export {
  addFigures,
  type CountedFigures,
  countFigures,
  countOrganizations,
  emptyFigures,
  evaluationOf,
  type Figures,
  figuresOfDialogue,
  figuresOfDialogues,
  isVisibleIdea,
  participationByKind,
} from './service.js';
