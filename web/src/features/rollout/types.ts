import type { Region } from '../../app/data.js';
import type { TaskStatus } from '../karabirrdt/types.js';

export const indicatorKeys = [
  'population_2024',
  'population_15plus_2024',
  'rural_share_2024',
  'labour_force_2024_thousands',
  'participation_rate_2024',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

export interface RolloutRegion extends Region {
  currentVersion: { id: number; label: string; since: string } | null;
  versionHistory: Array<{ versionId: number; label: string; since: string; note: string | null }>;
}

export interface Criterion {
  id: number;
  name: string;
  description: string;
  source: 'model' | 'dream_circle' | 'other';
  sourceLabel: string | null;
  planId: number | null;
  planTaskId: number | null;
  planDreamId: number | null;
}

export interface Evaluation {
  id: number;
  regionCode: string;
  title: string;
  heldOn: string;
  summary: string;
  scores: Array<{ criterionId: number; score: number; comment: string | null }>;
  findings: Array<{ id: number; text: string }>;
  evidence: Array<{
    id: number;
    kind: 'dialogue' | 'council_session' | 'indicator' | 'document';
    refId: string | null;
    url: string | null;
    label: string;
    findingId: number | null;
  }>;
}

export interface ModelVersion {
  id: number;
  label: string;
  title: string;
  changes: string;
  reason: string;
  releasedOn: string;
  findings: Array<{ id: number; text: string; regionCode: string }>;
  findingCount: number;
}

export interface Wave {
  id: number;
  position: number;
  name: string;
  startsOn: string;
  endsOn: string;
  modelVersionId: number | null;
  planId: number | null;
  planTaskId: number | null;
  /** The linked task's title, else the label typed by hand. */
  planTaskLabel: string | null;
  /** The linked Karabirrdt task as it is now, when it still exists. */
  planTask: { title: string; status: TaskStatus; startDate: string | null; dueDate: string | null } | null;
  regions: string[];
  regionCount: number;
}

export interface WavePlan {
  id: number;
  title: string;
  groups: number;
  indicators: IndicatorKey[];
  excluded: string[];
  balanceColumn: string | null;
  seed: number;
  objective: number;
  randomObjective: number;
  exact: boolean;
  method: string;
  createdAt: string;
  waves: Wave[];
}

export interface Overview {
  canEdit: boolean;
  indicators: Array<{ key: IndicatorKey; source: string }>;
  regions: RolloutRegion[];
  pilots: Array<{ regionCode: string; indicators: IndicatorKey[]; rationale: string }>;
  criteria: Criterion[];
  evaluations: Evaluation[];
  versions: ModelVersion[];
  wavePlan: WavePlan | null;
  wavePlanCount: number;
}

export interface PilotSuggestion {
  indicators: IndicatorKey[];
  exact: boolean;
  cost: number;
  pilots: Array<{
    regionCode: string;
    name: string;
    represents: Array<{ regionCode: string; name: string; distance: number }>;
    meanDistance: number;
    indicators: Array<{
      key: IndicatorKey;
      pilot: number;
      groupMin: number;
      groupMax: number;
      groupMean: number;
    }>;
  }>;
  projection: {
    explained: [number, number];
    loadings: Array<Record<IndicatorKey, number>>;
    points: Array<{
      regionCode: string;
      name: string;
      x: number;
      y: number;
      pilotIndex: number;
      isPilot: boolean;
    }>;
  };
}
