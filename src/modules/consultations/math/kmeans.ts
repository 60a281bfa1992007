/**
 * k-means on points of the plane (x, y interleaved), optionally weighted. Starts from the first k
 * distinct points (or from given centres, so a recomputation continues from the last one) and
 * runs Lloyd's steps until no point changes cluster. Empty clusters are dropped.
 */
export interface Clustering {
  /** Centres, x, y interleaved. */
  centres: Float64Array;
  /** Cluster of each point. */
  labels: Int32Array;
  /** Summed weight of each cluster. */
  weights: Float64Array;
  k: number;
}

export interface KMeansOptions {
  weights?: ArrayLike<number>;
  start?: Float64Array;
  maxIterations?: number;
}

export function firstDistinctCentres(points: Float64Array, k: number): Float64Array {
  const count = points.length / 2;
  const chosen: number[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count && chosen.length < k * 2; index += 1) {
    const x = points[index * 2];
    const y = points[index * 2 + 1];
    const key = `${x},${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(x, y);
  }
  return Float64Array.from(chosen);
}

export function kMeans(points: Float64Array, k: number, options: KMeansOptions = {}): Clustering {
  const count = points.length / 2;
  const weights = options.weights;
  let centres = options.start ? Float64Array.from(options.start) : firstDistinctCentres(points, k);
  let clusters = centres.length / 2;
  const labels = new Int32Array(count).fill(-1);
  const maxIterations = options.maxIterations ?? 100;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let changed = 0;
    for (let index = 0; index < count; index += 1) {
      const x = points[index * 2];
      const y = points[index * 2 + 1];
      let label = 0;
      let closest = Number.POSITIVE_INFINITY;
      for (let cluster = 0; cluster < clusters; cluster += 1) {
        const dx = x - centres[cluster * 2];
        const dy = y - centres[cluster * 2 + 1];
        const distance = dx * dx + dy * dy;
        if (distance < closest) {
          closest = distance;
          label = cluster;
        }
      }
      if (label !== labels[index]) {
        labels[index] = label;
        changed += 1;
      }
    }
    const sums = new Float64Array(clusters * 2);
    const mass = new Float64Array(clusters);
    for (let index = 0; index < count; index += 1) {
      const weight = weights ? weights[index] : 1;
      const label = labels[index];
      sums[label * 2] += weight * points[index * 2];
      sums[label * 2 + 1] += weight * points[index * 2 + 1];
      mass[label] += weight;
    }
    let kept = 0;
    const renumber = new Int32Array(clusters).fill(-1);
    const next = new Float64Array(clusters * 2);
    for (let cluster = 0; cluster < clusters; cluster += 1) {
      if (mass[cluster] <= 0) continue;
      renumber[cluster] = kept;
      next[kept * 2] = sums[cluster * 2] / mass[cluster];
      next[kept * 2 + 1] = sums[cluster * 2 + 1] / mass[cluster];
      kept += 1;
    }
    if (kept !== clusters)
      for (let index = 0; index < count; index += 1) labels[index] = renumber[labels[index]];
    centres = next.slice(0, kept * 2);
    clusters = kept;
    if (changed === 0 && iteration > 0) break;
  }
  const mass = new Float64Array(clusters);
  for (let index = 0; index < count; index += 1) mass[labels[index]] += weights ? weights[index] : 1;
  return { centres, labels, weights: mass, k: clusters };
}

/** Weighted sum of squared distances from each point to its centre: k-means' objective. */
export function withinSquares(
  points: Float64Array,
  clustering: Clustering,
  weights?: ArrayLike<number>,
): number {
  let total = 0;
  for (let index = 0; index < clustering.labels.length; index += 1) {
    const label = clustering.labels[index];
    const dx = points[index * 2] - clustering.centres[label * 2];
    const dy = points[index * 2 + 1] - clustering.centres[label * 2 + 1];
    total += (weights ? weights[index] : 1) * (dx * dx + dy * dy);
  }
  return total;
}

/**
 * k-means++ starting centres (weighted, seeded): each next centre drawn with probability
 * proportional to weight × squared distance to the nearest centre chosen so far.
 */
export function spreadCentres(
  points: Float64Array,
  k: number,
  random: () => number,
  weights?: ArrayLike<number>,
): Float64Array {
  const count = points.length / 2;
  const centres: number[] = [];
  const distance = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  let pick = 0;
  let mass = 0;
  for (let index = 0; index < count; index += 1) mass += weights ? weights[index] : 1;
  let target = random() * mass;
  for (let index = 0; index < count; index += 1) {
    target -= weights ? weights[index] : 1;
    if (target < 0) {
      pick = index;
      break;
    }
  }
  while (centres.length < k * 2) {
    centres.push(points[pick * 2], points[pick * 2 + 1]);
    let total = 0;
    for (let index = 0; index < count; index += 1) {
      const dx = points[index * 2] - points[pick * 2];
      const dy = points[index * 2 + 1] - points[pick * 2 + 1];
      distance[index] = Math.min(distance[index], dx * dx + dy * dy);
      total += (weights ? weights[index] : 1) * distance[index];
    }
    if (!(total > 0)) break;
    target = random() * total;
    for (let index = 0; index < count; index += 1) {
      target -= (weights ? weights[index] : 1) * distance[index];
      if (target < 0) {
        pick = index;
        break;
      }
    }
  }
  return Float64Array.from(centres);
}

/**
 * Weighted silhouette of a partition of weighted points: for each point, a = weighted mean
 * distance to the rest of its own cluster, b = the smallest weighted mean distance to another
 * cluster, s = (b − a) / max(a, b) (0 for a point alone in its cluster); the result is the
 * weight-averaged s. Used on the ≤ 100 base centres, so the quadratic cost does not matter.
 */
export function silhouette(
  points: Float64Array,
  labels: Int32Array,
  k: number,
  weights?: ArrayLike<number>,
): number {
  const count = points.length / 2;
  if (k < 2) return 0;
  let total = 0;
  let mass = 0;
  const sums = new Float64Array(k);
  const clusterMass = new Float64Array(k);
  for (let index = 0; index < count; index += 1) clusterMass[labels[index]] += weights ? weights[index] : 1;
  for (let index = 0; index < count; index += 1) {
    const weight = weights ? weights[index] : 1;
    sums.fill(0);
    for (let other = 0; other < count; other += 1) {
      if (other === index) continue;
      const distance = Math.hypot(
        points[index * 2] - points[other * 2],
        points[index * 2 + 1] - points[other * 2 + 1],
      );
      sums[labels[other]] += distance * (weights ? weights[other] : 1);
    }
    const own = labels[index];
    // A weighted point stands for several people at one place; for one of them, the others at
    // that place count at distance 0 in their cluster's mean.
    const ownMass = clusterMass[own] - 1;
    let score = 0;
    if (ownMass > 0) {
      const a = sums[own] / ownMass;
      let b = Number.POSITIVE_INFINITY;
      for (let cluster = 0; cluster < k; cluster += 1) {
        if (cluster === own || clusterMass[cluster] <= 0) continue;
        b = Math.min(b, sums[cluster] / clusterMass[cluster]);
      }
      const larger = Math.max(a, b);
      score = larger > 0 && Number.isFinite(b) ? (b - a) / larger : 0;
    }
    total += weight * score;
    mass += weight;
  }
  return mass > 0 ? total / mass : 0;
}
