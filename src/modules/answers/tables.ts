import type { AnswerStatus } from './schema.js';

declare module '../../platform/db/schema.js' {
  interface Database {
    idea_answers: IdeaAnswerTable;
  }
}

/** The current official answer to an idea; its history is in the audit log. */
export interface IdeaAnswerTable {
  idea_id: number;
  dialogue_id: number;
  region_code: string;
  status: AnswerStatus;
  text: string;
  reason: string | null; // required for no_priorizada
  initiative_id: number | null; // required for priorizada
  link: string | null; // required for ya_existe
  theme_id: number | null; // given to a whole theme at once
  answered_by: number | null;
  answered_at: string;
}
