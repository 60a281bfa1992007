import { mulberry32 } from '../../../platform/random.js';

/**
 * A small seeded generator (mulberry32): the same seed gives the same themes on every machine,
 * which Math.random cannot promise.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  gaussian(): number;
  /** Integer in [0, n). */
  below(n: number): number;
}

export function seededRandom(seed: number): Random {
  const next = mulberry32((Math.trunc(seed) ^ 0x9e3779b9) >>> 0);
  let spare: number | null = null;
  return {
    next,
    below: (n) => Math.floor(next() * n),
    gaussian() {
      if (spare !== null) {
        const value = spare;
        spare = null;
        return value;
      }
      let u = next();
      while (u <= Number.EPSILON) u = next();
      const v = next();
      const radius = Math.sqrt(-2 * Math.log(u));
      spare = radius * Math.sin(2 * Math.PI * v);
      return radius * Math.cos(2 * Math.PI * v);
    },
  };
}
