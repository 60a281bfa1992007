import type { Generated } from 'kysely';

/** Dots a merge took back from a participant (over the per-idea cap on the merged target). */
export interface IdeaMergeRefundTable {
  id: Generated<number>;
  merge_id: number;
  participant_id: number;
  idea_id: number; // the idea the dots were on, where unmerge puts them back
  dots: number;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    idea_merge_refunds: IdeaMergeRefundTable;
  }
  interface IdeaTable {
    /** A phone's idea that arrived after ideation (0712_late_ideas): hidden until a facilitator accepts it. */
    late_at: string | null;
  }
}
