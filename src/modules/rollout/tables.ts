import type { Generated } from 'kysely';

// The rollout's tables (migration 0400_rollout). plan_id / plan_task_id point at the Karabirrdt
// plan's rows by value only (no foreign key): that feature lands separately.

export type CriterionSource = 'model' | 'dream_circle' | 'other';
export type EvidenceKind = 'dialogue' | 'council_session' | 'indicator' | 'document';

export interface RolloutPilotTable {
  id: Generated<number>;
  region_code: string;
  indicators_json: string; // the indicators the pilots were chosen on
  rationale: string;
  created_by: number | null;
  created_at: string;
}

export interface RolloutCriterionTable {
  id: Generated<number>;
  name: string;
  description: string;
  source: CriterionSource;
  source_label: string | null; // e.g. the dream circle's statement it comes from
  plan_id: number | null;
  plan_task_id: number | null;
  plan_dream_id: number | null; // the dream circle statement it comes from
  position: number;
  created_at: string;
}

export interface RolloutEvaluationTable {
  id: Generated<number>;
  region_code: string;
  title: string;
  held_on: string; // YYYY-MM-DD
  summary: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface RolloutScoreTable {
  evaluation_id: number;
  criterion_id: number;
  score: number; // 1–5
  comment: string | null;
}

export interface RolloutFindingTable {
  id: Generated<number>;
  evaluation_id: number;
  text: string;
  created_at: string;
}

export interface RolloutEvidenceTable {
  id: Generated<number>;
  evaluation_id: number;
  finding_id: number | null;
  kind: EvidenceKind;
  ref_id: string | null; // dialogue id, council session id, indicator key
  url: string | null;
  label: string;
  created_at: string;
}

export interface RolloutModelVersionTable {
  id: Generated<number>;
  label: string; // e.g. 1.0, 1.1
  title: string;
  changes: string;
  reason: string;
  released_on: string;
  created_by: number | null;
  created_at: string;
}

export interface RolloutVersionFindingTable {
  version_id: number;
  finding_id: number;
}

export interface RolloutRegionVersionTable {
  id: Generated<number>;
  region_code: string;
  version_id: number;
  since: string; // YYYY-MM-DD
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface RolloutWavePlanTable {
  id: Generated<number>;
  title: string;
  groups: number;
  indicators_json: string;
  excluded_json: string;
  balance_column: string | null;
  seed: number;
  objective: number;
  random_objective: number;
  exact: number; // 0/1
  method: string;
  created_by: number | null;
  created_at: string;
}

export interface RolloutWaveTable {
  id: Generated<number>;
  wave_plan_id: number;
  position: number;
  name: string;
  starts_on: string;
  ends_on: string;
  model_version_id: number | null;
  plan_id: number | null;
  plan_task_id: number | null;
  plan_task_label: string | null;
  updated_at: string;
}

export interface RolloutWaveRegionTable {
  wave_id: number;
  region_code: string;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    rollout_pilots: RolloutPilotTable;
    rollout_criteria: RolloutCriterionTable;
    rollout_evaluations: RolloutEvaluationTable;
    rollout_scores: RolloutScoreTable;
    rollout_findings: RolloutFindingTable;
    rollout_evidence: RolloutEvidenceTable;
    rollout_model_versions: RolloutModelVersionTable;
    rollout_version_findings: RolloutVersionFindingTable;
    rollout_region_versions: RolloutRegionVersionTable;
    rollout_wave_plans: RolloutWavePlanTable;
    rollout_waves: RolloutWaveTable;
    rollout_wave_regions: RolloutWaveRegionTable;
  }
}
