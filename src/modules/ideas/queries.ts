import type { Insertable, Updateable } from 'kysely';
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
