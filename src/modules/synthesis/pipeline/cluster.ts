import type { Random } from './random.js';
import type { SparseMatrix } from './vectors.js';

/** Dense points, row-major, rows of unit length (cosine = dot product). */
export interface Points {
  data: Float64Array;
  rows: number;
  dimensions: number;
}

export interface Clustering {
  assignment: Int32Array;
  centroids: Float64Array;
  k: number;
  /** Σ weight · cos(point, its centroid): higher is tighter. */
  cohesion: number;
}

export interface SphericalOptions {
  k: number;
  random: Random;
  restarts?: number;
  maxIterations?: number;
  /** Per point weight (dots); 1 when absent. */
  weights?: Float64Array;
  /** Point → cluster fixed by staff: kept through every iteration. Clusters 0..seeds-1 start from these. */
  pinned?: Map<number, number>;
  /** Point → cluster used only to place the starting centroid (a theme staff renamed but did not pin). */
  seedMembers?: Map<number, number>;
  /** Starting centroids (k × dimensions), e.g. from a fit on a sample; skips seeding. */
  initialCentroids?: Float64Array;
}

/**
 * Spherical k-means (Dhillon & Modha 2001): cosine assignment, centroids renormalised, seeded by
 * k-means++ on cosine distance, best of several restarts. Pinned points keep their cluster and
 * seed it, which is how staff corrections survive a re-run.
 */
export function sphericalKMeans(points: Points, options: SphericalOptions): Clustering {
  const restarts = options.initialCentroids ? 1 : (options.restarts ?? 4);
  let best: Clustering | null = null;
  for (let attempt = 0; attempt < restarts; attempt += 1) {
    const result = sphericalOnce(points, options);
    if (!best || result.cohesion > best.cohesion) best = result;
  }
  return best as Clustering;
}

/**
 * For large inputs: fit on a sample (every pinned or seeding point plus a random draw), then
 * refine on all points from the sample's centroids with a few full passes. Same answer shape.
 */
export function sphericalKMeansLarge(
  points: Points,
  options: SphericalOptions,
  sampleSize = 5_000,
): Clustering {
  if (points.rows <= sampleSize) return sphericalKMeans(points, options);
  const { random } = options;
  const chosen = new Set<number>([...(options.pinned?.keys() ?? []), ...(options.seedMembers?.keys() ?? [])]);
  while (chosen.size < sampleSize) chosen.add(random.below(points.rows));
  const rows = [...chosen].sort((a, b) => a - b);
  const position = new Map(rows.map((row, index) => [row, index]));
  const data = new Float64Array(rows.length * points.dimensions);
  rows.forEach((row, index) => {
    data.set(
      points.data.subarray(row * points.dimensions, (row + 1) * points.dimensions),
      index * points.dimensions,
    );
  });
  const remap = (map?: Map<number, number>) =>
    map && new Map([...map].map(([row, cluster]) => [position.get(row) as number, cluster]));
  const sampleWeights =
    options.weights && Float64Array.from(rows, (row) => (options.weights as Float64Array)[row]);
  const fitted = sphericalKMeans(
    { data, rows: rows.length, dimensions: points.dimensions },
    {
      ...options,
      pinned: remap(options.pinned),
      seedMembers: remap(options.seedMembers),
      weights: sampleWeights,
    },
  );
  return sphericalKMeans(points, {
    ...options,
    k: fitted.k,
    initialCentroids: fitted.centroids,
    maxIterations: 6,
  });
}

function sphericalOnce(points: Points, options: SphericalOptions): Clustering {
  const { rows, dimensions, data } = points;
  const pinned = options.pinned ?? new Map<number, number>();
  // Never fewer clusters than the groups staff pinned ideas to, even with very few points.
  let highestPinned = -1;
  for (const cluster of pinned.values()) highestPinned = Math.max(highestPinned, cluster);
  const k = Math.max(Math.min(options.k, rows), highestPinned + 1);
  const weights = options.weights;
  const maxIterations = options.maxIterations ?? 40;
  const centroids = new Float64Array(k * dimensions);
  if (options.initialCentroids) centroids.set(options.initialCentroids.subarray(0, k * dimensions));
  const seeded = new Set<number>(
    options.initialCentroids ? Array.from({ length: k }, (_, cluster) => cluster) : [],
  );
  // Clusters named by staff start from the mean of their pinned ideas.
  for (const [point, cluster] of [...pinned, ...(options.seedMembers ?? new Map<number, number>())]) {
    if (cluster >= k) continue;
    seeded.add(cluster);
    for (let d = 0; d < dimensions; d += 1)
      centroids[cluster * dimensions + d] += data[point * dimensions + d];
  }
  for (const cluster of seeded) normalizeRow(centroids, cluster, dimensions);
  if (seeded.size < k) seedPlusPlus(points, centroids, k, seeded, options.random);

  const assignment = new Int32Array(rows).fill(-1);
  let cohesion = 0;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let changed = 0;
    cohesion = 0;
    for (let row = 0; row < rows; row += 1) {
      const fixed = pinned.get(row);
      let bestCluster = fixed ?? 0;
      let bestScore = fixed === undefined ? -Infinity : dot(data, row, centroids, fixed, dimensions);
      if (fixed === undefined) {
        for (let cluster = 0; cluster < k; cluster += 1) {
          const score = dot(data, row, centroids, cluster, dimensions);
          if (score > bestScore) {
            bestScore = score;
            bestCluster = cluster;
          }
        }
      }
      cohesion += (weights ? weights[row] : 1) * bestScore;
      if (assignment[row] !== bestCluster) {
        assignment[row] = bestCluster;
        changed += 1;
      }
    }
    recomputeCentroids(points, assignment, centroids, k, weights);
    reseedEmpty(points, assignment, centroids, k, pinned);
    // Converged when fewer than 1 in 1,000 points still move.
    if (changed <= Math.floor(rows / 1000)) break;
  }
  return { assignment, centroids, k, cohesion };
}

function seedPlusPlus(
  points: Points,
  centroids: Float64Array,
  k: number,
  seeded: Set<number>,
  random: Random,
) {
  const { rows, dimensions, data } = points;
  const distance = new Float64Array(rows).fill(Number.POSITIVE_INFINITY);
  const update = (cluster: number) => {
    for (let row = 0; row < rows; row += 1) {
      const value = Math.max(0, 1 - dot(data, row, centroids, cluster, dimensions));
      if (value < distance[row]) distance[row] = value;
    }
  };
  for (const cluster of seeded) update(cluster);
  for (let cluster = 0; cluster < k; cluster += 1) {
    if (seeded.has(cluster)) continue;
    let chosen = random.below(rows);
    if (seeded.size > 0 || cluster > 0) {
      let total = 0;
      for (let row = 0; row < rows; row += 1)
        total += Number.isFinite(distance[row]) ? distance[row] ** 2 : 0;
      if (total > 0) {
        let target = random.next() * total;
        for (let row = 0; row < rows; row += 1) {
          target -= distance[row] ** 2;
          if (target <= 0) {
            chosen = row;
            break;
          }
        }
      }
    }
    centroids.set(data.subarray(chosen * dimensions, (chosen + 1) * dimensions), cluster * dimensions);
    seeded.add(cluster);
    update(cluster);
  }
}

function recomputeCentroids(
  points: Points,
  assignment: Int32Array,
  centroids: Float64Array,
  k: number,
  weights?: Float64Array,
) {
  const { rows, dimensions, data } = points;
  centroids.fill(0);
  for (let row = 0; row < rows; row += 1) {
    const weight = weights ? weights[row] : 1;
    const base = assignment[row] * dimensions;
    for (let d = 0; d < dimensions; d += 1) centroids[base + d] += weight * data[row * dimensions + d];
  }
  for (let cluster = 0; cluster < k; cluster += 1) normalizeRow(centroids, cluster, dimensions);
}

/** An empty cluster takes the point farthest from its own centroid (not a pinned one). */
function reseedEmpty(
  points: Points,
  assignment: Int32Array,
  centroids: Float64Array,
  k: number,
  pinned: Map<number, number>,
) {
  const sizes = new Int32Array(k);
  for (const cluster of assignment) sizes[cluster] += 1;
  for (let cluster = 0; cluster < k; cluster += 1) {
    if (sizes[cluster] > 0) continue;
    let worst = -1;
    let worstScore = Number.POSITIVE_INFINITY;
    for (let row = 0; row < points.rows; row += 1) {
      if (pinned.has(row) || sizes[assignment[row]] <= 1) continue;
      const score = dot(points.data, row, centroids, assignment[row], points.dimensions);
      if (score < worstScore) {
        worstScore = score;
        worst = row;
      }
    }
    if (worst < 0) continue;
    sizes[assignment[worst]] -= 1;
    assignment[worst] = cluster;
    sizes[cluster] = 1;
    centroids.set(
      points.data.subarray(worst * points.dimensions, (worst + 1) * points.dimensions),
      cluster * points.dimensions,
    );
  }
}

export function dot(
  a: Float64Array,
  rowA: number,
  b: Float64Array,
  rowB: number,
  dimensions: number,
): number {
  let sum = 0;
  const baseA = rowA * dimensions;
  const baseB = rowB * dimensions;
  for (let d = 0; d < dimensions; d += 1) sum += a[baseA + d] * b[baseB + d];
  return sum;
}

function normalizeRow(data: Float64Array, row: number, dimensions: number) {
  let norm = 0;
  for (let d = 0; d < dimensions; d += 1) norm += data[row * dimensions + d] ** 2;
  if (norm === 0) return;
  const scale = 1 / Math.sqrt(norm);
  for (let d = 0; d < dimensions; d += 1) data[row * dimensions + d] *= scale;
}

/**
 * Mean silhouette (cosine distance) over the given sample of points, using only the sample to
 * measure distances so that it stays O(sample²).
 */
export function silhouette(points: Points, assignment: Int32Array, sample: number[], k: number): number {
  const { data, dimensions } = points;
  let total = 0;
  let counted = 0;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  for (const row of sample) {
    sums.fill(0);
    counts.fill(0);
    for (const other of sample) {
      if (other === row) continue;
      const cluster = assignment[other];
      sums[cluster] += 1 - dot(data, row, data, other, dimensions);
      counts[cluster] += 1;
    }
    const own = assignment[row];
    if (counts[own] === 0) continue;
    const inside = sums[own] / counts[own];
    let nearest = Number.POSITIVE_INFINITY;
    for (let cluster = 0; cluster < k; cluster += 1) {
      if (cluster !== own && counts[cluster] > 0)
        nearest = Math.min(nearest, sums[cluster] / counts[cluster]);
    }
    if (!Number.isFinite(nearest)) continue;
    const spread = Math.max(inside, nearest);
    total += spread > 0 ? (nearest - inside) / spread : 0;
    counted += 1;
  }
  return counted ? total / counted : 0;
}

/**
 * The classic baseline: Lloyd's k-means (Euclidean) on the sparse TF-IDF rows, k random documents
 * as initial centroids, one run. Used only by the evaluation, to compare against.
 */
export function lloydBaseline(
  matrix: SparseMatrix,
  k: number,
  random: Random,
  maxIterations = 100,
): Int32Array {
  const { rows, columns } = matrix;
  const centroids = new Float64Array(k * columns);
  const picked = new Set<number>();
  while (picked.size < Math.min(k, rows)) picked.add(random.below(rows));
  [...picked].forEach((row, cluster) => {
    for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1) {
      centroids[cluster * columns + matrix.columnIndex[index]] = matrix.values[index];
    }
  });
  const assignment = new Int32Array(rows).fill(-1);
  const centroidNorms = new Float64Array(k);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    for (let cluster = 0; cluster < k; cluster += 1) {
      let norm = 0;
      for (let column = 0; column < columns; column += 1) norm += centroids[cluster * columns + column] ** 2;
      centroidNorms[cluster] = norm;
    }
    let changed = 0;
    for (let row = 0; row < rows; row += 1) {
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (let cluster = 0; cluster < k; cluster += 1) {
        let product = 0;
        for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1) {
          product += matrix.values[index] * centroids[cluster * columns + matrix.columnIndex[index]];
        }
        // ‖x − c‖² without the constant ‖x‖².
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
    centroids.fill(0);
    for (let row = 0; row < rows; row += 1) {
      const cluster = assignment[row];
      sizes[cluster] += 1;
      for (let index = matrix.rowStart[row]; index < matrix.rowStart[row + 1]; index += 1) {
        centroids[cluster * columns + matrix.columnIndex[index]] += matrix.values[index];
      }
    }
    for (let cluster = 0; cluster < k; cluster += 1) {
      if (sizes[cluster] === 0) continue; // an empty cluster keeps a zero centroid, as plain Lloyd does
      for (let column = 0; column < columns; column += 1)
        centroids[cluster * columns + column] /= sizes[cluster];
    }
  }
  return assignment;
}
