import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError, type ErrorIssue } from '../../platform/errors/index.js';
import { cleanTexts } from '../../platform/http/input.js';
import { ownWording } from '../../platform/http/issues.js';
import { issuesOf } from '../../platform/http/route.js';
import { type TaskForFormats, tasksCsv, tasksIcs } from './formats.js';
import { canCreatePlan } from './policy.js';
import * as q from './queries.js';
import { computeSchedule } from './schedule.js';
import { type PlanFile, planFileSchema } from './schema.js';
import { type PlanView, planView } from './service.js';
import { isStep } from './steps.js';

/** The plan as a re-importable file: keys (m1, o2, t3) tie its parts together instead of ids. */
export function planFileOf(view: PlanView): PlanFile {
  const member = (id: number) => `m${id}`;
  const objective = (id: number) => `o${id}`;
  const task = (id: number) => `t${id}`;
  return {
    format: 'minga.karabirrdt',
    version: 1,
    plan: {
      title: view.plan.title,
      regionCode: view.plan.regionCode,
      startDate: view.plan.startDate,
      endDate: view.plan.endDate,
      dotsPerMember: view.plan.dotsPerMember,
    },
    members: view.members.map((entry) => ({ key: member(entry.id), name: entry.name })),
    dreams: view.dreams.map((dream) => ({
      member: dream.memberId === null ? null : member(dream.memberId),
      text: dream.text,
      achieved: dream.achieved,
      evaluationNote: dream.evaluationNote,
    })),
    objectives: [...view.objectives]
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((entry) => ({ key: objective(entry.id), title: entry.title })),
    poll: view.poll.map((entry) => ({
      member: member(entry.memberId),
      objective: objective(entry.objectiveId),
      dots: entry.dots,
    })),
    tasks: view.tasks.map((entry) => ({
      key: task(entry.id),
      title: entry.title,
      description: entry.description,
      step: entry.step,
      objective: entry.objectiveId === null ? null : objective(entry.objectiveId),
      hours: entry.hours,
      cost: entry.cost,
      durationDays: entry.durationDays,
      startDate: entry.startDate,
      dueDate: entry.dueDate,
      status: entry.status,
      canDo: entry.canDo.map(member),
      wantsToLearn: entry.wantsToLearn.map(member),
    })),
    threads: view.threads.map((thread) => ({ from: task(thread.fromTaskId), to: task(thread.toTaskId) })),
  };
}

/** Rows for CSV and iCalendar, with names instead of ids and the schedule of each task. */
export function tasksForFormats(view: PlanView): TaskForFormats[] {
  const memberName = new Map(view.members.map((member) => [member.id, member.name]));
  const objectiveTitle = new Map(view.objectives.map((objective) => [objective.id, objective.title]));
  return view.tasks.map((task) => {
    const timing = view.analysis.timing[task.id];
    return {
      ...task,
      objective: task.objectiveId === null ? null : (objectiveTitle.get(task.objectiveId) ?? null),
      canDo: task.canDo.map((id) => memberName.get(id) ?? `#${id}`),
      wantsToLearn: task.wantsToLearn.map((id) => memberName.get(id) ?? `#${id}`),
      earliestStart: timing.earliestStart,
      slack: timing.slack,
      critical: timing.critical,
      late: timing.late,
    };
  });
}

export async function exportPlan(
  ctx: Context,
  actor: StaffActor,
  planId: number,
  format: 'json' | 'csv' | 'ics',
) {
  const view = await planView(ctx, actor, planId);
  if (format === 'json') return planFileOf(view);
  if (format === 'csv') return tasksCsv(tasksForFormats(view));
  const host = ctx.config.PUBLIC_URL ? new URL(ctx.config.PUBLIC_URL).host : 'minga';
  return tasksIcs(view.plan, tasksForFormats(view), new Date(), host);
}

/**
 * Every problem of a plan file, with where it is: the schema first, then what the schema cannot
 * see (unknown keys, steps, dates out of order, too many dots, loops of threads).
 */
export function checkPlanFile(raw: unknown): { file: PlanFile | null; issues: ErrorIssue[] } {
  const parsed = planFileSchema.safeParse(raw, ownWording);
  if (!parsed.success) return { file: null, issues: issuesOf(parsed.error, 'plan') };
  // The same text rule as every API body: no control characters, no invisible-only texts, NFC.
  const cleaned = cleanTexts(parsed.data, 'plan', 'es');
  if (cleaned.issues.length) return { file: null, issues: cleaned.issues };
  const file = cleaned.value as PlanFile;
  const issues: ErrorIssue[] = [];
  const keySet = (entries: Array<{ key: string }>, where: string) => {
    const keys = new Set<string>();
    entries.forEach((entry, index) => {
      if (keys.has(entry.key))
        issues.push({ path: `plan.${where}.${index}.key`, message: `clave repetida «${entry.key}»` });
      keys.add(entry.key);
    });
    return keys;
  };
  const members = keySet(file.members, 'members');
  const objectives = keySet(file.objectives, 'objectives');
  const tasks = keySet(file.tasks, 'tasks');
  const known = (keys: Set<string>, key: string | null, path: string, what: string) => {
    if (key !== null && !keys.has(key))
      issues.push({ path, message: `${what} «${key}» no existe en el archivo` });
  };
  if (file.plan.endDate && file.plan.endDate < file.plan.startDate) {
    issues.push({
      path: 'plan.plan.endDate',
      message: `el término (${file.plan.endDate}) es anterior al inicio`,
    });
  }
  for (const [index, dream] of file.dreams.entries()) {
    known(members, dream.member, `plan.dreams.${index}.member`, 'persona');
  }
  const dotsByMember = new Map<string, number>();
  const pollPairs = new Set<string>();
  file.poll.forEach((entry, index) => {
    const pair = `${entry.member}/${entry.objective}`;
    if (pollPairs.has(pair)) issues.push({ path: `plan.poll.${index}`, message: `puntos repetidos ${pair}` });
    pollPairs.add(pair);
    known(members, entry.member, `plan.poll.${index}.member`, 'persona');
    known(objectives, entry.objective, `plan.poll.${index}.objective`, 'objetivo');
    dotsByMember.set(entry.member, (dotsByMember.get(entry.member) ?? 0) + entry.dots);
  });
  for (const [member, dots] of dotsByMember) {
    if (dots > file.plan.dotsPerMember) {
      issues.push({
        path: 'plan.poll',
        message: `«${member}» reparte ${dots} puntos; el máximo es ${file.plan.dotsPerMember}`,
      });
    }
  }
  file.tasks.forEach((task, index) => {
    const at = `plan.tasks.${index}`;
    if (!isStep(task.step))
      issues.push({ path: `${at}.step`, message: `el paso ${task.step} no existe (1 a 12)` });
    if (task.startDate && task.dueDate && task.dueDate < task.startDate) {
      issues.push({
        path: `${at}.dueDate`,
        message: `el término (${task.dueDate}) es anterior al inicio (${task.startDate})`,
      });
    }
    known(objectives, task.objective, `${at}.objective`, 'objetivo');
    for (const [position, key] of task.canDo.entries())
      known(members, key, `${at}.canDo.${position}`, 'persona');
    for (const [position, key] of task.wantsToLearn.entries()) {
      known(members, key, `${at}.wantsToLearn.${position}`, 'persona');
    }
  });
  const seen = new Set<string>();
  file.threads.forEach((thread, index) => {
    known(tasks, thread.from, `plan.threads.${index}.from`, 'tarea');
    known(tasks, thread.to, `plan.threads.${index}.to`, 'tarea');
    const pair = `${thread.from}→${thread.to}`;
    if (seen.has(pair)) issues.push({ path: `plan.threads.${index}`, message: `hilo repetido ${pair}` });
    seen.add(pair);
  });
  if (issues.length === 0) {
    const indexOf = new Map(file.tasks.map((task, index) => [task.key, index]));
    const schedule = computeSchedule(
      Int32Array.from(file.tasks, (task) => task.durationDays),
      Int32Array.from(file.threads, (thread) => indexOf.get(thread.from)!),
      Int32Array.from(file.threads, (thread) => indexOf.get(thread.to)!),
    );
    if (schedule.loop) {
      const names = schedule.loop.map((index) => `«${file.tasks[index].title}»`).join(' → ');
      issues.push({ path: 'plan.threads', message: `los hilos forman un ciclo: ${names}` });
    }
  }
  return { file: issues.length ? null : file, issues };
}

/** Stores a plan file as a new plan, all or nothing: an invalid file stores nothing (422 with every problem). */
export async function importPlan(ctx: Context, actor: StaffActor | null, raw: unknown) {
  if (actor && !canCreatePlan(actor)) throw new AppError('forbidden');
  const { file, issues } = checkPlanFile(raw);
  if (!file) throw new AppError('karabirrdt_invalid_file', { count: issues.length }, issues);
  return commitChange(ctx, actor, async (trx, change) => {
    const at = now();
    const planId = await q.insertPlan(trx, {
      title: file.plan.title,
      region_code: file.plan.regionCode,
      start_date: file.plan.startDate,
      end_date: file.plan.endDate,
      dots_per_member: file.plan.dotsPerMember,
      created_by: actor?.id ?? null,
      created_at: at,
      updated_at: at,
    });
    const memberIds = await q.insertMany(
      trx,
      'karabirrdt_members',
      file.members.map((member) => ({ plan_id: planId, user_id: null, name: member.name, created_at: at })),
    );
    const member = new Map(file.members.map((entry, index) => [entry.key, memberIds[index]]));
    const objectiveIds = await q.insertMany(
      trx,
      'karabirrdt_objectives',
      file.objectives.map((objective, position) => ({
        plan_id: planId,
        title: objective.title,
        position,
        created_at: at,
      })),
    );
    const objective = new Map(file.objectives.map((entry, index) => [entry.key, objectiveIds[index]]));
    await q.insertMany(
      trx,
      'karabirrdt_dreams',
      file.dreams.map((dream) => ({
        plan_id: planId,
        member_id: dream.member === null ? null : member.get(dream.member)!,
        text: dream.text,
        achieved: dream.achieved === null ? null : dream.achieved ? 1 : 0,
        evaluation_note: dream.evaluationNote,
        created_at: at,
      })),
    );
    const taskIds = await q.insertMany(
      trx,
      'karabirrdt_tasks',
      file.tasks.map((task) => ({
        plan_id: planId,
        title: task.title,
        description: task.description,
        step: task.step,
        objective_id: task.objective === null ? null : objective.get(task.objective)!,
        hours: task.hours,
        cost: task.cost,
        duration_days: task.durationDays,
        start_date: task.startDate,
        due_date: task.dueDate,
        status: task.status,
        version: 1,
        created_at: at,
        updated_at: at,
      })),
    );
    const task = new Map(file.tasks.map((entry, index) => [entry.key, taskIds[index]]));
    const people = file.tasks.flatMap((entry) => [
      ...[...new Set(entry.canDo)].map((key) => ({
        task_id: task.get(entry.key)!,
        member_id: member.get(key)!,
        kind: 'can' as const,
      })),
      ...[...new Set(entry.wantsToLearn)].map((key) => ({
        task_id: task.get(entry.key)!,
        member_id: member.get(key)!,
        kind: 'learn' as const,
      })),
    ]);
    await q.insertManyLinks(
      trx,
      file.poll
        .filter((entry) => entry.dots > 0)
        .map((entry) => ({
          plan_id: planId,
          member_id: member.get(entry.member)!,
          objective_id: objective.get(entry.objective)!,
          dots: entry.dots,
        })),
      people,
      file.threads.map((thread) => ({
        plan_id: planId,
        from_task_id: task.get(thread.from)!,
        to_task_id: task.get(thread.to)!,
      })),
    );
    await change.audit({
      action: 'karabirrdt.plan.import',
      entity: 'karabirrdt_plan',
      entityId: planId,
      regionCode: file.plan.regionCode,
      after: { title: file.plan.title, tasks: file.tasks.length, threads: file.threads.length },
    });
    return { id: planId, title: file.plan.title, tasks: file.tasks.length, threads: file.threads.length };
  });
}
