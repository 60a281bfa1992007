import { afterAll, describe, expect, it } from 'vitest';
import { computeOpinionGroups } from './math/engine.js';
import { plantedConsultation } from './math/planted.js';
import { OpinionGroupsWorker, Recomputation } from './off-thread.js';

const worker = new OpinionGroupsWorker();
afterAll(() => worker.close());

describe('opinion groups off the request path', { timeout: 60_000 }, () => {
  it('computes in a worker thread the same groups as in this thread', async () => {
    const { matrix } = plantedConsultation({ participants: 800, statements: 40, votesEach: 20, groups: 3 });
    const here = computeOpinionGroups(matrix);
    const there = await worker.compute(matrix);
    expect(Array.from(there.groupOf)).toEqual(Array.from(here.groupOf));
    expect(there.consensus).toEqual(here.consensus);
  });

  it('keeps this thread free while a large computation runs', async () => {
    const { matrix } = plantedConsultation({
      participants: 20_000,
      statements: 500,
      votesEach: 40,
      groups: 3,
    });
    let ticks = 0;
    let latest = 0;
    let before = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      latest = Math.max(latest, now - before);
      before = now;
      ticks += 1;
    }, 5);
    const result = await worker.compute(matrix);
    clearInterval(timer);
    expect(result.k).toBe(3);
    expect(ticks).toBeGreaterThan(5);
    // A computation of about a second in this thread would stall the timer that long.
    expect(latest).toBeLessThan(400);
  });

  it('runs once more on the latest votes when asked while running, never piles up', async () => {
    let loads = 0;
    const saved: number[] = [];
    const recomputation = new Recomputation(
      worker,
      async () => {
        loads += 1;
        const { matrix } = plantedConsultation({
          participants: 300,
          statements: 20,
          votesEach: 10,
          seed: loads,
        });
        return { matrix, options: {} };
      },
      async (_key, result) => {
        saved.push(result.grouped.length);
      },
    );
    const first = recomputation.request('c1');
    for (let asked = 0; asked < 5; asked += 1) await recomputation.request('c1');
    await first;
    expect(loads).toBe(2);
    expect(saved).toHaveLength(2);
    expect(recomputation.busy).toBe(false);
  });
});
