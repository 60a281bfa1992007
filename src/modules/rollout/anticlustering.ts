// Anticlustering: split units into K groups whose sizes differ by at most one, each group as
// heterogeneous as possible. The objective is the diversity of Papenberg & Klau (2021): the sum,
// over groups, of the Euclidean distances between every pair of members. Where the number of
// balanced partitions is small enough it is enumerated exactly; otherwise the exchange method with
// local-maximum passes and random restarts is used. Pure functions: no I/O, seeded randomness.
import { seededRandom, shuffle } from './matrix.js';

export interface AnticlusterOptions {
  groups: number;
  /** Category index per unit (e.g. macrozone): each category is spread as evenly as possible. */
  categories?: ArrayLike<number>;
  seed?: number;
  /** Restarts of the exchange method; by default as many as fit a small time budget. */
  restarts?: number;
  /** `auto` enumerates exactly when at most `exactLimit` partitions exist, else exchanges. */
  method?: 'auto' | 'exact' | 'exchange';
  exactLimit?: number;
}

export interface AnticlusterResult {
  /** Group number (0-based) of each unit, in input order. */
  assignment: Int32Array;
  /** Unit indices of each group, groups ordered by their first unit. */
  groups: number[][];
  objective: number;
  exact: boolean;
  method: 'exact-enumeration' | 'exchange';
  /** Exact method: partitions examined. */
  partitionsExamined?: number;
  /** Exchange method: the local maximum each restart reached. */
  restartObjectives?: number[];
  /** Exchange method: passes over all units, summed over restarts. */
  passes?: number;
}

/** Default ceiling for exhaustive search: 16 regions in 4 groups (2,627,625 partitions) fit well under it. */
export const defaultExactLimit = 5_000_000;

/** Group sizes for n units in K groups: the first n mod K groups have one unit more. */
export function groupSizes(units: number, groups: number): number[] {
  const base = Math.floor(units / groups);
  return Array.from({ length: groups }, (_, index) => base + (index < units % groups ? 1 : 0));
}

/**
 * How many balanced partitions exist, counting groups of equal size as interchangeable:
 * n! / (∏ sizeᵢ! · big! · small!), where big and small count the groups of each size.
 */
export function countBalancedPartitions(units: number, groups: number): number {
  const sizes = groupSizes(units, groups);
  let logCount = logFactorial(units);
  for (const size of sizes) logCount -= logFactorial(size);
  const big = units % groups;
  logCount -= logFactorial(big) + logFactorial(big === 0 ? groups : groups - big);
  return Math.round(Math.exp(logCount));
}

function logFactorial(value: number): number {
  let sum = 0;
  for (let k = 2; k <= value; k++) sum += Math.log(k);
  return sum;
}

/** The diversity of an assignment: the sum of within-group pairwise distances. */
export function diversity(distances: Float64Array, assignment: ArrayLike<number>): number {
  const units = assignment.length;
  let total = 0;
  for (let i = 0; i < units; i++) {
    for (let j = i + 1; j < units; j++) {
      if (assignment[i] === assignment[j]) total += distances[i * units + j] ?? 0;
    }
  }
  return total;
}

/**
 * A random balanced assignment: units (grouped by category when given, shuffled within) are dealt
 * round-robin to the groups in a random order, so sizes and each category's counts differ by at most one.
 */
export function randomBalancedAssignment(
  units: number,
  groups: number,
  random: () => number,
  categories?: ArrayLike<number>,
): Int32Array {
  const order = shuffle(
    Array.from({ length: units }, (_, index) => index),
    random,
  );
  if (categories) order.sort((left, right) => (categories[left] ?? 0) - (categories[right] ?? 0));
  const groupOrder = shuffle(
    Array.from({ length: groups }, (_, index) => index),
    random,
  );
  const assignment = new Int32Array(units);
  order.forEach((unit, position) => {
    assignment[unit] = groupOrder[position % groups] ?? 0;
  });
  return assignment;
}

/** Splits the units into balanced, maximally diverse groups (see the file comment). */
export function anticluster(
  distances: Float64Array,
  units: number,
  options: AnticlusterOptions,
): AnticlusterResult {
  const groups = options.groups;
  if (!Number.isInteger(groups) || groups < 1 || groups > units) {
    throw new RangeError(`groups must be between 1 and ${units}`);
  }
  const method = options.method ?? 'auto';
  const exactLimit = options.exactLimit ?? defaultExactLimit;
  const useExact =
    method === 'exact' || (method === 'auto' && countBalancedPartitions(units, groups) <= exactLimit);
  if (!useExact) return exchangeAnticluster(distances, units, groups, options);
  return units <= maskUnits
    ? exactByMasks(distances, units, groups, options.categories)
    : exactAnticluster(distances, units, groups, options.categories, options.seed);
}

function groupsOf(assignment: Int32Array, groups: number): number[][] {
  const lists: number[][] = Array.from({ length: groups }, () => []);
  assignment.forEach((group, unit) => {
    lists[group]?.push(unit);
  });
  return lists.filter((list) => list.length > 0).sort((left, right) => (left[0] ?? 0) - (right[0] ?? 0));
}

function canonical(groups: number[][], units: number): Int32Array {
  const assignment = new Int32Array(units);
  groups.forEach((members, group) => {
    for (const unit of members) assignment[unit] = group;
  });
  return assignment;
}

/**
 * Exhaustive search over every balanced partition, each generated once: groups are built in order
 * of their smallest unit (the smallest unit not yet placed always opens the next group), which
 * removes the K! relabellings. The last group is whatever remains. Distances come from a
 * precomputed matrix and within-group sums are kept incrementally, so 16 units in 4 groups
 * (2,627,625 partitions) take a fraction of a second.
 */
export function exactAnticluster(
  distances: Float64Array,
  units: number,
  groups: number,
  categories?: ArrayLike<number>,
  seed?: number,
): AnticlusterResult {
  const small = Math.floor(units / groups);
  const bigGroups = units % groups;
  const placed = new Uint8Array(units);
  const current = new Int32Array(units); // group of each placed unit
  const best = new Int32Array(units);
  let bestObjective = Number.NEGATIVE_INFINITY;
  let examined = 0;

  // Category bounds: each group holds floor(n_c / K) or ceil(n_c / K) units of category c.
  const categoryCount = categories ? Math.max(0, ...Array.from(categories)) + 1 : 0;
  const categoryOf = new Int32Array(units);
  const categoryLow = new Int32Array(categoryCount);
  const categoryHigh = new Int32Array(categoryCount);
  const categoryInGroup = new Int32Array(categoryCount);
  if (categories) {
    const totals = new Int32Array(categoryCount);
    for (let unit = 0; unit < units; unit++) {
      categoryOf[unit] = categories[unit] ?? 0;
      totals[categoryOf[unit] ?? 0]++;
    }
    for (let category = 0; category < categoryCount; category++) {
      categoryLow[category] = Math.floor((totals[category] ?? 0) / groups);
      categoryHigh[category] = Math.ceil((totals[category] ?? 0) / groups);
    }
  }
  const categoriesFit = () => {
    for (let category = 0; category < categoryCount; category++) {
      const count = categoryInGroup[category] ?? 0;
      if (count < (categoryLow[category] ?? 0) || count > (categoryHigh[category] ?? 0)) return false;
    }
    return true;
  };

  const members = new Int32Array(units);
  let memberCount = 0;
  const lastMembers = new Int32Array(units);

  const closeLastGroup = (group: number, accumulated: number) => {
    let lastCount = 0;
    let sum = 0;
    categoryInGroup.fill(0);
    for (let unit = 0; unit < units; unit++) {
      if (placed[unit]) continue;
      for (let k = 0; k < lastCount; k++) sum += distances[unit * units + (lastMembers[k] ?? 0)] ?? 0;
      lastMembers[lastCount++] = unit;
      if (categoryCount) categoryInGroup[categoryOf[unit] ?? 0]++;
    }
    examined++;
    if (categoryCount && !categoriesFit()) return;
    const total = accumulated + sum;
    if (total > bestObjective) {
      bestObjective = total;
      best.set(current);
      for (let k = 0; k < lastCount; k++) best[lastMembers[k] ?? 0] = group;
    }
  };

  // Bound: a unit's within-group sum is at most the sum of its (largest size − 1) longest distances
  // to the units still unplaced, and the diversity is half the sum over units of those sums.
  const maxSize = small + (bigGroups > 0 ? 1 : 0);
  const nearest = new Float64Array(units);
  const upperBound = () => {
    let bound = 0;
    for (let unit = 0; unit < units; unit++) {
      if (placed[unit]) continue;
      let count = 0;
      for (let other = 0; other < units; other++) {
        if (placed[other] || other === unit) continue;
        nearest[count++] = distances[unit * units + other] ?? 0;
      }
      const top = nearest.subarray(0, count).sort();
      for (let k = 0; k < maxSize - 1 && k < count; k++) bound += top[count - 1 - k] ?? 0;
    }
    return bound / 2;
  };

  const openGroup = (group: number, bigLeft: number, smallLeft: number, accumulated: number) => {
    if (groups - group >= 3 && accumulated + upperBound() <= bestObjective) return;
    if (group === groups - 1) {
      closeLastGroup(group, accumulated);
      return;
    }
    let first = 0;
    while (placed[first]) first++;
    const sizes: Array<[number, number, number]> = [];
    if (bigLeft > 0) sizes.push([small + 1, bigLeft - 1, smallLeft]);
    if (smallLeft > 0) sizes.push([small, bigLeft, smallLeft - 1]);
    for (const [size, nextBig, nextSmall] of sizes) {
      placed[first] = 1;
      current[first] = group;
      const start = memberCount;
      members[memberCount++] = first;
      if (categoryCount) {
        categoryInGroup.fill(0);
        categoryInGroup[categoryOf[first] ?? 0] = 1;
      }
      choose(group, first + 1, size - 1, start, accumulated, nextBig, nextSmall);
      memberCount = start;
      placed[first] = 0;
    }
  };

  // Adds `needed` more members (indices ≥ from) to the group whose members start at `start`.
  const choose = (
    group: number,
    from: number,
    needed: number,
    start: number,
    accumulated: number,
    bigLeft: number,
    smallLeft: number,
  ): void => {
    if (needed === 0) {
      if (categoryCount && !categoriesFit()) return;
      const saved = categoryCount ? categoryInGroup.slice() : null;
      const savedCount = memberCount;
      openGroup(group + 1, bigLeft, smallLeft, accumulated);
      memberCount = savedCount;
      if (saved) categoryInGroup.set(saved);
      return;
    }
    for (let unit = from; unit < units; unit++) {
      if (placed[unit]) continue;
      if (
        categoryCount &&
        (categoryInGroup[categoryOf[unit] ?? 0] ?? 0) >= (categoryHigh[categoryOf[unit] ?? 0] ?? 0)
      )
        continue;
      let added = 0;
      for (let k = start; k < memberCount; k++) added += distances[unit * units + (members[k] ?? 0)] ?? 0;
      placed[unit] = 1;
      current[unit] = group;
      members[memberCount++] = unit;
      if (categoryCount) categoryInGroup[categoryOf[unit] ?? 0]++;
      choose(group, unit + 1, needed - 1, start, accumulated + added, bigLeft, smallLeft);
      if (categoryCount) categoryInGroup[categoryOf[unit] ?? 0]--;
      memberCount--;
      placed[unit] = 0;
    }
  };

  // A good incumbent from the exchange method first makes the bound prune from the start. The
  // enumeration only replaces it by a strictly better partition, so the result stays exact.
  const start = exchangeAnticluster(distances, units, groups, { groups, categories, seed, restarts: 10 });
  best.set(start.assignment);
  bestObjective = start.objective - 1e-9;
  openGroup(0, bigGroups, groups - bigGroups, 0);
  const list = groupsOf(best, groups);
  return {
    assignment: canonical(list, units),
    groups: list,
    objective: bestObjective,
    exact: true,
    method: 'exact-enumeration',
    partitionsExamined: examined,
  };
}

/** Up to this many units the exact search works on bit masks with a table of group sums (8 MB at 20). */
export const maskUnits = 20;

/**
 * Exact search for up to 20 units. Every possible group (a bit mask of the sizes allowed) gets its
 * within-group distance sum in a table first, −∞ when it breaks the category balance; then the
 * balanced partitions are enumerated as masks, each once (the lowest unplaced unit opens the next
 * group), and a partition's objective is a sum of K table lookups. 16 units in 4 groups: 1,820
 * group sums, 2,627,625 partitions.
 */
export function exactByMasks(
  distances: Float64Array,
  units: number,
  groups: number,
  categories?: ArrayLike<number>,
): AnticlusterResult {
  const small = Math.floor(units / groups);
  const bigGroups = units % groups;
  const largest = small + (bigGroups > 0 ? 1 : 0);
  const within = new Float64Array(1 << units);

  const categoryCount = categories ? Math.max(0, ...Array.from(categories)) + 1 : 0;
  const totals = new Int32Array(categoryCount);
  for (let unit = 0; unit < units && categories; unit++) totals[categories[unit] ?? 0]++;
  const inGroup = new Int32Array(categoryCount);
  const balanced = () => {
    for (let category = 0; category < categoryCount; category++) {
      const count = inGroup[category] ?? 0;
      const total = totals[category] ?? 0;
      if (count < Math.floor(total / groups) || count > Math.ceil(total / groups)) return false;
    }
    return true;
  };

  const stack = new Int32Array(largest);
  const fill = (from: number, mask: number, count: number, sum: number) => {
    if (count === small || count === largest)
      within[mask] = categoryCount && !balanced() ? Number.NEGATIVE_INFINITY : sum;
    if (count === largest) return;
    for (let unit = from; unit < units; unit++) {
      let added = 0;
      for (let k = 0; k < count; k++) added += distances[unit * units + (stack[k] ?? 0)] ?? 0;
      stack[count] = unit;
      if (categoryCount) inGroup[categories?.[unit] ?? 0]++;
      fill(unit + 1, mask | (1 << unit), count + 1, sum + added);
      if (categoryCount) inGroup[categories?.[unit] ?? 0]--;
    }
  };
  fill(0, 0, 0, 0);

  const masks = new Int32Array(groups);
  const bestMasks = new Int32Array(groups);
  let bestObjective = Number.NEGATIVE_INFINITY;
  let examined = 0;
  const bits = new Int32Array(units);

  const open = (
    group: number,
    remaining: number,
    bigLeft: number,
    smallLeft: number,
    accumulated: number,
  ) => {
    if (group === groups - 1) {
      examined++;
      const total = accumulated + (within[remaining] ?? 0);
      if (total > bestObjective) {
        bestObjective = total;
        bestMasks.set(masks);
        bestMasks[group] = remaining;
      }
      return;
    }
    const lowest = remaining & -remaining;
    const rest = remaining ^ lowest;
    // The candidates for the other members, as single-bit masks, from this level's slice of `bits`.
    let count = 0;
    for (let unit = 0; unit < units; unit++) if (rest & (1 << unit)) bits[count++] = 1 << unit;
    const candidates = bits.slice(0, count);
    const pick = (from: number, needed: number, mask: number, nextBig: number, nextSmall: number) => {
      if (needed === 0) {
        const sum = within[mask] ?? 0;
        if (sum === Number.NEGATIVE_INFINITY) return;
        masks[group] = mask;
        open(group + 1, remaining ^ mask, nextBig, nextSmall, accumulated + sum);
        return;
      }
      for (let k = from; k <= count - needed; k++)
        pick(k + 1, needed - 1, mask | (candidates[k] ?? 0), nextBig, nextSmall);
    };
    if (bigLeft > 0) pick(0, small, lowest, bigLeft - 1, smallLeft);
    if (smallLeft > 0) pick(0, small - 1, lowest, bigLeft, smallLeft - 1);
  };
  open(0, (1 << units) - 1, bigGroups, groups - bigGroups, 0);

  const assignment = new Int32Array(units);
  bestMasks.forEach((mask, group) => {
    for (let unit = 0; unit < units; unit++) if (mask & (1 << unit)) assignment[unit] = group;
  });
  const list = groupsOf(assignment, groups);
  return {
    assignment: canonical(list, units),
    groups: list,
    objective: bestObjective,
    exact: true,
    method: 'exact-enumeration',
    partitionsExamined: examined,
  };
}

/** Restarts that fit about 3·10⁷ swap evaluations (a pass costs about n² of them, and about ten passes reach a local maximum). */
export function defaultRestarts(units: number): number {
  return Math.max(3, Math.min(100, Math.floor(1.2e7 / (units * units * 4))));
}

/**
 * The exchange method run to a local maximum (anticlust's "local-maximum"): from a random balanced
 * assignment, each unit in turn is swapped with the unit of another group (of the same category,
 * when categories are given) whose swap raises the diversity most, if any does; passes repeat until
 * a whole pass improves nothing. Several random restarts; the best local maximum wins. Each unit's
 * distance sum to every group is kept, so a swap is evaluated in O(1) and applied in O(n).
 */
function exchangeAnticluster(
  distances: Float64Array,
  units: number,
  groups: number,
  options: AnticlusterOptions,
): AnticlusterResult {
  const random = seededRandom(options.seed ?? 1);
  const restarts = options.restarts ?? defaultRestarts(units);
  const categories = options.categories;
  const sums = new Float64Array(units * groups);
  let best: Int32Array | null = null;
  let bestObjective = Number.NEGATIVE_INFINITY;
  const restartObjectives: number[] = [];
  const gainOfI = new Float64Array(groups);
  let passes = 0;

  for (let restart = 0; restart < restarts; restart++) {
    const assignment = randomBalancedAssignment(units, groups, random, categories);
    sums.fill(0);
    for (let i = 0; i < units; i++) {
      for (let j = 0; j < units; j++)
        sums[i * groups + (assignment[j] ?? 0)] += distances[i * units + j] ?? 0;
    }
    let improved = true;
    while (improved) {
      improved = false;
      passes++;
      for (let i = 0; i < units; i++) {
        const groupOfI = assignment[i] ?? 0;
        // What i gains by moving to each group, computed once for the scan over partners.
        const own = sums[i * groups + groupOfI] ?? 0;
        for (let group = 0; group < groups; group++) gainOfI[group] = (sums[i * groups + group] ?? 0) - own;
        const row = i * units;
        let bestDelta = 1e-9;
        let partner = -1;
        for (let j = 0; j < units; j++) {
          const groupOfJ = assignment[j] ?? 0;
          if (groupOfJ === groupOfI) continue;
          if (categories && categories[i] !== categories[j]) continue;
          const base = j * groups;
          const delta =
            (gainOfI[groupOfJ] ?? 0) +
            (sums[base + groupOfI] ?? 0) -
            (sums[base + groupOfJ] ?? 0) -
            2 * (distances[row + j] ?? 0);
          if (delta > bestDelta) {
            bestDelta = delta;
            partner = j;
          }
        }
        if (partner < 0) continue;
        const groupOfPartner = assignment[partner] ?? 0;
        for (let unit = 0; unit < units; unit++) {
          const toI = distances[unit * units + i] ?? 0;
          const toPartner = distances[unit * units + partner] ?? 0;
          sums[unit * groups + groupOfI] += toPartner - toI;
          sums[unit * groups + groupOfPartner] += toI - toPartner;
        }
        assignment[i] = groupOfPartner;
        assignment[partner] = groupOfI;
        improved = true;
      }
    }
    const objective = diversity(distances, assignment);
    restartObjectives.push(objective);
    if (objective > bestObjective) {
      bestObjective = objective;
      best = assignment;
    }
  }
  const list = groupsOf(best ?? new Int32Array(units), groups);
  return {
    assignment: canonical(list, units),
    groups: list,
    objective: bestObjective,
    exact: false,
    method: 'exchange',
    restartObjectives,
    passes,
  };
}
