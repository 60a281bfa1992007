import type { Db } from '../../platform/db/index.js';

export async function insertEvent(db: Db, dialogueId: number, type: string, payloadJson: string, at: string) {
  const row = await db
    .insertInto('dialogue_events')
    .values({ dialogue_id: dialogueId, type, payload_json: payloadJson, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function eventsAfter(db: Db, dialogueId: number, afterId: number, limit: number) {
  return db
    .selectFrom('dialogue_events')
    .select(['id', 'type', 'payload_json'])
    .where('dialogue_id', '=', dialogueId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function lastEventId(db: Db, dialogueId: number): Promise<number> {
  const row = await db
    .selectFrom('dialogue_events')
    .select((eb) => eb.fn.max('id').as('last'))
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  return Number(row?.last ?? 0);
}
