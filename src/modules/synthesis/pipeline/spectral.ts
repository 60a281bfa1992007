import { type Clustering, type Points, type SphericalOptions, sphericalKMeans } from './cluster.js';
import { truncatedSvd } from './reduce.js';
import type { SparseMatrix } from './vectors.js';

/**
 * Spectral clustering on the ideas' nearest-neighbour graph (Ng, Jordan & Weiss 2002; von Luxburg
 * 2007): each idea is linked to its m most similar ideas in the LSA space (cosine, m = 2 ln n),
 * the links made symmetric, the graph's normalised affinity D^-½ W D^-½ reduced to its k leading
 * eigenvectors (the randomized SVD that LSA uses), and those rows clustered by spherical k-means.
 * Ideas that share few words with one another but many neighbours end up together, which is what
 * short comments need. Above `sampleSize` ideas (3,000) the graph is built on a sample; every idea is then
 * placed from the sample's themes by spherical k-means in the LSA space.
 */
export function neighbourCount(n: number): number {
  return Math.max(3, Math.min(n - 1, Math.round(2 * Math.log(n))));
}

/** Below this many ideas the plain spherical k-means is kept: the graph has too little to say. */
export const spectralMinimum = 30;

/** The symmetric normalised affinity of the m-nearest-neighbour graph, sparse. */
export function neighbourAffinity(points: Points, neighbours: number): SparseMatrix {
  const { rows: n, dimensions, data } = points;
  const links: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  const nearest = new Int32Array(neighbours);
  const nearestSimilarity = new Float64Array(neighbours);
  for (let row = 0; row < n; row += 1) {
    // The m most similar ideas, kept in order by insertion (m is small).
    let found = 0;
    for (let other = 0; other < n; other += 1) {
      if (other === row) continue;
      let product = 0;
      for (let d = 0; d < dimensions; d += 1)
        product += data[row * dimensions + d] * data[other * dimensions + d];
      if (found === neighbours && product <= nearestSimilarity[neighbours - 1]) continue;
      let place = found === neighbours ? neighbours - 1 : found++;
      while (place > 0 && nearestSimilarity[place - 1] < product) {
        nearestSimilarity[place] = nearestSimilarity[place - 1];
        nearest[place] = nearest[place - 1];
        place -= 1;
      }
      nearestSimilarity[place] = product;
      nearest[place] = other;
    }
    for (let index = 0; index < found; index += 1) {
      const other = nearest[index];
      const weight = Math.max(nearestSimilarity[index], 1e-6);
      links[row].set(other, Math.max(links[row].get(other) ?? 0, weight));
      links[other].set(row, Math.max(links[other].get(row) ?? 0, weight));
    }
  }
  const degree = links.map((row) => {
    let sum = 0;
    for (const weight of row.values()) sum += weight;
    return sum;
  });
  const rowStart = new Int32Array(n + 1);
  const columnIndex: number[] = [];
  const values: number[] = [];
  for (let row = 0; row < n; row += 1) {
    for (const [other, weight] of [...links[row]].sort((a, b) => a[0] - b[0])) {
      columnIndex.push(other);
      values.push(weight / Math.sqrt(degree[row] * degree[other]));
    }
    rowStart[row + 1] = columnIndex.length;
  }
  return {
    rows: n,
    columns: n,
    rowStart,
    columnIndex: Int32Array.from(columnIndex),
    values: Float64Array.from(values),
  };
}

function spectralOn(points: Points, options: SphericalOptions): Clustering {
  const affinity = neighbourAffinity(points, neighbourCount(points.rows));
  const embedding = truncatedSvd(affinity, Math.max(options.k, 2), options.random, { powerIterations: 4 });
  return sphericalKMeans(
    { data: embedding.data, rows: points.rows, dimensions: embedding.dimensions },
    options,
  );
}

/** Mean direction of each cluster's points in `points` (weighted), rows of unit length. */
function centroidsOf(
  points: Points,
  assignment: Int32Array,
  k: number,
  weights?: Float64Array,
): Float64Array {
  const { dimensions, data } = points;
  const centroids = new Float64Array(k * dimensions);
  for (let row = 0; row < points.rows; row += 1) {
    const weight = weights ? weights[row] : 1;
    const base = assignment[row] * dimensions;
    for (let d = 0; d < dimensions; d += 1) centroids[base + d] += weight * data[row * dimensions + d];
  }
  for (let cluster = 0; cluster < k; cluster += 1) {
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += centroids[cluster * dimensions + d] ** 2;
    if (norm > 0)
      for (let d = 0; d < dimensions; d += 1) centroids[cluster * dimensions + d] /= Math.sqrt(norm);
  }
  return centroids;
}

/** Themes by spectral clustering; same options and answer as sphericalKMeansLarge. */
export function spectralThemes(points: Points, options: SphericalOptions, sampleSize = 3_000): Clustering {
  if (points.rows < spectralMinimum) return sphericalKMeans(points, options);
  if (points.rows <= sampleSize) {
    const clustering = spectralOn(points, options);
    // Centroids in the LSA space, like every other clustering's.
    return {
      ...clustering,
      centroids: centroidsOf(points, clustering.assignment, clustering.k, options.weights),
    };
  }
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
  const sample: Points = { data, rows: rows.length, dimensions: points.dimensions };
  const fitted = spectralOn(sample, {
    ...options,
    pinned: remap(options.pinned),
    seedMembers: remap(options.seedMembers),
    weights: sampleWeights,
  });
  return sphericalKMeans(points, {
    ...options,
    k: fitted.k,
    initialCentroids: centroidsOf(sample, fitted.assignment, fitted.k, sampleWeights),
    maxIterations: 6,
  });
}
