import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePlan, type TaskFacts } from './analysis.js';
import { addDays, computeSchedule, daysBetween, loopClosedBy } from './schedule.js';

const i32 = (values: number[]) => Int32Array.from(values);

/** Tasks by letter with durations, threads as "AB" pairs. */
function plan(durations: Record<string, number>, threads: string[]) {
  const names = Object.keys(durations);
  const index = (name: string) => names.indexOf(name);
  const schedule = computeSchedule(
    i32(names.map((name) => durations[name])),
    i32(threads.map((pair) => index(pair[0]))),
    i32(threads.map((pair) => index(pair[1]))),
  );
  const at = (name: string) => ({
    es: schedule.earliestStart[index(name)],
    ef: schedule.earliestFinish[index(name)],
    ls: schedule.latestStart[index(name)],
    lf: schedule.latestFinish[index(name)],
    slack: schedule.slack[index(name)],
  });
  const critical = names.filter((name) => schedule.critical[index(name)]);
  const path = Array.from(schedule.criticalPath, (task) => names[task]).join('');
  const loop = schedule.loop?.map((task) => names[task]).join('');
  return { schedule, at, critical, path, loop };
}

describe('schedule (critical path method)', () => {
  it('solves the textbook network A→B→D→F, A→C→E→F', () => {
    const result = plan({ A: 3, B: 4, C: 2, D: 5, E: 1, F: 3 }, ['AB', 'AC', 'BD', 'CE', 'DF', 'EF']);
    expect(result.schedule.duration).toBe(15);
    expect(result.path).toBe('ABDF');
    expect(result.critical).toEqual(['A', 'B', 'D', 'F']);
    expect(result.at('C')).toEqual({ es: 3, ef: 5, ls: 9, lf: 11, slack: 6 });
    expect(result.at('E')).toEqual({ es: 5, ef: 6, ls: 11, lf: 12, slack: 6 });
    expect(result.at('F')).toEqual({ es: 12, ef: 15, ls: 12, lf: 15, slack: 0 });
  });

  it('solves the classic seven-activity exercise (duration 19, path A-C-F-G)', () => {
    // A 3; B 4; C 5 after A; D 2 after A; E 6 after B; F 4 after C, D; G 7 after F, E.
    const result = plan({ A: 3, B: 4, C: 5, D: 2, E: 6, F: 4, G: 7 }, [
      'AC',
      'AD',
      'BE',
      'CF',
      'DF',
      'FG',
      'EG',
    ]);
    expect(result.schedule.duration).toBe(19);
    expect(result.path).toBe('ACFG');
    expect(result.at('B').slack).toBe(2);
    expect(result.at('E')).toEqual({ es: 4, ef: 10, ls: 6, lf: 12, slack: 2 });
    expect(result.at('D').slack).toBe(3);
  });

  it('marks both branches critical when two paths tie, and walks one of them', () => {
    const result = plan({ A: 2, B: 3, C: 3, D: 1 }, ['AB', 'AC', 'BD', 'CD']);
    expect(result.critical).toEqual(['A', 'B', 'C', 'D']);
    expect(result.path).toBe('ABD');
    expect(result.schedule.duration).toBe(6);
    expect(Array.from(result.schedule.criticalThread)).toEqual([1, 1, 1, 1]);
  });

  it('gives disconnected tasks slack up to the end of the plan', () => {
    const result = plan({ A: 5, B: 2, C: 1 }, ['AB']);
    expect(result.schedule.duration).toBe(7);
    expect(result.at('C')).toEqual({ es: 0, ef: 1, ls: 6, lf: 7, slack: 6 });
    expect(result.critical).toEqual(['A', 'B']);
  });

  it('handles an empty plan and zero-day milestones', () => {
    expect(computeSchedule(i32([]), i32([]), i32([])).duration).toBe(0);
    const result = plan({ A: 0, B: 4, C: 0 }, ['AB', 'BC']);
    expect(result.path).toBe('ABC');
    expect(result.schedule.duration).toBe(4);
  });

  it('names a loop of any length instead of scheduling it', () => {
    expect(plan({ A: 1, B: 1 }, ['AB', 'BA']).loop).toMatch(/^(ABA|BAB)$/);
    const long = plan({ S: 1, A: 1, B: 1, C: 1, D: 1 }, ['SA', 'AB', 'BC', 'CD', 'DA']);
    expect(['ABCDA', 'BCDAB', 'CDABC', 'DABCD']).toContain(long.loop);
  });

  it('finds the loop a new thread would close, in order, or none', () => {
    // 0→1→2→3; adding 3→0 closes 3→0→1→2→3.
    expect(loopClosedBy(4, i32([0, 1, 2]), i32([1, 2, 3]), 3, 0)).toEqual([3, 0, 1, 2, 3]);
    expect(loopClosedBy(4, i32([0, 1, 2]), i32([1, 2, 3]), 0, 3)).toBeNull();
    expect(loopClosedBy(2, i32([]), i32([]), 1, 1)).toEqual([1, 1]);
  });

  it('keeps the invariants on random acyclic plans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
        (durations, pairs) => {
          const n = durations.length;
          // Threads only go from a lower to a higher number: acyclic by construction.
          const edges = pairs.map(([a, b]) => [a % n, b % n]).filter(([a, b]) => a < b);
          const from = i32(edges.map((edge) => edge[0]));
          const to = i32(edges.map((edge) => edge[1]));
          const s = computeSchedule(i32(durations), from, to);
          expect(s.loop).toBeNull();
          for (let k = 0; k < from.length; k++) {
            expect(s.earliestStart[to[k]]).toBeGreaterThanOrEqual(s.earliestFinish[from[k]]);
            expect(s.latestFinish[from[k]]).toBeLessThanOrEqual(s.latestStart[to[k]]);
          }
          for (let i = 0; i < n; i++) expect(s.slack[i]).toBeGreaterThanOrEqual(0);
          const pathLength = Array.from(s.criticalPath).reduce((sum, task) => sum + durations[task], 0);
          expect(pathLength).toBe(s.duration);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts calendar days in UTC', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });
});

describe('plan analysis', () => {
  const task = (id: number, step: number, extra: Partial<TaskFacts> = {}): TaskFacts => ({
    id,
    title: `T${id}`,
    step,
    objectiveId: 1,
    hours: 10,
    cost: 1000,
    durationDays: 2,
    startDate: null,
    dueDate: null,
    status: 'pending',
    canDo: [1],
    wantsToLearn: [],
    ...extra,
  });

  it('flags late tasks, tallies quadrants and objectives, and fills the check panel', () => {
    const result = analysePlan({
      startDate: '2026-01-01',
      today: '2026-01-10',
      objectiveIds: [1, 2],
      tasks: [
        task(1, 1, { status: 'done' }),
        task(2, 7, { dueDate: '2026-01-05' }),
        task(3, 7, { dueDate: '2026-02-01', canDo: [], objectiveId: 2 }),
        task(4, 12, { hours: 10 }),
        task(5, 8, { status: 'done', dueDate: '2026-01-02' }),
      ],
      threads: [
        { id: 1, fromTaskId: 1, toTaskId: 2 },
        { id: 2, fromTaskId: 2, toTaskId: 4 },
        { id: 3, fromTaskId: 1, toTaskId: 3 },
      ],
    });
    expect(result.lateTaskIds).toEqual([2, 4]);
    expect(result.criticalPath).toEqual([1, 2, 4]);
    expect(result.endDate).toBe('2026-01-07');
    expect(result.progress.byQuadrant.hacer).toMatchObject({ tasks: 3, done: 1, hours: 30, cost: 3000 });
    expect(result.progress.byObjective['2']).toMatchObject({ tasks: 1 });
    expect(result.checks.tasksWithoutPeople).toEqual([3]);
    expect(result.checks.tasksWithoutThreads).toEqual([5]);
    expect(result.checks.leverage[0]).toEqual({ taskId: 1, threads: 2 });
    expect(result.checks.celebrateShare).toBeCloseTo(0.2);
  });
});
