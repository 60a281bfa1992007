import type { Insertable, Updateable } from 'kysely';
import { countAll, type Db, dialectName } from '../../platform/db/index.js';
import type { DialogueStatus, DialogueTable } from '../../platform/db/schema.js';

export type DialogueRow = Awaited<ReturnType<typeof findDialogue>> & {};

export async function findDialogue(db: Db, id: number) {
  return db.selectFrom('dialogues').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findDialogueByCode(db: Db, code: string) {
  return db.selectFrom('dialogues').selectAll().where('join_code', '=', code).executeTakeFirst();
}

export async function joinCodeTaken(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('dialogues').select('id').where('join_code', '=', code).executeTakeFirst());
}

export async function insertDialogue(db: Db, row: Insertable<DialogueTable>): Promise<number> {
  const inserted = await db.insertInto('dialogues').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateDialogue(db: Db, id: number, patch: Updateable<DialogueTable>) {
  await db.updateTable('dialogues').set(patch).where('id', '=', id).execute();
}

export interface DialogueFilter {
  regions: string[] | 'all';
  facilitatorId?: number;
  region?: string;
  status?: DialogueStatus;
  q?: string;
}

function filtered(db: Db, filter: DialogueFilter) {
  let query = db.selectFrom('dialogues');
  if (filter.regions !== 'all') {
    if (!filter.regions.length) query = query.where('id', '=', -1);
    else query = query.where('region_code', 'in', filter.regions);
  }
  if (filter.facilitatorId !== undefined) {
    const userId = filter.facilitatorId;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('dialogue_facilitators').select('dialogue_id').where('user_id', '=', userId),
    );
  }
  if (filter.region) query = query.where('region_code', '=', filter.region);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb(eb.fn('lower', ['title']), 'like', pattern));
  }
  return query;
}

export async function listDialogues(db: Db, filter: DialogueFilter, offset: number, limit: number) {
  return filtered(db, filter)
    .selectAll()
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

export async function countDialogues(db: Db, filter: DialogueFilter): Promise<number> {
  const row = await filtered(db, filter).select(countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Whether the user is assigned to the dialogue AND belongs to its region: an assignment made
 * before regions were checked, or a facilitator moved to another region, grants nothing.
 */
export async function isFacilitatorOf(db: Db, dialogueId: number, userId: number): Promise<boolean> {
  return !!(await facilitatorRows(db, dialogueId)
    .select('f.user_id')
    .where('f.user_id', '=', userId)
    .executeTakeFirst());
}

/** The dialogue's facilitators of its region; staff of any other region are never listed. */
export async function facilitatorsOf(db: Db, dialogueId: number) {
  return facilitatorRows(db, dialogueId)
    .innerJoin('staff_users as u', 'u.id', 'f.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .orderBy('u.name')
    .execute();
}

/** Ids assigned to the dialogue as stored, whatever their region (for the audit trail only). */
export async function assignedIds(db: Db, dialogueId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('dialogue_facilitators')
    .select('user_id')
    .where('dialogue_id', '=', dialogueId)
    .orderBy('user_id')
    .execute();
  return rows.map((row) => row.user_id);
}

function facilitatorRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_facilitators as f')
    .innerJoin('dialogues as d', 'd.id', 'f.dialogue_id')
    .innerJoin('staff_user_regions as r', (join) =>
      join.onRef('r.user_id', '=', 'f.user_id').onRef('r.region_code', '=', 'd.region_code'),
    )
    .where('f.dialogue_id', '=', dialogueId);
}

export async function replaceFacilitators(db: Db, dialogueId: number, userIds: number[]) {
  await db.deleteFrom('dialogue_facilitators').where('dialogue_id', '=', dialogueId).execute();
  if (userIds.length) {
    await db
      .insertInto('dialogue_facilitators')
      .values(userIds.map((user_id) => ({ dialogue_id: dialogueId, user_id })))
      .execute();
  }
}

/** Active accounts among `ids`, with their role and whether they belong to `regionCode`. */
export async function activeStaff(db: Db, ids: number[], regionCode: string) {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('staff_users as u')
    .select((eb) => [
      'u.id',
      'u.role',
      eb
        .exists(
          eb
            .selectFrom('staff_user_regions as r')
            .select('r.user_id')
            .whereRef('r.user_id', '=', 'u.id')
            .where('r.region_code', '=', regionCode),
        )
        .as('in_region'),
    ])
    .where('u.id', 'in', ids)
    .where('u.disabled_at', 'is', null)
    .execute();
  return rows.map((row) => ({ id: row.id, role: row.role, inRegion: !!row.in_region }));
}

export async function questionsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_questions')
    .select(['id', 'position', 'text'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('position')
    .execute();
}

export async function tablesOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_tables')
    .select(['id', 'number', 'name'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('number')
    .execute();
}

export async function insertQuestion(db: Db, dialogueId: number, position: number, text: string) {
  await db.insertInto('dialogue_questions').values({ dialogue_id: dialogueId, position, text }).execute();
}

export async function updateQuestion(db: Db, id: number, text: string) {
  await db.updateTable('dialogue_questions').set({ text }).where('id', '=', id).execute();
}

export async function insertTable(db: Db, dialogueId: number, number: number, name: string) {
  await db.insertInto('dialogue_tables').values({ dialogue_id: dialogueId, number, name }).execute();
}

export async function updateTableName(db: Db, id: number, name: string) {
  await db.updateTable('dialogue_tables').set({ name }).where('id', '=', id).execute();
}

export async function questionInUse(db: Db, questionId: number): Promise<boolean> {
  return !!(await db
    .selectFrom('ideas')
    .select('id')
    .where('question_id', '=', questionId)
    .executeTakeFirst());
}

export async function tableInUse(db: Db, tableId: number): Promise<boolean> {
  const idea = await db.selectFrom('ideas').select('id').where('table_id', '=', tableId).executeTakeFirst();
  if (idea) return true;
  return !!(await db
    .selectFrom('participants')
    .select('id')
    .where('table_id', '=', tableId)
    .executeTakeFirst());
}

export async function deleteQuestion(db: Db, id: number) {
  await db.deleteFrom('dialogue_questions').where('id', '=', id).execute();
}

export async function deleteTable(db: Db, id: number) {
  await db.deleteFrom('dialogue_tables').where('id', '=', id).execute();
}

export async function regionName(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? code;
}

/**
 * Locks the dialogue row until the transaction ends, so status, phase and merge changes of one
 * dialogue run one at a time. On PostgreSQL it is FOR NO KEY UPDATE: inserting a vote or an idea
 * takes a KEY SHARE lock on the dialogue it references, which FOR UPDATE would block, and a merge
 * (dialogue, then participants) would deadlock with a vote (participant, then the vote's insert).
 */
export async function lockDialogue(db: Db, dialogueId: number) {
  const query = db.selectFrom('dialogues').select('id').where('id', '=', dialogueId);
  await (dialectName(db) === 'postgres' ? query.forNoKeyUpdate() : query).execute();
}

/**
 * A shared lock on the dialogue row (PostgreSQL FOR SHARE): a phone's idea or evaluation takes it, so
 * they run side by side but never interleave with a batch of votes, a merge or a phase change, which
 * hold lockDialogue. Taken before any participant lock, so every transaction locks in the same order.
 */
export async function shareLockDialogue(db: Db, dialogueId: number) {
  // SQLite has one writer at a time already: the lock is PostgreSQL's business.
  if (dialectName(db) !== 'postgres') return;
  await db.selectFrom('dialogues').select('id').where('id', '=', dialogueId).forShare().execute();
}
