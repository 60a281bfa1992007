// Rollout figures: waves for the 16 regions (exact optimum, K = 4; target under 2 s) and for 1,000
// synthetic units with 5 numeric columns in K = 10 waves (exchange method; target under 1 s), each
// with the objective of random balanced splits beside it.

import { regionSeeds } from '../src/modules/regions/seed.js';
import { diversity, randomBalancedAssignment } from '../src/modules/rollout/anticlustering.js';
import { distanceMatrix, seededRandom, standardise } from '../src/modules/rollout/matrix.js';
import { computeWaves } from '../src/modules/rollout/waves.js';

const indicators = [
  'population_2024',
  'population_15plus_2024',
  'rural_share_2024',
  'labour_force_2024_thousands',
  'participation_rate_2024',
] as const;

export async function run(log: (line: string) => void) {
  const regions = {
    ids: regionSeeds.map((region) => region.code),
    columns: [...indicators],
    values: regionSeeds.map((region) => indicators.map((key) => region[key])),
  };
  let started = performance.now();
  let cpu = process.cpuUsage();
  const regionWaves = computeWaves(regions, { groups: 4, randomSplits: 0 });
  const regionsMs = performance.now() - started;
  const regionsCpuMs = cpuMs(cpu);
  const regionRandom = randomObjective(regions.values, 4, 1000);
  log(`16 regions, K = 4: ${regionWaves.groups.map((group) => group.join(' ')).join(' | ')}`);

  const random = seededRandom(2021);
  const synthetic = {
    ids: Array.from({ length: 1000 }, (_, index) => `u${index + 1}`),
    columns: ['a', 'b', 'c', 'd', 'e'],
    values: Array.from({ length: 1000 }, () => Array.from({ length: 5 }, () => random() * 100)),
  };
  started = performance.now();
  cpu = process.cpuUsage();
  const syntheticWaves = computeWaves(synthetic, { groups: 10, randomSplits: 0 });
  const syntheticMs = performance.now() - started;
  const syntheticCpuMs = cpuMs(cpu);
  const syntheticRandom = randomObjective(synthetic.values, 10, 100);
  log(
    `1,000 units, K = 10: restarts reached ${syntheticWaves.restartObjectives?.map((value) => value.toFixed(2)).join(', ')}`,
  );

  return {
    rollout_regions_k4_ms: Math.round(regionsMs),
    rollout_regions_k4_cpu_ms: Math.round(regionsCpuMs),
    rollout_regions_k4_exact: regionWaves.exact,
    rollout_regions_k4_objective: round(regionWaves.objective),
    rollout_regions_k4_random_mean: round(regionRandom.mean),
    rollout_regions_k4_random_best_of_1000: round(regionRandom.best),
    rollout_1000_k10_ms: Math.round(syntheticMs),
    rollout_1000_k10_cpu_ms: Math.round(syntheticCpuMs),
    rollout_1000_k10_restarts: syntheticWaves.restartObjectives?.length ?? 0,
    rollout_1000_k10_objective: round(syntheticWaves.objective),
    rollout_1000_k10_random_mean: round(syntheticRandom.mean),
    rollout_1000_k10_random_best_of_100: round(syntheticRandom.best),
  };
}

function randomObjective(values: number[][], groups: number, draws: number) {
  const distances = distanceMatrix(standardise(values));
  const random = seededRandom(7);
  let total = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let draw = 0; draw < draws; draw++) {
    const objective = diversity(distances, randomBalancedAssignment(values.length, groups, random));
    total += objective;
    best = Math.max(best, objective);
  }
  return { mean: total / draws, best };
}

// CPU time of this process: on a shared machine wall time also counts other programs' turns.
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;
