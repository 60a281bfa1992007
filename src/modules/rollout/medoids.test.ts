import { describe, expect, it } from 'vitest';
import { regionSeeds } from '../regions/seed.js';
import { distanceMatrix, seededRandom, standardise } from './matrix.js';
import { kMedoids } from './medoids.js';
import { jacobi, principalComponents } from './pca.js';

const table = (rows: number, columns: number, seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => random() * 10));
};

describe('k-medoids', () => {
  it('finds two obvious clusters and their centres', () => {
    const points = [
      [0, 0],
      [0.1, 0],
      [0, 0.1],
      [-0.1, 0],
      [10, 10],
      [10.1, 10],
      [10, 10.1],
      [9.9, 10],
    ];
    const distances = distanceMatrix({ values: Float64Array.from(points.flat()), rows: 8, columns: 2 });
    const result = kMedoids(distances, 8, 2);
    expect(result.exact).toBe(true);
    expect(result.medoids).toEqual([0, 4]);
    expect(result.nearest).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('PAM reaches the exhaustive optimum on small random data', () => {
    for (const seed of [1, 2, 3]) {
      const distances = distanceMatrix(standardise(table(14, 3, seed)));
      const exact = kMedoids(distances, 14, 3);
      const heuristic = kMedoids(distances, 14, 3, 0);
      expect(heuristic.exact).toBe(false);
      expect(heuristic.cost).toBeGreaterThanOrEqual(exact.cost - 1e-9);
      expect(heuristic.cost).toBeLessThan(exact.cost * 1.05);
    }
  });

  it('suggests pilots among the 16 regions exactly, each region represented by its nearest pilot', () => {
    const keys = ['population_2024', 'rural_share_2024', 'participation_rate_2024'] as const;
    const distances = distanceMatrix(
      standardise(regionSeeds.map((region) => keys.map((key) => region[key]))),
    );
    const result = kMedoids(distances, 16, 3);
    expect(result.exact).toBe(true);
    expect(result.medoids).toHaveLength(3);
    for (const [index, medoid] of result.medoids.entries()) expect(result.nearest[medoid]).toBe(index);
  });
});

describe('principal components', () => {
  it('diagonalises a symmetric matrix', () => {
    const { eigenvalues } = jacobi([
      [2, 1],
      [1, 2],
    ]);
    expect(eigenvalues.sort()).toEqual([expect.closeTo(1, 10), expect.closeTo(3, 10)]);
  });

  it('puts perfectly correlated columns on the first component', () => {
    const data = standardise([
      [1, 2, 5],
      [2, 4, 1],
      [3, 6, 4],
      [4, 8, 2],
    ]);
    const projection = principalComponents(data);
    expect(projection.explained[0] + projection.explained[1]).toBeCloseTo(1, 9);
    expect(projection.explained[0]).toBeGreaterThan(0.6);
    expect(Math.abs(projection.loadings[0][0] ?? 0)).toBeCloseTo(Math.abs(projection.loadings[0][1] ?? 0), 9);
  });
});
