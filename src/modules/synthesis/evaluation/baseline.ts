import type { Random } from '../pipeline/random.js';
import type { SparseMatrix } from '../pipeline/vectors.js';

/**
 * The field's plain baseline, written to behave as scikit-learn's defaults do: TfidfVectorizer()
 * (lower case, tokens of two or more word characters, no stop words, no stemming, raw term
 * frequency, smooth idf, l2 rows) and KMeans(k) (greedy k-means++ with 2 + ln k local trials, one
 * initialisation, Lloyd's iterations to convergence). Used only by the evaluation.
 */
export function plainTfIdf(texts: string[]): SparseMatrix {
  const documents = texts.map((text) => text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []);
  const n = documents.length;
  const frequency = new Map<string, number>();
  for (const tokens of documents)
    for (const token of new Set(tokens)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const terms = [...frequency.keys()].sort();
  const columnOf = new Map(terms.map((term, index) => [term, index]));
  const idf = terms.map((term) => Math.log((1 + n) / (1 + (frequency.get(term) ?? 0))) + 1);
  const rowStart = new Int32Array(n + 1);
  const columns: number[] = [];
  const values: number[] = [];
  documents.forEach((tokens, row) => {
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const column = columnOf.get(token) as number;
      counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    const start = values.length;
    let norm = 0;
    for (const column of [...counts.keys()].sort((a, b) => a - b)) {
      const weight = (counts.get(column) ?? 0) * idf[column];
      columns.push(column);
      values.push(weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let index = start; index < values.length; index += 1) values[index] /= norm;
    rowStart[row + 1] = values.length;
  });
  return {
    rows: n,
    columns: terms.length,
    rowStart,
    columnIndex: Int32Array.from(columns),
    values: Float64Array.from(values),
  };
}

function squaredNorm(matrix: SparseMatrix, row: number): number {
  let sum = 0;
  for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1)
    sum += matrix.values[index] ** 2;
  return sum;
}

/** ‖x_row − c‖² for every row against one dense centre. */
function distancesTo(matrix: SparseMatrix, centre: Float64Array, norms: Float64Array): Float64Array {
  let centreNorm = 0;
  for (const value of centre) centreNorm += value * value;
  const result = new Float64Array(matrix.rows);
  for (let row = 0; row < matrix.rows; row += 1) {
    let product = 0;
    for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1)
      product += matrix.values[index] * centre[matrix.columnIndex[index]];
    result[row] = Math.max(0, norms[row] + centreNorm - 2 * product);
  }
  return result;
}

function denseRow(matrix: SparseMatrix, row: number): Float64Array {
  const vector = new Float64Array(matrix.columns);
  for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1)
    vector[matrix.columnIndex[index]] = matrix.values[index];
  return vector;
}

function pickByWeight(weights: Float64Array, total: number, random: Random): number {
  let target = random.next() * total;
  for (let row = 0; row < weights.length; row += 1) {
    target -= weights[row];
    if (target <= 0) return row;
  }
  return weights.length - 1;
}

export function plainKMeans(
  matrix: SparseMatrix,
  k: number,
  random: Random,
  maxIterations = 300,
): Int32Array {
  const { rows, columns } = matrix;
  const norms = new Float64Array(rows);
  for (let row = 0; row < rows; row += 1) norms[row] = squaredNorm(matrix, row);
  // Greedy k-means++.
  const trials = 2 + Math.floor(Math.log(k));
  const centres: Float64Array[] = [denseRow(matrix, random.below(rows))];
  let closest = distancesTo(matrix, centres[0], norms);
  while (centres.length < Math.min(k, rows)) {
    const total = closest.reduce((sum, value) => sum + value, 0);
    let bestPotential = Number.POSITIVE_INFINITY;
    let bestCentre: Float64Array | null = null;
    let bestDistances: Float64Array | null = null;
    for (let trial = 0; trial < trials; trial += 1) {
      const candidate = denseRow(
        matrix,
        total > 0 ? pickByWeight(closest, total, random) : random.below(rows),
      );
      const distances = distancesTo(matrix, candidate, norms);
      let potential = 0;
      for (let row = 0; row < rows; row += 1) {
        distances[row] = Math.min(distances[row], closest[row]);
        potential += distances[row];
      }
      if (potential < bestPotential) {
        bestPotential = potential;
        bestCentre = candidate;
        bestDistances = distances;
      }
    }
    centres.push(bestCentre as Float64Array);
    closest = bestDistances as Float64Array;
  }
  const assignment = new Int32Array(rows).fill(-1);
  const centroid = new Float64Array(k * columns);
  centres.forEach((centre, cluster) => {
    centroid.set(centre, cluster * columns);
  });
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    const centroidNorms = new Float64Array(k);
    for (let cluster = 0; cluster < k; cluster += 1)
      for (let column = 0; column < columns; column += 1)
        centroidNorms[cluster] += centroid[cluster * columns + column] ** 2;
    let changed = 0;
    for (let row = 0; row < rows; row += 1) {
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let cluster = 0; cluster < k; cluster += 1) {
        let product = 0;
        for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1)
          product += matrix.values[index] * centroid[cluster * columns + matrix.columnIndex[index]];
        const distance = centroidNorms[cluster] - 2 * product;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = cluster;
        }
      }
      if (assignment[row] !== best) {
        assignment[row] = best;
        changed += 1;
      }
    }
    if (changed === 0) break;
    const sizes = new Int32Array(k);
    const next = new Float64Array(k * columns);
    for (let row = 0; row < rows; row += 1) {
      const cluster = assignment[row];
      sizes[cluster] += 1;
      for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1)
        next[cluster * columns + matrix.columnIndex[index]] += matrix.values[index];
    }
    for (let cluster = 0; cluster < k; cluster += 1) {
      if (sizes[cluster] === 0) {
        // scikit-learn moves an empty cluster's centre to a far point; its old centre is kept here.
        for (let column = 0; column < columns; column += 1)
          next[cluster * columns + column] = centroid[cluster * columns + column];
        continue;
      }
      for (let column = 0; column < columns; column += 1) next[cluster * columns + column] /= sizes[cluster];
    }
    centroid.set(next);
  }
  return assignment;
}
