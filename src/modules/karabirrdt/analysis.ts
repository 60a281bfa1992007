import { addDays, computeSchedule } from './schedule.js';
import { celebrateTarget, type Quadrant, quadrantOfStep, quadrants } from './steps.js';

/** What the analysis needs of a task; the service maps stored rows to this. */
export interface TaskFacts {
  id: number;
  title: string;
  step: number;
  objectiveId: number | null;
  hours: number;
  cost: number;
  durationDays: number;
  startDate: string | null;
  dueDate: string | null;
  status: 'pending' | 'in_progress' | 'done';
  canDo: number[];
  wantsToLearn: number[];
}

export interface ThreadFacts {
  id: number;
  fromTaskId: number;
  toTaskId: number;
}

export interface TaskTiming {
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  slack: number;
  critical: boolean;
  /** Calendar dates of the earliest start and latest finish, counted from the plan's start. */
  earliestStartDate: string;
  latestFinishDate: string;
  /** Not done and its due date (or, without one, its latest finish) is before today. */
  late: boolean;
}

interface Tally {
  tasks: number;
  done: number;
  hours: number;
  doneHours: number;
  cost: number;
}

const emptyTally = (): Tally => ({ tasks: 0, done: 0, hours: 0, doneHours: 0, cost: 0 });

function add(tally: Tally, task: TaskFacts) {
  tally.tasks += 1;
  tally.hours += task.hours;
  tally.cost += task.cost;
  if (task.status === 'done') {
    tally.done += 1;
    tally.doneHours += task.hours;
  }
}

/**
 * Everything derived from a plan: the schedule of each task, the critical path, late tasks,
 * progress and the check panel. Pure, recomputed on every change.
 */
export function analysePlan(input: {
  startDate: string;
  today: string;
  tasks: TaskFacts[];
  threads: ThreadFacts[];
  objectiveIds: number[];
}) {
  const { tasks, threads } = input;
  const indexOf = new Map(tasks.map((task, index) => [task.id, index]));
  const durations = Int32Array.from(tasks, (task) => task.durationDays);
  const from = Int32Array.from(threads, (thread) => indexOf.get(thread.fromTaskId) ?? 0);
  const to = Int32Array.from(threads, (thread) => indexOf.get(thread.toTaskId) ?? 0);
  const schedule = computeSchedule(durations, from, to);

  // Many tasks share an offset; each calendar date is computed once.
  const dates = new Map<number, string>();
  const dateAt = (offset: number) => {
    let date = dates.get(offset);
    if (date === undefined) {
      date = addDays(input.startDate, offset);
      dates.set(offset, date);
    }
    return date;
  };
  const timing: Record<number, TaskTiming> = {};
  const lateTaskIds: number[] = [];
  tasks.forEach((task, index) => {
    const latestFinishDate = dateAt(schedule.latestFinish[index]);
    const limit = task.dueDate ?? latestFinishDate;
    const late = task.status !== 'done' && limit < input.today;
    if (late) lateTaskIds.push(task.id);
    timing[task.id] = {
      earliestStart: schedule.earliestStart[index],
      earliestFinish: schedule.earliestFinish[index],
      latestStart: schedule.latestStart[index],
      latestFinish: schedule.latestFinish[index],
      slack: schedule.slack[index],
      critical: schedule.critical[index] === 1,
      earliestStartDate: dateAt(schedule.earliestStart[index]),
      latestFinishDate,
      late,
    };
  });

  const degree = new Int32Array(tasks.length);
  for (let k = 0; k < from.length; k++) {
    degree[from[k]]++;
    degree[to[k]]++;
  }
  const byQuadrant = Object.fromEntries(quadrants.map((quadrant) => [quadrant, emptyTally()])) as Record<
    Quadrant,
    Tally
  >;
  const byObjective: Record<string, Tally> = Object.fromEntries(
    [...input.objectiveIds.map(String), 'none'].map((key) => [key, emptyTally()]),
  );
  const total = emptyTally();
  for (const task of tasks) {
    add(byQuadrant[quadrantOfStep(task.step)], task);
    add(byObjective[task.objectiveId === null ? 'none' : String(task.objectiveId)] ?? emptyTally(), task);
    add(total, task);
  }
  const leverage = tasks
    .map((task, index) => ({ taskId: task.id, threads: degree[index] }))
    .filter((entry) => entry.threads > 0)
    .sort((a, b) => b.threads - a.threads || a.taskId - b.taskId)
    .slice(0, 5);
  // Share of the work by hours; when no hours are entered yet, by number of tasks.
  const celebrateShare =
    total.hours > 0
      ? byQuadrant.celebrar.hours / total.hours
      : total.tasks > 0
        ? byQuadrant.celebrar.tasks / total.tasks
        : 0;

  return {
    timing,
    duration: schedule.duration,
    endDate: addDays(input.startDate, schedule.duration),
    criticalPath: Array.from(schedule.criticalPath, (index) => tasks[index].id),
    criticalThreadIds: threads.filter((_, k) => schedule.criticalThread[k] === 1).map((thread) => thread.id),
    lateTaskIds,
    progress: { total, byQuadrant, byObjective },
    checks: {
      tasksWithoutPeople: tasks.filter((task) => task.canDo.length === 0).map((task) => task.id),
      tasksWithoutThreads: tasks.filter((_, index) => degree[index] === 0).map((task) => task.id),
      leverage,
      celebrateShare,
      celebrateTarget,
      objectiveCount: input.objectiveIds.length,
    },
  };
}

export type PlanAnalysis = ReturnType<typeof analysePlan>;
