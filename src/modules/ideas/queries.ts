import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { IdeaTable } from '../../platform/db/schema.js';

export type IdeaRow = Awaited<ReturnType<typeof findIdea>> & {};

export async function findIdea(db: Db, id: number) {
  return db.selectFrom('ideas').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findIdeaByClientKey(db: Db, participantId: number, clientKey: string) {
  return db
    .selectFrom('ideas')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export async function ideasOfDialogue(db: Db, dialogueId: number) {
  return db.selectFrom('ideas').selectAll().where('dialogue_id', '=', dialogueId).orderBy('id').execute();
}

export async function ideasOfParticipant(db: Db, participantId: number) {
  return db
    .selectFrom('ideas')
    .selectAll()
    .where('participant_id', '=', participantId)
    .orderBy('id')
    .execute();
}

export async function insertIdea(db: Db, row: Insertable<IdeaTable>): Promise<number> {
  const inserted = await db.insertInto('ideas').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateIdea(db: Db, id: number, patch: Updateable<IdeaTable>) {
  await db.updateTable('ideas').set(patch).where('id', '=', id).execute();
}

export async function insertMerge(
  db: Db,
  row: {
    dialogue_id: number;
    source_idea_id: number;
    target_idea_id: number;
    merged_by: number;
    merged_at: string;
  },
) {
  const inserted = await db.insertInto('idea_merges').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function activeMergeOf(db: Db, sourceId: number) {
  return db
    .selectFrom('idea_merges')
    .selectAll()
    .where('source_idea_id', '=', sourceId)
    .where('undone_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function markMergeUndone(db: Db, mergeId: number, at: string) {
  await db.updateTable('idea_merges').set({ undone_at: at }).where('id', '=', mergeId).execute();
}

export async function insertRefund(
  db: Db,
  row: { merge_id: number; participant_id: number; idea_id: number; dots: number },
) {
  await db.insertInto('idea_merge_refunds').values(row).execute();
}

export async function refundsOf(db: Db, mergeId: number) {
  return db
    .selectFrom('idea_merge_refunds')
    .selectAll()
    .where('merge_id', '=', mergeId)
    .orderBy('id')
    .execute();
}

export interface IdeasListFilter {
  /** Regions the caller sees; a facilitator only the dialogues assigned to them. */
  regions: string[];
  facilitatorId?: number;
  dialogueId?: number;
  region?: string;
  q?: string;
  questionId?: number;
  tableId?: number;
  themeId?: number;
  hidden: 'solo' | 'no' | 'todas';
  merged: 'solo' | 'no' | 'todas';
  answer?: string;
}

function ideasListed(db: Db, filter: IdeasListFilter) {
  let query = db
    .selectFrom('ideas')
    .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .innerJoin('regions', 'regions.code', 'dialogues.region_code')
    .leftJoin('dialogue_questions', 'dialogue_questions.id', 'ideas.question_id')
    .leftJoin('dialogue_tables', 'dialogue_tables.id', 'ideas.table_id')
    .leftJoin('idea_answers', 'idea_answers.idea_id', 'ideas.id')
    .where('dialogues.region_code', 'in', filter.regions.length ? filter.regions : ['-']);
  if (filter.facilitatorId !== undefined) {
    const userId = filter.facilitatorId;
    query = query.where('ideas.dialogue_id', 'in', (eb) =>
      eb.selectFrom('dialogue_facilitators').select('dialogue_id').where('user_id', '=', userId),
    );
  }
  if (filter.dialogueId !== undefined) query = query.where('ideas.dialogue_id', '=', filter.dialogueId);
  if (filter.region) query = query.where('dialogues.region_code', '=', filter.region);
  if (filter.questionId !== undefined) query = query.where('ideas.question_id', '=', filter.questionId);
  if (filter.tableId !== undefined) query = query.where('ideas.table_id', '=', filter.tableId);
  if (filter.themeId !== undefined) {
    const themeId = filter.themeId;
    query = query.where('ideas.id', 'in', (eb) =>
      eb.selectFrom('synthesis_assignments').select('idea_id').where('theme_id', '=', themeId),
    );
  }
  if (filter.hidden === 'solo') query = query.where('ideas.hidden_at', 'is not', null);
  if (filter.hidden === 'no') query = query.where('ideas.hidden_at', 'is', null);
  if (filter.merged === 'solo') query = query.where('ideas.merged_into_id', 'is not', null);
  if (filter.merged === 'no') query = query.where('ideas.merged_into_id', 'is', null);
  if (filter.answer === 'sin_respuesta') query = query.where('idea_answers.status', 'is', null);
  else if (filter.answer) query = query.where('idea_answers.status', '=', filter.answer as never);
  if (filter.q) {
    // LIKE with an explicit escape character, the same on both stores: % and _ are plain text.
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => sql<boolean>`lower(${eb.ref('ideas.text')}) like ${pattern} escape '\\'`);
  }
  return query;
}

export async function countIdeasListed(db: Db, filter: IdeasListFilter): Promise<number> {
  const row = await ideasListed(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function listIdeasListed(db: Db, filter: IdeasListFilter, offset: number, limit: number) {
  return ideasListed(db, filter)
    .select([
      'ideas.id',
      'ideas.dialogue_id',
      'ideas.text',
      'ideas.source',
      'ideas.hidden_at',
      'ideas.hidden_reason',
      'ideas.merged_into_id',
      'ideas.created_at',
      'dialogues.title as dialogue_title',
      'dialogues.region_code',
      'regions.name as region_name',
      'dialogue_questions.position as question_position',
      'dialogue_questions.text as question_text',
      'dialogue_tables.number as table_number',
      'dialogue_tables.name as table_name',
      'idea_answers.status as answer_status',
    ])
    .orderBy('dialogues.date', 'desc')
    .orderBy('ideas.id')
    .offset(offset)
    .limit(limit)
    .execute();
}
