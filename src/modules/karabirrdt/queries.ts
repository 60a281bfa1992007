import type { Insertable, Updateable } from 'kysely';
import { countAll, type Db, forUpdate } from '../../platform/db/index.js';
import type {
  KarabirrdtDreamTable,
  KarabirrdtMemberTable,
  KarabirrdtObjectiveTable,
  KarabirrdtPlanTable,
  KarabirrdtTaskTable,
  TaskPersonKind,
} from './tables.js';
import './tables.js';

/** A plan by id; `lock` takes its row for the transaction (PostgreSQL FOR UPDATE). */
export async function findPlan(db: Db, planId: number, lock = false) {
  const query = db.selectFrom('karabirrdt_plans').selectAll().where('id', '=', planId);
  return (lock ? forUpdate(db, query) : query).executeTakeFirst();
}

// Rows per multi-row insert: well under the bound-parameter limits of SQLite and PostgreSQL.
const chunkSize = 200;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += chunkSize)
    await insert(rows.slice(start, start + chunkSize));
}

// Plans

export async function insertPlan(db: Db, plan: Insertable<KarabirrdtPlanTable>) {
  const row = await db.insertInto('karabirrdt_plans').values(plan).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePlan(db: Db, id: number, values: Updateable<KarabirrdtPlanTable>) {
  await db.updateTable('karabirrdt_plans').set(values).where('id', '=', id).execute();
}

export async function deletePlan(db: Db, id: number) {
  await db.deleteFrom('karabirrdt_plans').where('id', '=', id).execute();
}

/** Plans of the given regions, and national plans when asked. */
export async function listPlans(db: Db, filter: { regions: string[]; national: boolean }) {
  // Nothing in reach (a facilitator): no query at all (a constant false would not bind on SQLite).
  if (!filter.regions.length && !filter.national) return [];
  return db
    .selectFrom('karabirrdt_plans as p')
    .select([
      'p.id',
      'p.title',
      'p.region_code',
      'p.start_date',
      'p.end_date',
      'p.updated_at',
      (eb) =>
        eb
          .selectFrom('karabirrdt_tasks as t')
          .select(countAll().as('n'))
          .whereRef('t.plan_id', '=', 'p.id')
          .as('task_count'),
      (eb) =>
        eb
          .selectFrom('karabirrdt_tasks as t')
          .select(countAll().as('n'))
          .whereRef('t.plan_id', '=', 'p.id')
          .where('t.status', '=', 'done')
          .as('done_count'),
    ])
    .where((eb) => {
      const alternatives = [];
      if (filter.regions.length) alternatives.push(eb('p.region_code', 'in', filter.regions));
      if (filter.national) alternatives.push(eb('p.region_code', 'is', null));
      return eb.or(alternatives);
    })
    .orderBy('p.start_date', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
}

// Members

export async function insertMember(db: Db, member: Insertable<KarabirrdtMemberTable>) {
  const row = await db
    .insertInto('karabirrdt_members')
    .values(member)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listMembers(db: Db, planId: number) {
  return db
    .selectFrom('karabirrdt_members')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
}

export async function updateMember(db: Db, id: number, name: string) {
  await db.updateTable('karabirrdt_members').set({ name }).where('id', '=', id).execute();
}

export async function deleteMember(db: Db, id: number) {
  await db.deleteFrom('karabirrdt_members').where('id', '=', id).execute();
}

// Dream circle

export async function insertDream(db: Db, dream: Insertable<KarabirrdtDreamTable>) {
  const row = await db
    .insertInto('karabirrdt_dreams')
    .values(dream)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listDreams(db: Db, planId: number) {
  return db.selectFrom('karabirrdt_dreams').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
}

export async function updateDream(db: Db, id: number, values: Updateable<KarabirrdtDreamTable>) {
  await db.updateTable('karabirrdt_dreams').set(values).where('id', '=', id).execute();
}

export async function deleteDream(db: Db, id: number) {
  await db.deleteFrom('karabirrdt_dreams').where('id', '=', id).execute();
}

// Objectives and straw poll

export async function insertObjective(db: Db, objective: Insertable<KarabirrdtObjectiveTable>) {
  const row = await db
    .insertInto('karabirrdt_objectives')
    .values(objective)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listObjectives(db: Db, planId: number) {
  return db
    .selectFrom('karabirrdt_objectives')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function updateObjective(db: Db, id: number, values: Updateable<KarabirrdtObjectiveTable>) {
  await db.updateTable('karabirrdt_objectives').set(values).where('id', '=', id).execute();
}

export async function deleteObjective(db: Db, id: number) {
  await db.deleteFrom('karabirrdt_objectives').where('id', '=', id).execute();
}

export function listPoll(db: Db, planId: number) {
  return db.selectFrom('karabirrdt_poll').selectAll().where('plan_id', '=', planId).execute();
}

export async function replacePoll(
  db: Db,
  planId: number,
  memberId: number,
  entries: Array<{ objectiveId: number; dots: number }>,
) {
  await db.deleteFrom('karabirrdt_poll').where('member_id', '=', memberId).execute();
  const rows = entries
    .filter((entry) => entry.dots > 0)
    .map((entry) => ({
      plan_id: planId,
      member_id: memberId,
      objective_id: entry.objectiveId,
      dots: entry.dots,
    }));
  if (rows.length) await db.insertInto('karabirrdt_poll').values(rows).execute();
}

// Tasks

export async function insertTask(db: Db, task: Insertable<KarabirrdtTaskTable>) {
  const row = await db.insertInto('karabirrdt_tasks').values(task).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function findTask(db: Db, id: number) {
  return db.selectFrom('karabirrdt_tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTasks(db: Db, planId: number) {
  return db.selectFrom('karabirrdt_tasks').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
}

/** Writes the task only if it is still at `version`; returns whether it did (optimistic concurrency). */
export async function updateTaskAtVersion(
  db: Db,
  id: number,
  version: number,
  values: Updateable<KarabirrdtTaskTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('karabirrdt_tasks')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTask(db: Db, id: number) {
  await db.deleteFrom('karabirrdt_tasks').where('id', '=', id).execute();
}

export function listTaskPeople(db: Db, planId: number) {
  return db
    .selectFrom('karabirrdt_task_people as tp')
    .innerJoin('karabirrdt_tasks as t', 't.id', 'tp.task_id')
    .select(['tp.task_id', 'tp.member_id', 'tp.kind'])
    .where('t.plan_id', '=', planId)
    .execute();
}

export function peopleOfTask(db: Db, taskId: number) {
  return db.selectFrom('karabirrdt_task_people').selectAll().where('task_id', '=', taskId).execute();
}

export async function replaceTaskPeople(db: Db, taskId: number, kind: TaskPersonKind, memberIds: number[]) {
  await db
    .deleteFrom('karabirrdt_task_people')
    .where('task_id', '=', taskId)
    .where('kind', '=', kind)
    .execute();
  const unique = [...new Set(memberIds)];
  if (unique.length) {
    await db
      .insertInto('karabirrdt_task_people')
      .values(unique.map((memberId) => ({ task_id: taskId, member_id: memberId, kind })))
      .execute();
  }
}

// Threads

export async function insertThread(db: Db, planId: number, fromTaskId: number, toTaskId: number) {
  const row = await db
    .insertInto('karabirrdt_threads')
    .values({ plan_id: planId, from_task_id: fromTaskId, to_task_id: toTaskId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listThreads(db: Db, planId: number) {
  return db
    .selectFrom('karabirrdt_threads')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('id')
    .execute();
}

export function findThread(db: Db, id: number) {
  return db.selectFrom('karabirrdt_threads').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteThread(db: Db, id: number) {
  await db.deleteFrom('karabirrdt_threads').where('id', '=', id).execute();
}

// Events

export async function insertEvent(db: Db, planId: number, type: string, payload: unknown, createdAt: string) {
  const row = await db
    .insertInto('karabirrdt_events')
    .values({ plan_id: planId, type, payload_json: JSON.stringify(payload), created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function eventsAfter(db: Db, planId: number, afterId: number) {
  return db
    .selectFrom('karabirrdt_events')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(500)
    .execute();
}

// Bulk writes of an imported plan (ids come back in insertion order on both dialects).

export async function insertMany<
  T extends 'karabirrdt_members' | 'karabirrdt_objectives' | 'karabirrdt_tasks' | 'karabirrdt_dreams',
>(db: Db, table: T, rows: Array<Insertable<import('../../platform/db/schema.js').Database[T]>>) {
  const ids: number[] = [];
  await insertChunked(rows, async (chunk) => {
    // biome-ignore lint/suspicious/noExplicitAny: the table is one of four with an id; rows are typed by the caller
    const inserted = await (db.insertInto(table) as any).values(chunk).returning('id').execute();
    // Ids of one statement grow in insertion order; sorted because RETURNING promises no order.
    ids.push(...(inserted as Array<{ id: number }>).map((row) => row.id).sort((a, b) => a - b));
  });
  return ids;
}

export async function insertManyLinks(
  db: Db,
  poll: Array<{ plan_id: number; member_id: number; objective_id: number; dots: number }>,
  people: Array<{ task_id: number; member_id: number; kind: TaskPersonKind }>,
  threads: Array<{ plan_id: number; from_task_id: number; to_task_id: number }>,
) {
  await insertChunked(poll, (chunk) => db.insertInto('karabirrdt_poll').values(chunk).execute());
  await insertChunked(people, (chunk) => db.insertInto('karabirrdt_task_people').values(chunk).execute());
  await insertChunked(threads, (chunk) => db.insertInto('karabirrdt_threads').values(chunk).execute());
}
