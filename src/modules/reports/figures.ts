/**
 * The concentration figures of FORMAT.md over the dots of the ideas left after merges (zero-dot
 * ideas included). Pure functions over plain numbers, so that every figure can be checked by hand.
 */
export const topShareKs = [10, 20, 40, 100] as const;
export const shareTargets = [0.3, 0.5, 0.8] as const;

export interface Concentration {
  top_share: Record<string, number>;
  ideas_for_share: Record<string, number | null>;
  gini: number;
}

/** `dots`: the dots of the ideas that hold some; `zeroIdeas`: how many ideas after merge hold none. */
export function concentration(dots: number[], zeroIdeas: number): Concentration {
  const sorted = Float64Array.from(dots).sort().reverse();
  const total = sorted.reduce((sum, value) => sum + value, 0);
  const top_share: Record<string, number> = {};
  for (const k of topShareKs) {
    let held = 0;
    for (let index = 0; index < Math.min(k, sorted.length); index++) held += sorted[index];
    top_share[String(k)] = total > 0 ? held / total : 0;
  }
  const ideas_for_share: Record<string, number | null> = {};
  for (const target of shareTargets) {
    let held = 0;
    let found: number | null = null;
    for (let index = 0; index < sorted.length; index++) {
      held += sorted[index];
      // Integers against a fraction: a tiny tolerance keeps 3/10 ≥ 0.3 true in floating point.
      if (held >= target * total - 1e-9) {
        found = index + 1;
        break;
      }
    }
    ideas_for_share[String(target)] = total > 0 ? found : null;
  }
  return { top_share, ideas_for_share, gini: gini(sorted, zeroIdeas, total) };
}

/** Gini over n = held + zero ideas: G = Σ_i Σ_j |x_i − x_j| / (2 n² mean), computed on the sorted values. */
function gini(descending: Float64Array, zeroIdeas: number, total: number): number {
  const n = descending.length + zeroIdeas;
  if (n === 0 || total === 0) return 0;
  // Ascending rank i (1-based): the zeros take ranks 1..zeroIdeas and add nothing to Σ i·x_i.
  let weighted = 0;
  for (let index = 0; index < descending.length; index++) {
    const rank = n - index;
    weighted += rank * descending[index];
  }
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Points of the Lorenz curve (share of ideas, share of dots), ideas ordered from fewest dots up; at most `points` + 1. */
export function lorenz(dots: number[], zeroIdeas: number, points = 50): Array<[number, number]> {
  const ascending = Float64Array.from(dots).sort();
  const n = ascending.length + zeroIdeas;
  const total = ascending.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total === 0)
    return [
      [0, 0],
      [1, 1],
    ];
  const curve: Array<[number, number]> = [[0, 0]];
  let held = 0;
  let next = 1;
  for (let rank = 1; rank <= n; rank++) {
    const index = rank - 1 - zeroIdeas;
    if (index >= 0) held += ascending[index];
    if (rank >= (next * n) / points || rank === n) {
      curve.push([rank / n, held / total]);
      while (next * n <= rank * points) next++;
    }
  }
  return curve;
}
