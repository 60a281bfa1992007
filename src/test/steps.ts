/**
 * The steps of a scenario test: each runs once, and first the step it builds on, so that any one
 * test of the story passes alone (`vitest -t "…"`) as well as in order. A step that failed fails
 * the steps after it too, with its own error.
 */
export function step<T>(after: (() => Promise<unknown>) | null, run: () => Promise<T>): () => Promise<T> {
  let done: Promise<T> | null = null;
  return () => {
    done ??= (async () => {
      if (after) await after();
      return run();
    })();
    return done;
  };
}

/** Time for a step run alone, with every step before it. */
export const storyTimeout = 120_000;
