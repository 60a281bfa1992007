import type { api, ResponseOf } from '../../app/client.js';

export const indicatorKeys = [
  'population_2024',
  'population_15plus_2024',
  'rural_share_2024',
  'labour_force_2024_thousands',
  'participation_rate_2024',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];

/** The rollout's shapes, as the server's contract declares them. */
export type Overview = ResponseOf<typeof api.rollout.getOverview>;
export type RolloutRegion = Overview['regions'][number];
export type Criterion = Overview['criteria'][number];
export type Evaluation = Overview['evaluations'][number];
export type ModelVersion = Overview['versions'][number];
export type WavePlan = NonNullable<Overview['wavePlan']>;
export type Wave = WavePlan['waves'][number];
export type PilotSuggestion = ResponseOf<typeof api.rollout.suggestPilots>;
