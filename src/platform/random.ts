/**
 * mulberry32: a small, fast, seeded generator. The same seed gives the same sequence on every
 * machine (Math.random cannot promise it), so the demo, the rollout matrix and the themes are
 * reproducible. Each caller keeps its own helpers (int, pick, gaussian…) on top of `next`.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
