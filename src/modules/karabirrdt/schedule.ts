/**
 * The schedule of a plan from the durations of its tasks and its threads (dependencies), as pure
 * functions over typed arrays: tasks are numbered 0..n-1 and a thread `from[k] → to[k]` says that
 * `to[k]` starts once `from[k]` is finished. Kahn's topological order gives the forward pass
 * (earliest start and finish) and the backward pass (latest start and finish); slack is their
 * difference and the critical tasks have none. Times are whole days from the plan's start.
 */

export interface Schedule {
  /** Tasks in topological order (ties kept in index order). Empty when there is a loop. */
  order: Int32Array;
  earliestStart: Int32Array;
  earliestFinish: Int32Array;
  latestStart: Int32Array;
  latestFinish: Int32Array;
  slack: Int32Array;
  /** 1 when the task has no slack. */
  critical: Uint8Array;
  /** 1 when the thread joins two critical tasks back to back. */
  criticalThread: Uint8Array;
  /** One critical path, from a first task to a last one (the first in topological order when several tie). */
  criticalPath: Int32Array;
  /** Days from the start of the first task to the end of the last. */
  duration: number;
  /** A loop of tasks (first task repeated at the end) when the threads are not acyclic; else null. */
  loop: number[] | null;
}

interface Adjacency {
  outStart: Int32Array;
  outList: Int32Array;
  inStart: Int32Array;
  inList: Int32Array;
}

/** Compressed adjacency lists (CSR) of both directions: one pass to count, one to fill. */
export function adjacency(count: number, from: Int32Array, to: Int32Array): Adjacency {
  const outStart = new Int32Array(count + 1);
  const inStart = new Int32Array(count + 1);
  for (let k = 0; k < from.length; k++) {
    outStart[from[k] + 1]++;
    inStart[to[k] + 1]++;
  }
  for (let i = 0; i < count; i++) {
    outStart[i + 1] += outStart[i];
    inStart[i + 1] += inStart[i];
  }
  const outList = new Int32Array(from.length);
  const inList = new Int32Array(from.length);
  const outFill = outStart.slice(0, count);
  const inFill = inStart.slice(0, count);
  for (let k = 0; k < from.length; k++) {
    outList[outFill[from[k]]++] = to[k];
    inList[inFill[to[k]]++] = from[k];
  }
  return { outStart, outList, inStart, inList };
}

/** Kahn's algorithm; returns the order and how many tasks it reached (fewer than n means a loop). */
function topologicalOrder(count: number, graph: Adjacency): { order: Int32Array; reached: number } {
  const remaining = new Int32Array(count);
  for (let i = 0; i < count; i++) remaining[i] = graph.inStart[i + 1] - graph.inStart[i];
  const order = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) if (remaining[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const task = order[head];
    for (let k = graph.outStart[task]; k < graph.outStart[task + 1]; k++) {
      const next = graph.outList[k];
      if (--remaining[next] === 0) order[tail++] = next;
    }
  }
  return { order, reached: tail };
}

/** Earliest and latest times, slack and critical path; with a loop, only `loop` is meaningful. */
export function computeSchedule(durations: Int32Array, from: Int32Array, to: Int32Array): Schedule {
  const count = durations.length;
  const graph = adjacency(count, from, to);
  const { order, reached } = topologicalOrder(count, graph);
  const earliestStart = new Int32Array(count);
  const earliestFinish = new Int32Array(count);
  const latestStart = new Int32Array(count);
  const latestFinish = new Int32Array(count);
  const slack = new Int32Array(count);
  const critical = new Uint8Array(count);
  const criticalThread = new Uint8Array(from.length);
  if (reached < count) {
    return {
      order: new Int32Array(0),
      earliestStart,
      earliestFinish,
      latestStart,
      latestFinish,
      slack,
      critical,
      criticalThread,
      criticalPath: new Int32Array(0),
      duration: 0,
      loop: loopAmong(count, graph, order, reached),
    };
  }

  let duration = 0;
  for (let position = 0; position < count; position++) {
    const task = order[position];
    let start = 0;
    for (let k = graph.inStart[task]; k < graph.inStart[task + 1]; k++) {
      const finish = earliestFinish[graph.inList[k]];
      if (finish > start) start = finish;
    }
    earliestStart[task] = start;
    earliestFinish[task] = start + durations[task];
    if (earliestFinish[task] > duration) duration = earliestFinish[task];
  }
  for (let position = count - 1; position >= 0; position--) {
    const task = order[position];
    let finish = duration;
    for (let k = graph.outStart[task]; k < graph.outStart[task + 1]; k++) {
      const start = latestStart[graph.outList[k]];
      if (start < finish) finish = start;
    }
    latestFinish[task] = finish;
    latestStart[task] = finish - durations[task];
    slack[task] = latestStart[task] - earliestStart[task];
    critical[task] = slack[task] === 0 ? 1 : 0;
  }
  for (let k = 0; k < from.length; k++) {
    const a = from[k];
    const b = to[k];
    criticalThread[k] = critical[a] && critical[b] && earliestFinish[a] === earliestStart[b] ? 1 : 0;
  }

  // Walk one chain: a critical task finishing before the end always has a critical successor
  // starting the day it finishes (its latest finish is that successor's latest start).
  const path: number[] = [];
  let current = -1;
  for (let position = 0; position < count; position++) {
    const task = order[position];
    if (critical[task] && earliestStart[task] === 0) {
      current = task;
      break;
    }
  }
  while (current >= 0) {
    path.push(current);
    let next = -1;
    for (let k = graph.outStart[current]; k < graph.outStart[current + 1]; k++) {
      const candidate = graph.outList[k];
      if (critical[candidate] && earliestStart[candidate] === earliestFinish[current]) {
        if (next < 0 || candidate < next) next = candidate;
      }
    }
    current = next;
  }
  return {
    order,
    earliestStart,
    earliestFinish,
    latestStart,
    latestFinish,
    slack,
    critical,
    criticalThread,
    criticalPath: Int32Array.from(path),
    duration,
    loop: null,
  };
}

/**
 * A loop among the tasks Kahn could not reach: each of them has a predecessor that is also
 * unreached, so walking predecessors must come back to a task already seen.
 */
function loopAmong(count: number, graph: Adjacency, order: Int32Array, reached: number): number[] {
  const done = new Uint8Array(count);
  for (let position = 0; position < reached; position++) done[order[position]] = 1;
  const seenAt = new Int32Array(count).fill(-1);
  const walk: number[] = [];
  let task = done.indexOf(0);
  while (seenAt[task] < 0) {
    seenAt[task] = walk.length;
    walk.push(task);
    let previous = -1;
    for (let k = graph.inStart[task]; k < graph.inStart[task + 1]; k++) {
      if (!done[graph.inList[k]]) {
        previous = graph.inList[k];
        break;
      }
    }
    task = previous;
  }
  // The walk went backwards along threads; the loop read forwards is its reverse.
  const loop = walk.slice(seenAt[task]).reverse();
  loop.push(loop[0]);
  return loop;
}

/**
 * The loop a new thread `from → to` would close, as tasks in order (`from`, `to`, …, `from`),
 * or null when it closes none: it does when `from` can already be reached from `to`.
 */
export function loopClosedBy(
  count: number,
  threadFrom: Int32Array,
  threadTo: Int32Array,
  from: number,
  to: number,
): number[] | null {
  if (from === to) return [from, from];
  const graph = adjacency(count, threadFrom, threadTo);
  const cameFrom = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  let tail = 0;
  queue[tail++] = to;
  cameFrom[to] = to;
  for (let head = 0; head < tail; head++) {
    const task = queue[head];
    if (task === from) {
      const back: number[] = [];
      for (let step = from; step !== to; step = cameFrom[step]) back.push(step);
      back.push(to);
      // back is from ← … ← to; the loop reads from → to → … → from.
      return [from, ...back.reverse()];
    }
    for (let k = graph.outStart[task]; k < graph.outStart[task + 1]; k++) {
      const next = graph.outList[k];
      if (cameFrom[next] < 0) {
        cameFrom[next] = task;
        queue[tail++] = next;
      }
    }
  }
  return null;
}

/** `YYYY-MM-DD` plus some days, in UTC so that no time zone moves a day. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
