import type { Selectable } from 'kysely';
import type { StaffActor } from '../../platform/auth/actor.js';
import { type AuditEntry, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { today } from '../../platform/dates.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findStaffById } from '../staff/index.js';
import { analysePlan } from './analysis.js';
import { canCreatePlan, canDeletePlan, planListScope, requirePlanAccess } from './policy.js';
import * as q from './queries.js';
import { loopClosedBy } from './schedule.js';
import type {
  DreamInput,
  DreamPatch,
  MemberInput,
  ObjectivePatch,
  PlanInput,
  PlanPatch,
  PollInput,
  TaskInput,
  TaskPatch,
} from './schema.js';
import { isStep, quadrantOfStep } from './steps.js';
import type { KarabirrdtPlanTable, KarabirrdtTaskTable } from './tables.js';

type PlanRow = Selectable<KarabirrdtPlanTable>;
type TaskRow = Selectable<KarabirrdtTaskTable>;

export const maxObjectives = 8;

/** A stale task edit: carries the task as it is now, so the person can compare and choose. */
export class TaskConflict extends AppError {
  constructor(
    readonly current: ReturnType<typeof presentTask>,
    sent: number,
  ) {
    super('karabirrdt_version_conflict', { title: current.title, sent, current: current.version });
  }
}

export { today };

// Reading

/** The plans the caller may work on, with task counts. */
export async function listPlansFor(ctx: Context, actor: StaffActor) {
  const rows = await q.listPlans(ctx.db, planListScope(actor));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    regionCode: row.region_code,
    startDate: row.start_date,
    endDate: row.end_date,
    updatedAt: row.updated_at,
    taskCount: Number(row.task_count ?? 0),
    doneCount: Number(row.done_count ?? 0),
  }));
}

async function planFor(db: Db, actor: StaffActor, planId: number, lock = false): Promise<PlanRow> {
  const plan = await q.findPlan(db, planId, lock);
  if (!plan) throw new AppError('not_found', { what: `plan ${planId}` });
  requirePlanAccess(actor, plan);
  return plan;
}

/** Checks the caller may see the plan (for the live room and exports). */
export async function requirePlan(ctx: Context, actor: StaffActor, planId: number) {
  return planFor(ctx.db, actor, planId);
}

function presentPlan(plan: PlanRow) {
  return {
    id: plan.id,
    title: plan.title,
    regionCode: plan.region_code,
    startDate: plan.start_date,
    endDate: plan.end_date,
    dotsPerMember: plan.dots_per_member,
    updatedAt: plan.updated_at,
  };
}

export function presentTask(task: TaskRow, people: Array<{ member_id: number; kind: string }>) {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    step: task.step,
    quadrant: quadrantOfStep(task.step),
    objectiveId: task.objective_id,
    hours: Number(task.hours),
    cost: Number(task.cost),
    durationDays: task.duration_days,
    startDate: task.start_date,
    dueDate: task.due_date,
    status: task.status,
    version: task.version,
    canDo: people.filter((person) => person.kind === 'can').map((person) => person.member_id),
    wantsToLearn: people.filter((person) => person.kind === 'learn').map((person) => person.member_id),
    updatedAt: task.updated_at,
  };
}

/** Everything the plan page shows, with the schedule and the check panel recomputed now. */
export async function planView(ctx: Context, actor: StaffActor, planId: number, on = today()) {
  const plan = await planFor(ctx.db, actor, planId);
  const [members, dreams, objectives, poll, tasks, people, threads] = await Promise.all([
    q.listMembers(ctx.db, planId),
    q.listDreams(ctx.db, planId),
    q.listObjectives(ctx.db, planId),
    q.listPoll(ctx.db, planId),
    q.listTasks(ctx.db, planId),
    q.listTaskPeople(ctx.db, planId),
    q.listThreads(ctx.db, planId),
  ]);
  const peopleByTask = new Map<number, Array<{ member_id: number; kind: string }>>();
  for (const person of people) {
    const list = peopleByTask.get(person.task_id) ?? [];
    list.push(person);
    peopleByTask.set(person.task_id, list);
  }
  const presentedTasks = tasks.map((task) => presentTask(task, peopleByTask.get(task.id) ?? []));
  const dotsByObjective = new Map<number, number>();
  for (const entry of poll) {
    dotsByObjective.set(entry.objective_id, (dotsByObjective.get(entry.objective_id) ?? 0) + entry.dots);
  }
  // The straw poll orders the objectives: the one that, attended to first, makes the others easier.
  const rankedObjectives = objectives
    .map((objective) => ({
      id: objective.id,
      title: objective.title,
      position: objective.position,
      dots: dotsByObjective.get(objective.id) ?? 0,
    }))
    .sort((a, b) => b.dots - a.dots || a.position - b.position || a.id - b.id)
    .map((objective, index) => ({ ...objective, rank: index + 1 }));
  const analysis = analysePlan({
    startDate: plan.start_date,
    today: on,
    objectiveIds: rankedObjectives.map((objective) => objective.id),
    tasks: presentedTasks,
    threads: threads.map((thread) => ({
      id: thread.id,
      fromTaskId: thread.from_task_id,
      toTaskId: thread.to_task_id,
    })),
  });
  return {
    plan: presentPlan(plan),
    today: on,
    members: members.map((member) => ({ id: member.id, name: member.name, userId: member.user_id })),
    dreams: dreams.map((dream) => ({
      id: dream.id,
      memberId: dream.member_id,
      text: dream.text,
      achieved: dream.achieved === null ? null : dream.achieved === 1,
      evaluationNote: dream.evaluation_note,
    })),
    objectives: rankedObjectives,
    poll: poll.map((entry) => ({
      memberId: entry.member_id,
      objectiveId: entry.objective_id,
      dots: entry.dots,
    })),
    tasks: presentedTasks,
    threads: threads.map((thread) => ({
      id: thread.id,
      fromTaskId: thread.from_task_id,
      toTaskId: thread.to_task_id,
    })),
    analysis,
  };
}

export type PlanView = Awaited<ReturnType<typeof planView>>;

// Writing: one transaction per change, with its audit entry and its event; pushed live after commit.

async function changePlan<T>(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  work: (trx: Db, plan: PlanRow) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> {
  return commitChange(ctx, actor, async (trx, change) => {
    // The plan row is locked (PostgreSQL) so that two threads added at once cannot close a loop together.
    const plan = await planFor(trx, actor, planId, true);
    const { result, audit } = await work(trx, plan);
    const at = now();
    await change.audit({ ...audit, regionCode: plan.region_code });
    await q.updatePlan(trx, planId, { updated_at: at });
    const payload = { action: audit.action, entity: audit.entity, entityId: audit.entityId, by: actor.name };
    const eventId = await q.insertEvent(trx, planId, audit.action, payload, at);
    change.announce(`plan:${planId}`, { id: eventId, type: audit.action, payload });
    return result;
  });
}

function checkDates(start: string | null, end: string | null, path: string) {
  if (start && end && end < start) {
    throw new AppError('karabirrdt_dates_out_of_order', { start, end }, [
      { path, message: `${end} < ${start}` },
    ]);
  }
}

function checkStep(step: number) {
  if (!isStep(step))
    throw new AppError('karabirrdt_step_unknown', { step }, [{ path: 'body.step', message: `${step}` }]);
}

/** Creates a plan (national team only). */
export async function createPlan(ctx: Context, actor: StaffActor, input: PlanInput) {
  if (!canCreatePlan(actor)) throw new AppError('forbidden');
  checkDates(input.startDate, input.endDate, 'body.endDate');
  return commitChange(ctx, actor, async (trx, change) => {
    const at = now();
    const id = await q.insertPlan(trx, {
      title: input.title,
      region_code: input.regionCode,
      start_date: input.startDate,
      end_date: input.endDate,
      dots_per_member: input.dotsPerMember,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    });
    await change.audit({
      action: 'karabirrdt.plan.create',
      entity: 'karabirrdt_plan',
      entityId: id,
      regionCode: input.regionCode,
      after: input,
    });
    return { id, ...input };
  });
}

export async function updatePlanDetails(ctx: Context, actor: StaffActor, planId: number, patch: PlanPatch) {
  return changePlan(ctx, actor, planId, async (trx, plan) => {
    const next = {
      title: patch.title ?? plan.title,
      start_date: patch.startDate ?? plan.start_date,
      end_date: patch.endDate === undefined ? plan.end_date : patch.endDate,
      dots_per_member: patch.dotsPerMember ?? plan.dots_per_member,
    };
    checkDates(next.start_date, next.end_date, 'body.endDate');
    await q.updatePlan(trx, planId, next);
    return {
      result: { ...presentPlan(plan), ...patch },
      audit: {
        action: 'karabirrdt.plan.update',
        entity: 'karabirrdt_plan',
        entityId: planId,
        before: plan,
        after: next,
      },
    };
  });
}

export async function removePlan(ctx: Context, actor: StaffActor, planId: number) {
  await commitChange(ctx, actor, async (trx, change) => {
    const plan = await planFor(trx, actor, planId, true);
    if (!canDeletePlan(actor)) throw new AppError('forbidden');
    await q.deletePlan(trx, planId);
    await change.audit({
      action: 'karabirrdt.plan.delete',
      entity: 'karabirrdt_plan',
      entityId: planId,
      regionCode: plan.region_code,
      before: plan,
    });
    change.announce(`plan:${planId}`, { id: 0, type: 'karabirrdt.plan.delete', payload: { planId } });
  });
}

// Members, dreams, objectives, straw poll

async function memberIdsOf(trx: Db, planId: number) {
  return new Set((await q.listMembers(trx, planId)).map((member) => member.id));
}

function requireIn(ids: Set<number>, wanted: Array<number | null | undefined>, what: string, path: string) {
  for (const id of wanted) {
    if (id !== null && id !== undefined && !ids.has(id)) {
      throw new AppError('karabirrdt_reference', { what: `${what} ${id}` }, [{ path, message: String(id) }]);
    }
  }
}

export async function addMember(ctx: Context, actor: StaffActor, planId: number, input: MemberInput) {
  return changePlan(ctx, actor, planId, async (trx) => {
    if (input.userId !== null) {
      const user = await findStaffById(trx, input.userId);
      if (!user) throw new AppError('karabirrdt_reference', { what: `usuario ${input.userId}` });
    }
    const id = await q.insertMember(trx, {
      plan_id: planId,
      user_id: input.userId,
      name: input.name,
      created_at: now(),
    });
    return {
      result: { id, name: input.name, userId: input.userId },
      audit: { action: 'karabirrdt.member.create', entity: 'karabirrdt_member', entityId: id, after: input },
    };
  });
}

export async function renameMember(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  memberId: number,
  name: string,
) {
  return changePlan(ctx, actor, planId, async (trx) => {
    requireIn(await memberIdsOf(trx, planId), [memberId], 'persona', 'params.memberId');
    await q.updateMember(trx, memberId, name);
    return {
      result: { id: memberId, name },
      audit: {
        action: 'karabirrdt.member.update',
        entity: 'karabirrdt_member',
        entityId: memberId,
        after: { name },
      },
    };
  });
}

export async function removeMember(ctx: Context, actor: StaffActor, planId: number, memberId: number) {
  return changePlan(ctx, actor, planId, async (trx) => {
    requireIn(await memberIdsOf(trx, planId), [memberId], 'persona', 'params.memberId');
    await q.deleteMember(trx, memberId);
    return {
      result: undefined,
      audit: { action: 'karabirrdt.member.delete', entity: 'karabirrdt_member', entityId: memberId },
    };
  });
}

export async function addDream(ctx: Context, actor: StaffActor, planId: number, input: DreamInput) {
  return changePlan(ctx, actor, planId, async (trx) => {
    requireIn(await memberIdsOf(trx, planId), [input.memberId], 'persona', 'body.memberId');
    const id = await q.insertDream(trx, {
      plan_id: planId,
      member_id: input.memberId,
      text: input.text,
      achieved: null,
      evaluation_note: null,
      created_at: now(),
    });
    return {
      result: { id, ...input, achieved: null, evaluationNote: null },
      audit: { action: 'karabirrdt.dream.create', entity: 'karabirrdt_dream', entityId: id, after: input },
    };
  });
}

async function dreamOf(trx: Db, planId: number, dreamId: number) {
  const dream = (await q.listDreams(trx, planId)).find((row) => row.id === dreamId);
  if (!dream) throw new AppError('not_found', { what: `sueño ${dreamId}` });
  return dream;
}

/** Edits a dream, or records at the end whether it was achieved (the celebrating quadrant). */
export async function updateDream(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  dreamId: number,
  patch: DreamPatch,
) {
  return changePlan(ctx, actor, planId, async (trx) => {
    const dream = await dreamOf(trx, planId, dreamId);
    requireIn(await memberIdsOf(trx, planId), [patch.memberId], 'persona', 'body.memberId');
    const next = {
      member_id: patch.memberId === undefined ? dream.member_id : patch.memberId,
      text: patch.text ?? dream.text,
      achieved:
        patch.achieved === undefined
          ? dream.achieved
          : patch.achieved === null
            ? null
            : patch.achieved
              ? 1
              : 0,
      evaluation_note: patch.evaluationNote === undefined ? dream.evaluation_note : patch.evaluationNote,
    };
    await q.updateDream(trx, dreamId, next);
    return {
      result: {
        id: dreamId,
        memberId: next.member_id,
        text: next.text,
        achieved: next.achieved === null ? null : next.achieved === 1,
        evaluationNote: next.evaluation_note,
      },
      audit: {
        action: 'karabirrdt.dream.update',
        entity: 'karabirrdt_dream',
        entityId: dreamId,
        before: dream,
        after: next,
      },
    };
  });
}

export async function removeDream(ctx: Context, actor: StaffActor, planId: number, dreamId: number) {
  return changePlan(ctx, actor, planId, async (trx) => {
    const dream = await dreamOf(trx, planId, dreamId);
    await q.deleteDream(trx, dreamId);
    return {
      result: undefined,
      audit: {
        action: 'karabirrdt.dream.delete',
        entity: 'karabirrdt_dream',
        entityId: dreamId,
        before: dream,
      },
    };
  });
}

export async function addObjective(ctx: Context, actor: StaffActor, planId: number, title: string) {
  return changePlan(ctx, actor, planId, async (trx) => {
    const objectives = await q.listObjectives(trx, planId);
    if (objectives.length >= maxObjectives) {
      throw new AppError('karabirrdt_too_many_objectives', { count: objectives.length });
    }
    const position = objectives.reduce((max, objective) => Math.max(max, objective.position + 1), 0);
    const id = await q.insertObjective(trx, { plan_id: planId, title, position, created_at: now() });
    return {
      result: { id, title, position },
      audit: {
        action: 'karabirrdt.objective.create',
        entity: 'karabirrdt_objective',
        entityId: id,
        after: { title },
      },
    };
  });
}

async function objectiveIdsOf(trx: Db, planId: number) {
  return new Set((await q.listObjectives(trx, planId)).map((objective) => objective.id));
}

export async function updateObjective(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  objectiveId: number,
  patch: ObjectivePatch,
) {
  return changePlan(ctx, actor, planId, async (trx) => {
    requireIn(await objectiveIdsOf(trx, planId), [objectiveId], 'objetivo', 'params.objectiveId');
    await q.updateObjective(trx, objectiveId, patch);
    return {
      result: { id: objectiveId, ...patch },
      audit: {
        action: 'karabirrdt.objective.update',
        entity: 'karabirrdt_objective',
        entityId: objectiveId,
        after: patch,
      },
    };
  });
}

export async function removeObjective(ctx: Context, actor: StaffActor, planId: number, objectiveId: number) {
  return changePlan(ctx, actor, planId, async (trx) => {
    requireIn(await objectiveIdsOf(trx, planId), [objectiveId], 'objetivo', 'params.objectiveId');
    await q.deleteObjective(trx, objectiveId);
    return {
      result: undefined,
      audit: { action: 'karabirrdt.objective.delete', entity: 'karabirrdt_objective', entityId: objectiveId },
    };
  });
}

/** One member's dots over the objectives (replacing their previous ones), within the plan's budget. */
export async function castPoll(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  memberId: number,
  input: PollInput,
) {
  return changePlan(ctx, actor, planId, async (trx, plan) => {
    requireIn(await memberIdsOf(trx, planId), [memberId], 'persona', 'params.memberId');
    requireIn(
      await objectiveIdsOf(trx, planId),
      input.dots.map((entry) => entry.objectiveId),
      'objetivo',
      'body.dots',
    );
    const used = input.dots.reduce((sum, entry) => sum + entry.dots, 0);
    if (used > plan.dots_per_member) {
      throw new AppError('karabirrdt_poll_over_budget', { budget: plan.dots_per_member, used });
    }
    await q.replacePoll(trx, planId, memberId, input.dots);
    return {
      result: { memberId, dots: input.dots, used },
      audit: {
        action: 'karabirrdt.poll.cast',
        entity: 'karabirrdt_member',
        entityId: memberId,
        after: input,
      },
    };
  });
}

// Tasks and threads

async function checkTaskReferences(
  trx: Db,
  planId: number,
  task: { objectiveId?: number | null; canDo?: number[]; wantsToLearn?: number[] },
) {
  requireIn(await objectiveIdsOf(trx, planId), [task.objectiveId], 'objetivo', 'body.objectiveId');
  const members = await memberIdsOf(trx, planId);
  requireIn(members, task.canDo ?? [], 'persona', 'body.canDo');
  requireIn(members, task.wantsToLearn ?? [], 'persona', 'body.wantsToLearn');
}

export async function addTask(ctx: Context, actor: StaffActor, planId: number, input: TaskInput) {
  checkStep(input.step);
  checkDates(input.startDate, input.dueDate, 'body.dueDate');
  return changePlan(ctx, actor, planId, async (trx) => {
    await checkTaskReferences(trx, planId, input);
    const at = now();
    const id = await q.insertTask(trx, {
      plan_id: planId,
      title: input.title,
      description: input.description,
      step: input.step,
      objective_id: input.objectiveId,
      hours: input.hours,
      cost: input.cost,
      duration_days: input.durationDays,
      start_date: input.startDate,
      due_date: input.dueDate,
      status: input.status,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await q.replaceTaskPeople(trx, id, 'can', input.canDo);
    await q.replaceTaskPeople(trx, id, 'learn', input.wantsToLearn);
    const task = presentTask((await q.findTask(trx, id))!, await q.peopleOfTask(trx, id));
    return {
      result: task,
      audit: { action: 'karabirrdt.task.create', entity: 'karabirrdt_task', entityId: id, after: task },
    };
  });
}

async function taskOf(trx: Db, planId: number, taskId: number) {
  const task = await q.findTask(trx, taskId);
  if (!task || task.plan_id !== planId) throw new AppError('not_found', { what: `tarea ${taskId}` });
  return task;
}

/**
 * Changes a task if nobody changed it since `patch.version`; otherwise refuses with the task as it
 * is now (409), so that two edits of the same task never silently overwrite each other.
 */
export async function updateTask(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  taskId: number,
  patch: TaskPatch,
) {
  if (patch.step !== undefined) checkStep(patch.step);
  return changePlan(ctx, actor, planId, async (trx) => {
    const task = await taskOf(trx, planId, taskId);
    const before = presentTask(task, await q.peopleOfTask(trx, taskId));
    if (task.version !== patch.version) throw new TaskConflict(before, patch.version);
    const startDate = patch.startDate === undefined ? task.start_date : patch.startDate;
    const dueDate = patch.dueDate === undefined ? task.due_date : patch.dueDate;
    checkDates(startDate, dueDate, 'body.dueDate');
    await checkTaskReferences(trx, planId, patch);
    const written = await q.updateTaskAtVersion(trx, taskId, patch.version, {
      title: patch.title ?? task.title,
      description: patch.description === undefined ? task.description : patch.description,
      step: patch.step ?? task.step,
      objective_id: patch.objectiveId === undefined ? task.objective_id : patch.objectiveId,
      hours: patch.hours ?? task.hours,
      cost: patch.cost ?? task.cost,
      duration_days: patch.durationDays ?? task.duration_days,
      start_date: startDate,
      due_date: dueDate,
      status: patch.status ?? task.status,
      updated_at: now(),
    });
    if (!written) {
      const current = await q.findTask(trx, taskId);
      throw new TaskConflict(presentTask(current!, await q.peopleOfTask(trx, taskId)), patch.version);
    }
    if (patch.canDo) await q.replaceTaskPeople(trx, taskId, 'can', patch.canDo);
    if (patch.wantsToLearn) await q.replaceTaskPeople(trx, taskId, 'learn', patch.wantsToLearn);
    const after = presentTask((await q.findTask(trx, taskId))!, await q.peopleOfTask(trx, taskId));
    return {
      result: after,
      audit: { action: 'karabirrdt.task.update', entity: 'karabirrdt_task', entityId: taskId, before, after },
    };
  });
}

export async function removeTask(ctx: Context, actor: StaffActor, planId: number, taskId: number) {
  return changePlan(ctx, actor, planId, async (trx) => {
    const task = await taskOf(trx, planId, taskId);
    await q.deleteTask(trx, taskId);
    return {
      result: undefined,
      audit: { action: 'karabirrdt.task.delete', entity: 'karabirrdt_task', entityId: taskId, before: task },
    };
  });
}

/** Adds a thread; refused (422) when it would close a loop, naming the tasks of the loop in order. */
export async function addThread(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  fromTaskId: number,
  toTaskId: number,
) {
  return changePlan(ctx, actor, planId, async (trx) => {
    const tasks = await q.listTasks(trx, planId);
    const indexOf = new Map(tasks.map((task, index) => [task.id, index]));
    for (const [id, path] of [
      [fromTaskId, 'body.fromTaskId'],
      [toTaskId, 'body.toTaskId'],
    ] as const) {
      if (!indexOf.has(id)) {
        throw new AppError('karabirrdt_reference', { what: `tarea ${id}` }, [{ path, message: String(id) }]);
      }
    }
    const threads = await q.listThreads(trx, planId);
    if (threads.some((thread) => thread.from_task_id === fromTaskId && thread.to_task_id === toTaskId)) {
      throw new AppError('karabirrdt_thread_exists');
    }
    const loop = loopClosedBy(
      tasks.length,
      Int32Array.from(threads, (thread) => indexOf.get(thread.from_task_id)!),
      Int32Array.from(threads, (thread) => indexOf.get(thread.to_task_id)!),
      indexOf.get(fromTaskId)!,
      indexOf.get(toTaskId)!,
    );
    if (loop) {
      const names = loop.map((index) => `«${tasks[index].title}»`);
      throw new AppError('karabirrdt_loop', { loop: names.join(' → ') }, [
        { path: 'body.toTaskId', message: loop.map((index) => tasks[index].id).join(' → ') },
      ]);
    }
    const id = await q.insertThread(trx, planId, fromTaskId, toTaskId);
    return {
      result: { id, fromTaskId, toTaskId },
      audit: {
        action: 'karabirrdt.thread.create',
        entity: 'karabirrdt_thread',
        entityId: id,
        after: { fromTaskId, toTaskId },
      },
    };
  });
}

export async function removeThread(ctx: Context, actor: StaffActor, planId: number, threadId: number) {
  return changePlan(ctx, actor, planId, async (trx) => {
    const thread = await q.findThread(trx, threadId);
    if (!thread || thread.plan_id !== planId) throw new AppError('not_found', { what: `hilo ${threadId}` });
    await q.deleteThread(trx, threadId);
    return {
      result: undefined,
      audit: {
        action: 'karabirrdt.thread.delete',
        entity: 'karabirrdt_thread',
        entityId: threadId,
        before: thread,
      },
    };
  });
}

/** Events of a plan after the last one a reconnecting screen saw. */
export async function planEventsAfter(ctx: Context, actor: StaffActor, planId: number, afterId: number) {
  await planFor(ctx.db, actor, planId);
  const rows = await q.eventsAfter(ctx.db, planId, afterId);
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    payload: JSON.parse(row.payload_json) as unknown,
  }));
}
