import type { Insertable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type { ParticipantTable } from '../../platform/db/schema.js';

export async function insertParticipant(db: Db, row: Insertable<ParticipantTable>): Promise<number> {
  const inserted = await db.insertInto('participants').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findParticipant(db: Db, id: number) {
  return db.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function participantsPerTable(db: Db, dialogueId: number) {
  const rows = await db
    .selectFrom('participants')
    .select(['table_id', countAll().as('n')])
    .where('dialogue_id', '=', dialogueId)
    .where('erased_at', 'is', null)
    .groupBy('table_id')
    .execute();
  return new Map(rows.map((row) => [row.table_id, Number(row.n)]));
}

/** The projector's countdown (screen module's table): the phone shows the same one, it never moves the phase. */
export async function countdownOf(db: Db, dialogueId: number): Promise<string | null> {
  const row = await db
    .selectFrom('dialogue_screen_views')
    .select('countdown_ends_at')
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  return row?.countdown_ends_at ?? null;
}
