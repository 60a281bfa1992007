// Numeric helpers shared by the rollout algorithms: standardisation, distances and a seeded
// random generator, so every result can be reproduced from its seed.

import { mulberry32 } from '../../platform/random.js';

export interface Standardised {
  /** Row-major values, `rows × columns`, each column with mean 0 and population variance 1. */
  values: Float64Array;
  rows: number;
  columns: number;
  means: number[];
  /** Population standard deviations (divided by n, not n − 1); 0 for a constant column. */
  deviations: number[];
  /** Columns that are constant: standardised to 0 everywhere, so they do not count in distances. */
  constantColumns: number[];
}

/**
 * Standardises each column to mean 0 and population variance 1 (the variance divides by n: the
 * units are the whole population, e.g. all 16 regions, not a sample). A constant column cannot be
 * scaled; it becomes 0 for every unit, adding nothing to any distance.
 */
export function standardise(table: number[][]): Standardised {
  const rows = table.length;
  const columns = rows ? (table[0]?.length ?? 0) : 0;
  const values = new Float64Array(rows * columns);
  const means: number[] = [];
  const deviations: number[] = [];
  const constantColumns: number[] = [];
  for (let column = 0; column < columns; column++) {
    let sum = 0;
    for (let row = 0; row < rows; row++) sum += table[row]?.[column] ?? 0;
    const mean = rows ? sum / rows : 0;
    let squares = 0;
    for (let row = 0; row < rows; row++) squares += ((table[row]?.[column] ?? 0) - mean) ** 2;
    const deviation = rows ? Math.sqrt(squares / rows) : 0;
    // Relative tolerance: a column equal up to rounding noise is constant.
    const constant = deviation <= 1e-12 * Math.max(1, Math.abs(mean));
    means.push(mean);
    deviations.push(constant ? 0 : deviation);
    if (constant) constantColumns.push(column);
    for (let row = 0; row < rows; row++) {
      values[row * columns + column] = constant ? 0 : ((table[row]?.[column] ?? 0) - mean) / deviation;
    }
  }
  return { values, rows, columns, means, deviations, constantColumns };
}

/** The full Euclidean distance matrix (row-major, n × n) of standardised rows. */
export function distanceMatrix(data: Pick<Standardised, 'values' | 'rows' | 'columns'>): Float64Array {
  const { values, rows, columns } = data;
  const distances = new Float64Array(rows * rows);
  for (let i = 0; i < rows; i++) {
    for (let j = i + 1; j < rows; j++) {
      let squares = 0;
      for (let c = 0; c < columns; c++) {
        const difference = (values[i * columns + c] ?? 0) - (values[j * columns + c] ?? 0);
        squares += difference * difference;
      }
      const distance = Math.sqrt(squares);
      distances[i * rows + j] = distance;
      distances[j * rows + i] = distance;
    }
  }
  return distances;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = items[i] as T;
    items[i] = items[j] as T;
    items[j] = held;
  }
  return items;
}
