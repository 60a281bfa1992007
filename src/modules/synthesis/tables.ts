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
  /** [{ phrase, ideas }]: what the theme's ideas share, and how many of them say it. */
  phrases_json: Generated<string>;
  /** Ids of the ideas that best represent the theme (nearest its centre at the last run). */
  representatives_json: Generated<string>;
  kept: number; // 1: staff-made or corrected; seeds the next run
  label_locked: number; // 1: staff named it; a run never relabels it
  status: ThemeStatus;
  merged_into_id: number | null;
  run_id: number | null; // the last run that placed ideas in it
  published_at: string | null; // public (the return to participants) only once staff publish it
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

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/** A theme run asked for from the screens: its progress while it runs, its run when done. */
export interface SynthesisJobTable {
  id: Generated<number>;
  scope: string;
  k: number | null;
  seed: number;
  status: JobStatus;
  stage: string | null; // the pipeline's stage (texto, reducción, eligiendo k, agrupación, guardando)
  percent: number;
  idea_count: number;
  run_id: number | null;
  result_json: string | null; // the run's summary when done
  error: string | null; // why it failed, in Spanish
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    synthesis_runs: SynthesisRunTable;
    synthesis_themes: SynthesisThemeTable;
    synthesis_assignments: SynthesisAssignmentTable;
    synthesis_jobs: SynthesisJobTable;
  }
}
