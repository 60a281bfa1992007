// Waves of dissimilar units: standardise the chosen columns, split the units into K balanced,
// maximally diverse groups, and compare with random balanced splits so the choice can be explained.
import { AppError } from '../../platform/errors/index.js';
import {
  type AnticlusterResult,
  anticluster,
  diversity,
  randomBalancedAssignment,
} from './anticlustering.js';
import { distanceMatrix, seededRandom, standardise } from './matrix.js';
import type { UnitsTable } from './units.js';

export interface WavesOptions {
  groups: number;
  seed?: number;
  restarts?: number;
  method?: 'auto' | 'exact' | 'exchange';
  /** Random balanced splits drawn for the comparison (their mean objective is reported). */
  randomSplits?: number;
}

export interface WavesResult {
  groups: string[][];
  objective: number;
  exact: boolean;
  method: AnticlusterResult['method'];
  columns: string[];
  standardisation: 'population';
  constantColumns: string[];
  balanceColumn: string | null;
  seed: number;
  /** Mean objective of random balanced splits with the same sizes (and balance, if any). */
  randomObjective: number;
  partitionsExamined?: number;
  restartObjectives?: number[];
}

/** Splits the units of a table into waves (see the file comment). */
export function computeWaves(table: UnitsTable, options: WavesOptions): WavesResult {
  const units = table.ids.length;
  if (!Number.isInteger(options.groups) || options.groups < 1 || options.groups > units) {
    throw new AppError('rollout_groups_invalid', { groups: String(options.groups), units });
  }
  const seed = options.seed ?? 1;
  const standardised = standardise(table.values);
  const distances = distanceMatrix(standardised);
  const categories = table.balance ? categoryIndices(table.balance) : undefined;
  const result = anticluster(distances, units, {
    groups: options.groups,
    categories,
    seed,
    restarts: options.restarts,
    method: options.method,
  });
  const random = seededRandom(seed ^ 0x5eed);
  const draws = options.randomSplits ?? 100;
  let randomTotal = 0;
  for (let draw = 0; draw < draws; draw++) {
    randomTotal += diversity(distances, randomBalancedAssignment(units, options.groups, random, categories));
  }
  return {
    groups: result.groups.map((members) => members.map((unit) => table.ids[unit] ?? '')),
    objective: result.objective,
    exact: result.exact,
    method: result.method,
    columns: table.columns,
    standardisation: 'population',
    constantColumns: standardised.constantColumns.map((column) => table.columns[column] ?? ''),
    balanceColumn: table.balanceColumn ?? null,
    seed,
    randomObjective: draws ? randomTotal / draws : Number.NaN,
    ...(result.partitionsExamined === undefined ? {} : { partitionsExamined: result.partitionsExamined }),
    ...(result.restartObjectives ? { restartObjectives: result.restartObjectives } : {}),
  };
}

function categoryIndices(values: string[]): Int32Array {
  const index = new Map<string, number>();
  return Int32Array.from(values, (value) => {
    if (!index.has(value)) index.set(value, index.size);
    return index.get(value) ?? 0;
  });
}
