// Pilot suggestion: the k units most representative of all, as the medoids of a k-medoids split
// (minimise the sum of each unit's distance to its nearest medoid). Exhaustive over every set of k
// units where that is small (16 regions: at most 12,870 sets); otherwise PAM (build, then swap).

export interface MedoidsResult {
  /** Unit indices of the medoids, in input order. */
  medoids: number[];
  /** Index into `medoids` of the medoid each unit is nearest to (ties: the earlier medoid). */
  nearest: number[];
  /** Sum over units of the distance to their nearest medoid. */
  cost: number;
  exact: boolean;
}

export const defaultMedoidsExactLimit = 200_000;

function binomial(n: number, k: number): number {
  let value = 1;
  for (let i = 1; i <= k; i++) value = (value * (n - k + i)) / i;
  return Math.round(value);
}

function costOf(distances: Float64Array, units: number, medoids: ArrayLike<number>): number {
  let cost = 0;
  for (let unit = 0; unit < units; unit++) {
    let nearest = Number.POSITIVE_INFINITY;
    for (let k = 0; k < medoids.length; k++) {
      const distance = distances[unit * units + (medoids[k] ?? 0)] ?? 0;
      if (distance < nearest) nearest = distance;
    }
    cost += nearest;
  }
  return cost;
}

function nearestOf(distances: Float64Array, units: number, medoids: number[]): number[] {
  return Array.from({ length: units }, (_, unit) => {
    let best = 0;
    medoids.forEach((medoid, index) => {
      if ((distances[unit * units + medoid] ?? 0) < (distances[unit * units + (medoids[best] ?? 0)] ?? 0))
        best = index;
    });
    return best;
  });
}

/** The k medoids of the units (see the file comment). */
export function kMedoids(
  distances: Float64Array,
  units: number,
  count: number,
  exactLimit = defaultMedoidsExactLimit,
): MedoidsResult {
  if (!Number.isInteger(count) || count < 1 || count > units)
    throw new RangeError(`count must be 1..${units}`);
  const exact = binomial(units, count) <= exactLimit;
  const medoids = exact ? exhaustive(distances, units, count) : pam(distances, units, count);
  medoids.sort((left, right) => left - right);
  return {
    medoids,
    nearest: nearestOf(distances, units, medoids),
    cost: costOf(distances, units, medoids),
    exact,
  };
}

function exhaustive(distances: Float64Array, units: number, count: number): number[] {
  const chosen = new Int32Array(count);
  let best: number[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  const visit = (from: number, depth: number) => {
    if (depth === count) {
      const cost = costOf(distances, units, chosen);
      // Strictly lower only: among equal sets the first in lexicographic order wins, so results are stable.
      if (cost < bestCost - 1e-12) {
        bestCost = cost;
        best = Array.from(chosen);
      }
      return;
    }
    for (let unit = from; unit <= units - (count - depth); unit++) {
      chosen[depth] = unit;
      visit(unit + 1, depth + 1);
    }
  };
  visit(0, 0);
  return best;
}

/** Partitioning Around Medoids: greedy build, then the best improving medoid/non-medoid swap until none improves. */
function pam(distances: Float64Array, units: number, count: number): number[] {
  const medoids: number[] = [];
  while (medoids.length < count) {
    let bestUnit = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let unit = 0; unit < units; unit++) {
      if (medoids.includes(unit)) continue;
      const cost = costOf(distances, units, [...medoids, unit]);
      if (cost < bestCost) {
        bestCost = cost;
        bestUnit = unit;
      }
    }
    medoids.push(bestUnit);
  }
  let current = costOf(distances, units, medoids);
  for (;;) {
    let bestSwap: [number, number] | null = null;
    let bestCost = current - 1e-12;
    for (let position = 0; position < count; position++) {
      for (let unit = 0; unit < units; unit++) {
        if (medoids.includes(unit)) continue;
        const trial = medoids.slice();
        trial[position] = unit;
        const cost = costOf(distances, units, trial);
        if (cost < bestCost) {
          bestCost = cost;
          bestSwap = [position, unit];
        }
      }
    }
    if (!bestSwap) return medoids;
    medoids[bestSwap[0]] = bestSwap[1];
    current = bestCost;
  }
}
