import type { Generated } from 'kysely';

/** One clustering of a scope's ideas (scope: a region code, or CL for the nation). */
export interface SynthesisRunTable {
  id: Generated<number>;
  scope: string;
  seed: number;
  k: number;
  k_choice: string; // how k was chosen, in Spanish
  idea_count: number;
  created_by: number | null;
  created_at: string;
}

export type ThemeStatus = 'active' | 'merged' | 'retired';

/** A theme of a scope; it outlives runs so that staff corrections to it survive. */
export interface SynthesisThemeTable {
  id: Generated<number>;
  scope: string;
  label: string;
  keywords_json: string;
  kept: number; // 1: staff-made or corrected; seeds the next run
  label_locked: number; // 1: staff named it; a run never relabels it
  status: ThemeStatus;
  merged_into_id: number | null;
  run_id: number | null; // the last run that placed ideas in it
  created_at: string;
  updated_at: string;
}

/** The theme an idea sits in within a scope; pinned ideas were placed by staff and stay put. */
export interface SynthesisAssignmentTable {
  scope: string;
  idea_id: number;
  theme_id: number;
  pinned: number;
  updated_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    synthesis_runs: SynthesisRunTable;
    synthesis_themes: SynthesisThemeTable;
    synthesis_assignments: SynthesisAssignmentTable;
  }
}
