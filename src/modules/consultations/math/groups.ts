import { mulberry32 } from '../../../platform/random.js';
import { type Clustering, kMeans, silhouette, spreadCentres, withinSquares } from './kmeans.js';

/** How many fine clusters summarise the map before the groups are formed. */
export const baseClusterCount = 100;
/** A new number of groups must win this many recomputations in a row before it is adopted. */
export const groupCountPatience = 4;

/** Starts tried for the groups' k-means (on ≤ 100 centres, so cheap); the tightest one is kept. */
export const groupStarts = 12;

/**
 * Weighted k-means on the base centres from the first k distinct centres and from seeded
 * k-means++ starts; keeps the partition with the smallest within-group sum of squares, so the
 * groups do not depend on the order the centres happen to be in.
 */
export function tightestGroups(
  centres: Float64Array,
  k: number,
  weights: ArrayLike<number>,
  seed = 1,
): Clustering {
  const random = mulberry32(seed * 7919 + k);
  let best = kMeans(centres, k, { weights, maxIterations: 50 });
  let bestScore = withinSquares(centres, best, weights);
  for (let start = 1; start < groupStarts; start += 1) {
    const candidate = kMeans(centres, k, {
      weights,
      start: spreadCentres(centres, k, random, weights),
      maxIterations: 50,
    });
    const score = withinSquares(centres, candidate, weights);
    if (candidate.k === k && (best.k !== k || score < bestScore - 1e-9)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** What a recomputation carries to the next one, so the groups are stable as votes arrive. */
export interface GroupState {
  /** Number of groups in use (null before the first computation). */
  k: number | null;
  /** A different k that has won the last `streak` recomputations. */
  candidate: number | null;
  streak: number;
  /** The base centres of the last computation, to start from. */
  baseCentres?: number[];
}

export const initialGroupState = (): GroupState => ({ k: null, candidate: null, streak: 0 });

export interface GroupChoice {
  base: Clustering;
  /** Group of each base cluster. */
  groupOfBase: Int32Array;
  /** Group of each point. */
  groupOfPoint: Int32Array;
  k: number;
  /** Silhouette of each k tried. */
  silhouettes: Record<number, number>;
  /** The k with the best silhouette this time (may differ from `k` while it waits its turn). */
  bestK: number;
  state: GroupState;
}

/** The k values tried for a given number of base clusters: 2 … min(5, 2 + ⌊centres/12⌋). */
export function groupCountRange(centres: number): number[] {
  const largest = Math.min(5, 2 + Math.floor(centres / 12), centres);
  const range: number[] = [];
  for (let k = 2; k <= largest; k += 1) range.push(k);
  return range;
}

/**
 * The rule that keeps groups stable: the first computation takes the best k; afterwards a new k
 * replaces the current one only when it has been the best `groupCountPatience` times in a row.
 */
export function nextGroupCount(state: GroupState, bestK: number): GroupState {
  if (state.k === null) return { k: bestK, candidate: null, streak: 0 };
  if (bestK === state.k) return { k: state.k, candidate: null, streak: 0 };
  const streak = state.candidate === bestK ? state.streak + 1 : 1;
  if (streak >= groupCountPatience) return { k: bestK, candidate: null, streak: 0 };
  return { k: state.k, candidate: bestK, streak };
}

/**
 * Base k-means with up to 100 centres on the people's points, then weighted k-means on those
 * centres for each k in range, the k chosen by silhouette (with patience), every person taking
 * the group of their base cluster.
 */
export function chooseGroups(
  points: Float64Array,
  state: GroupState = initialGroupState(),
  forcedK?: number,
): GroupChoice {
  const count = points.length / 2;
  const start =
    state.baseCentres && state.baseCentres.length >= 4 ? Float64Array.from(state.baseCentres) : undefined;
  let base = kMeans(points, Math.min(baseClusterCount, count), { start, maxIterations: 20 });
  if (start && base.k < Math.min(baseClusterCount, count, distinctCount(points))) {
    // New people may need new centres: start over rather than keep too few.
    base = kMeans(points, Math.min(baseClusterCount, count), { maxIterations: 20 });
  }
  const silhouettes: Record<number, number> = {};
  const partitions = new Map<number, Clustering>();
  let bestK = 1;
  let bestScore = Number.NEGATIVE_INFINITY;
  const range = forcedK ? [Math.min(forcedK, base.k)] : groupCountRange(base.k);
  for (const k of range) {
    const groups = tightestGroups(base.centres, k, base.weights);
    if (groups.k < 2) continue;
    const score = silhouette(base.centres, groups.labels, groups.k, base.weights);
    silhouettes[groups.k] = score;
    partitions.set(groups.k, groups);
    if (score > bestScore + 1e-12) {
      bestScore = score;
      bestK = groups.k;
    }
  }
  let next: GroupState;
  let chosen: Clustering | undefined;
  if (partitions.size === 0) {
    next = { k: 1, candidate: null, streak: 0 };
  } else {
    next = forcedK ? { k: bestK, candidate: null, streak: 0 } : nextGroupCount(state, bestK);
    chosen = partitions.get(next.k ?? bestK) ?? partitions.get(bestK);
  }
  const groupOfBase = chosen ? chosen.labels : new Int32Array(base.k);
  const k = chosen ? chosen.k : 1;
  const groupOfPoint = new Int32Array(count);
  for (let index = 0; index < count; index += 1) groupOfPoint[index] = groupOfBase[base.labels[index]];
  next.baseCentres = Array.from(base.centres);
  if (chosen && next.k !== k) next.k = k;
  return { base, groupOfBase, groupOfPoint, k, silhouettes, bestK, state: next };
}

function distinctCount(points: Float64Array): number {
  const seen = new Set<string>();
  for (let index = 0; index < points.length; index += 2) seen.add(`${points[index]},${points[index + 1]}`);
  return seen.size;
}
