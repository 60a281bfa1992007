import { describe, expect, it } from 'vitest';
import { regionSeeds } from '../regions/seed.js';
import {
  anticluster,
  countBalancedPartitions,
  diversity,
  exactAnticluster,
  groupSizes,
  randomBalancedAssignment,
} from './anticlustering.js';
import { distanceMatrix, seededRandom, standardise } from './matrix.js';

const indicators = [
  'population_2024',
  'population_15plus_2024',
  'rural_share_2024',
  'labour_force_2024_thousands',
  'participation_rate_2024',
] as const;

function randomTable(rows: number, columns: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => random() * 10));
}

/** Every assignment of n units to K labelled groups with balanced sizes, the slow obvious way. */
function bruteForce(distances: Float64Array, units: number, groups: number, categories?: number[]) {
  const sizes = groupSizes(units, groups);
  const low = Math.min(...sizes);
  const high = Math.max(...sizes);
  const assignment = new Int32Array(units);
  let best = Number.NEGATIVE_INFINITY;
  const partitions = new Set<string>();
  for (let code = 0; code < groups ** units; code++) {
    let rest = code;
    for (let unit = 0; unit < units; unit++) {
      assignment[unit] = rest % groups;
      rest = Math.floor(rest / groups);
    }
    const counts = new Array(groups).fill(0);
    for (const group of assignment) counts[group]++;
    if (counts.some((count) => count < low || count > high)) continue;
    if (categories && !categoriesEven(assignment, groups, categories)) continue;
    const members = Array.from({ length: groups }, (_, group) =>
      [...assignment.keys()].filter((unit) => assignment[unit] === group).join(' '),
    );
    partitions.add(members.sort().join('|'));
    best = Math.max(best, diversity(distances, assignment));
  }
  return { best, partitions: partitions.size };
}

function categoriesEven(assignment: ArrayLike<number>, groups: number, categories: number[]): boolean {
  for (const category of new Set(categories)) {
    const total = categories.filter((value) => value === category).length;
    for (let group = 0; group < groups; group++) {
      const count = categories.filter(
        (value, unit) => value === category && assignment[unit] === group,
      ).length;
      if (count < Math.floor(total / groups) || count > Math.ceil(total / groups)) return false;
    }
  }
  return true;
}

function sizesOf(groups: number[][]): number[] {
  return groups.map((members) => members.length);
}

describe('standardise', () => {
  it('gives mean 0 and population variance 1 (divided by n), and zeroes constant columns', () => {
    const result = standardise([
      [1, 5, 10],
      [2, 5, 20],
      [3, 5, 60],
    ]);
    expect(result.constantColumns).toEqual([1]);
    for (const column of [0, 2]) {
      const values = [0, 1, 2].map((row) => result.values[row * 3 + column] ?? 0);
      const mean = values.reduce((sum, value) => sum + value, 0) / 3;
      const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / 3;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
    // Column 0 is 1, 2, 3: population sd √(2/3), so the first value is −1/√(2/3) = −1.2247…
    expect(result.values[0]).toBeCloseTo(-Math.sqrt(3 / 2), 12);
    expect([0, 1, 2].map((row) => result.values[row * 3 + 1])).toEqual([0, 0, 0]);
  });
});

describe('balanced partitions', () => {
  it('counts them up to relabelling, as brute force does', () => {
    const distances = distanceMatrix(standardise(randomTable(7, 2, 3)));
    expect(countBalancedPartitions(7, 3)).toBe(bruteForce(distances, 7, 3).partitions);
    expect(countBalancedPartitions(8, 4)).toBe(
      bruteForce(distanceMatrix(standardise(randomTable(8, 2, 3))), 8, 4).partitions,
    );
    expect(countBalancedPartitions(16, 4)).toBe(2_627_625);
  });

  it('random balanced assignments have sizes differing by at most one and spread categories', () => {
    const random = seededRandom(9);
    const categories = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 1];
    for (let draw = 0; draw < 20; draw++) {
      const assignment = randomBalancedAssignment(11, 3, random, categories);
      const counts = [0, 1, 2].map((group) => assignment.filter((value) => value === group).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(categoriesEven(assignment, 3, categories)).toBe(true);
    }
  });
});

describe('exact anticlustering', () => {
  for (const [units, groups, seed] of [
    [8, 2, 1],
    [8, 4, 2],
    [7, 3, 3],
    [9, 2, 4],
    [10, 3, 5],
  ] as const) {
    it(`finds the brute-force optimum for ${units} units in ${groups} groups`, () => {
      const distances = distanceMatrix(standardise(randomTable(units, 3, seed)));
      const result = anticluster(distances, units, { groups, method: 'exact' });
      expect(result.exact).toBe(true);
      expect(result.objective).toBeCloseTo(bruteForce(distances, units, groups).best, 9);
      expect(diversity(distances, result.assignment)).toBeCloseTo(result.objective, 9);
      const sizes = sizesOf(result.groups);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(result.groups.flat().sort((a, b) => a - b)).toEqual([...Array(units).keys()]);
      // The search for more than 20 units (no mask table) agrees on the same input.
      expect(exactAnticluster(distances, units, groups).objective).toBeCloseTo(result.objective, 9);
    });
  }

  it('keeps a balance category even and still finds the constrained optimum', () => {
    const distances = distanceMatrix(standardise(randomTable(9, 3, 11)));
    const categories = [0, 0, 0, 0, 1, 1, 2, 2, 2];
    const result = anticluster(distances, 9, { groups: 3, method: 'exact', categories });
    expect(categoriesEven(result.assignment, 3, categories)).toBe(true);
    expect(result.objective).toBeCloseTo(bruteForce(distances, 9, 3, categories).best, 9);
    const scanned = exactAnticluster(distances, 9, 3, categories);
    expect(scanned.objective).toBeCloseTo(result.objective, 9);
    expect(categoriesEven(scanned.assignment, 3, categories)).toBe(true);
  });

  it('searches exactly beyond 20 units when the partitions are few (22 units in 2 groups)', () => {
    const distances = distanceMatrix(standardise(randomTable(22, 2, 13)));
    const result = anticluster(distances, 22, { groups: 2 });
    expect(result.method).toBe('exact-enumeration');
    expect(result.partitionsExamined).toBeLessThanOrEqual(countBalancedPartitions(22, 2));
    const heuristic = anticluster(distances, 22, { groups: 2, method: 'exchange', restarts: 20 });
    expect(result.objective).toBeGreaterThanOrEqual(heuristic.objective - 1e-9);
  });

  it('chooses the exact method by itself for the 16 regions in 4 groups', () => {
    const distances = distanceMatrix(
      standardise(regionSeeds.map((region) => indicators.map((key) => region[key]))),
    );
    const result = anticluster(distances, 16, { groups: 4 });
    expect(result.method).toBe('exact-enumeration');
    expect(sizesOf(result.groups)).toEqual([4, 4, 4, 4]);
    expect(result.objective).toBeCloseTo(70.2326, 3);
  });
});

describe('exchange method', () => {
  const distances = distanceMatrix(
    standardise(regionSeeds.map((region) => indicators.map((key) => region[key]))),
  );
  const exact = anticluster(distances, 16, { groups: 4, method: 'exact' });

  it('reaches the exact optimum of the 16 regions in most restarts', () => {
    const result = anticluster(distances, 16, { groups: 4, method: 'exchange', restarts: 100, seed: 5 });
    expect(result.objective).toBeCloseTo(exact.objective, 9);
    const hits = (result.restartObjectives ?? []).filter(
      (value) => Math.abs(value - exact.objective) < 1e-9,
    ).length;
    expect(hits).toBeGreaterThan(50);
  });

  it('never returns less than its best restart, and beats random splits on 300 units', () => {
    const big = distanceMatrix(standardise(randomTable(300, 5, 21)));
    const result = anticluster(big, 300, { groups: 7, seed: 3 });
    expect(result.method).toBe('exchange');
    expect(result.objective).toBe(Math.max(...(result.restartObjectives ?? [])));
    expect(diversity(big, result.assignment)).toBeCloseTo(result.objective, 6);
    const random = seededRandom(1);
    for (let draw = 0; draw < 10; draw++) {
      expect(result.objective).toBeGreaterThan(diversity(big, randomBalancedAssignment(300, 7, random)));
    }
    const sizes = sizesOf(result.groups);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives the same groups for the same seed', () => {
    const first = anticluster(distances, 16, { groups: 5, seed: 42 });
    const second = anticluster(distances, 16, { groups: 5, seed: 42 });
    expect(first.method).toBe('exchange');
    expect(second.groups).toEqual(first.groups);
  });
});
