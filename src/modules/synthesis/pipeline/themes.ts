import { type Points, silhouette, sphericalKMeans } from './cluster.js';
import { distinctiveTerms, labelFrom } from './labels.js';
import { describeThemes, type ThemePhrase } from './phrases.js';
import { seededRandom } from './random.js';
import { truncatedSvd } from './reduce.js';
import { spectralThemes } from './spectral.js';
import { stemsOf } from './text.js';
import { tfIdf } from './vectors.js';

export interface IdeaInput {
  id: string;
  text: string;
  dots?: number;
}

export interface DiscoveredTheme {
  /** A phrase from the ideas ("Transporte público y buses nocturnos"). */
  label: string;
  keywords: string[];
  /** Why these ideas are together: the phrases they share, with how many ideas say each. */
  phrases: ThemePhrase[];
  /** Indexes into the input ideas of the 3–5 that best represent the theme. */
  representatives: number[];
  /** Indexes into the input ideas. */
  members: number[];
  dots: number;
}

export interface ThemeOptions {
  /** Number of themes; chosen automatically when absent. */
  k?: number;
  seed?: number;
  /** Idea index → group; groups 0..seedGroups-1 are kept (staff-named) and start from their ideas. */
  pinned?: Map<number, number>;
  /** Idea index → group, only to place a kept group's starting centroid (not fixed). */
  seedMembers?: Map<number, number>;
  /** How many kept groups come first; they count towards k. */
  seedGroups?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Dimensions kept by LSA instead of the size-based default (for experiments). */
  rank?: number;
}

export interface ThemeResult {
  themes: DiscoveredTheme[];
  /** Theme of each idea (index into themes, before any sorting by the caller). */
  assignment: Int32Array;
  k: number;
  /** How k was chosen, in Spanish, for the person reading stderr or the screen. */
  kChoice: string;
  /** Silhouette of each candidate k when k was chosen automatically. */
  kScores: Array<{ k: number; silhouette: number }>;
}

/**
 * Dimensions kept by LSA: 2√n (a few dozen for a dialogue's ideas, 100 from 2,500 ideas on), so a
 * small set is not described by as many dimensions as it has ideas; fewer on very large inputs to
 * bound time.
 */
export function reductionRank(n: number): number {
  if (n > 30_000) return 60;
  return Math.min(100, Math.max(10, Math.round(2 * Math.sqrt(n))));
}

/**
 * Ideas to themes: Spanish stems → TF-IDF (sublinear tf, l2) → LSA by randomized SVD →
 * spectral clustering of the nearest-neighbour graph (spectral.ts; spherical k-means with
 * k-means++ and restarts, weighted by dots) → c-TF-IDF labels. Same seed, same result.
 */
export function discoverThemes(ideas: IdeaInput[], options: ThemeOptions = {}): ThemeResult {
  const n = ideas.length;
  if (n === 0) return { themes: [], assignment: new Int32Array(0), k: 0, kChoice: 'sin ideas', kScores: [] };
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const progress = options.onProgress ?? (() => {});
  const surfaces = new Map<string, Map<string, number>>();
  const documents: string[][] = [];
  for (let index = 0; index < n; index += 1) {
    documents.push(stemsOf(ideas[index].text, surfaces));
    if (index % 5000 === 0) progress('texto', index, n);
  }
  progress('texto', n, n);
  const weighted = tfIdf(documents);
  progress('reducción', 0, 1);
  const embedding = truncatedSvd(weighted.matrix, options.rank ?? reductionRank(n), random, {
    powerIterations: n > 5_000 ? 1 : 2,
  });
  progress('reducción', 1, 1);
  const points: Points = { data: embedding.data, rows: n, dimensions: embedding.dimensions };
  // Dots count, but gently: one idea with 40 dots should pull its theme, not own it.
  const weights = new Float64Array(n);
  for (let index = 0; index < n; index += 1)
    weights[index] = 1 + Math.log1p(Math.max(0, ideas[index].dots ?? 0));

  const seedGroups = options.seedGroups ?? 0;
  let k: number;
  let kChoice: string;
  let kScores: Array<{ k: number; silhouette: number }> = [];
  if (options.k !== undefined) {
    k = Math.min(options.k, n);
    kChoice = `k = ${k}, indicado`;
  } else {
    ({ k, kChoice, kScores } = chooseK(points, weights, seed, seedGroups, progress));
  }
  k = Math.max(k, seedGroups, 1);
  progress('agrupación', 0, 1);
  const clustering = spectralThemes(points, {
    k,
    random,
    restarts: n > 5_000 ? 3 : 4,
    weights,
    pinned: options.pinned,
    seedMembers: options.seedMembers,
  });
  progress('agrupación', 1, 1);
  const keywords = distinctiveTerms(
    weighted.counts,
    weighted.terms,
    clustering.assignment,
    clustering.k,
    surfaces,
  );
  const descriptions = describeThemes(
    ideas.map((idea) => idea.text),
    clustering.assignment,
    clustering.k,
    points,
    ideas.map((idea) => idea.dots ?? 0),
  );
  const themes: DiscoveredTheme[] = keywords.map((words, theme) => ({
    label: descriptions[theme]?.label ?? labelFrom(words),
    keywords: words,
    phrases: descriptions[theme]?.phrases ?? [],
    representatives: descriptions[theme]?.representatives ?? [],
    members: [],
    dots: 0,
  }));
  for (let index = 0; index < n; index += 1) {
    const theme = themes[clustering.assignment[index]];
    theme.members.push(index);
    theme.dots += Math.max(0, ideas[index].dots ?? 0);
  }
  return { themes, assignment: clustering.assignment, k: clustering.k, kChoice, kScores };
}

/**
 * Automatic k: the candidate with the best mean silhouette (cosine) on a fixed sample, each
 * candidate clustered on at most 1,500 ideas. Ties within 0.005 go to the larger k, since people
 * split too-broad themes less easily than they merge near ones.
 */
function chooseK(
  points: Points,
  weights: Float64Array,
  seed: number,
  minimum: number,
  progress: (stage: string, done: number, total: number) => void,
): { k: number; kChoice: string; kScores: Array<{ k: number; silhouette: number }> } {
  const n = points.rows;
  if (n <= 2) return { k: n, kChoice: `k = ${n}: muy pocas ideas para elegir`, kScores: [] };
  const random = seededRandom(seed + 7919);
  const subsetSize = Math.min(n, 1500);
  const subset = sampleIndexes(n, subsetSize, random);
  const subPoints: Points = {
    data: new Float64Array(subsetSize * points.dimensions),
    rows: subsetSize,
    dimensions: points.dimensions,
  };
  const subWeights = new Float64Array(subsetSize);
  subset.forEach((row, index) => {
    subPoints.data.set(
      points.data.subarray(row * points.dimensions, (row + 1) * points.dimensions),
      index * points.dimensions,
    );
    subWeights[index] = weights[row];
  });
  const sample = sampleIndexes(subsetSize, Math.min(subsetSize, 500), random);
  const upper = Math.max(2, Math.min(40, subsetSize - 1, Math.round(Math.sqrt(n)) + 2));
  const lower = Math.max(2, minimum);
  // Every k up to 10, then steps of about 15 %: k = 30 and k = 31 differ less than k = 3 and 4.
  const candidates: number[] = [];
  for (let k = lower; k <= upper; k = k < 10 ? k + 1 : Math.max(k + 1, Math.round(k * 1.15)))
    candidates.push(k);
  if (candidates.length === 0) candidates.push(lower);
  let bestK = candidates[0];
  let bestScore = Number.NEGATIVE_INFINITY;
  const kScores: Array<{ k: number; silhouette: number }> = [];
  candidates.forEach((k, index) => {
    const clustering = sphericalKMeans(subPoints, {
      k,
      random,
      restarts: 1,
      weights: subWeights,
      maxIterations: 15,
    });
    const score = silhouette(subPoints, clustering.assignment, sample, k);
    kScores.push({ k, silhouette: score });
    if (score > bestScore + 0.005 || (Math.abs(score - bestScore) <= 0.005 && k > bestK)) {
      if (score > bestScore) bestScore = score;
      bestK = k;
    }
    progress('eligiendo k', index + 1, candidates.length);
  });
  return {
    k: bestK,
    kScores,
    kChoice: `k = ${bestK}, elegido automáticamente: mayor silueta media (coseno, ${sample.length} ideas de muestra) entre k = ${candidates[0]}…${candidates[candidates.length - 1]}; silueta ${bestScore.toFixed(3)}`,
  };
}

function sampleIndexes(n: number, size: number, random: ReturnType<typeof seededRandom>): number[] {
  const indexes = Array.from({ length: n }, (_, index) => index);
  for (let index = 0; index < size; index += 1) {
    const swap = index + random.below(n - index);
    [indexes[index], indexes[swap]] = [indexes[swap], indexes[index]];
  }
  return indexes.slice(0, size).sort((a, b) => a - b);
}
