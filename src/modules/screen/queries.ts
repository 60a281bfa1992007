import type { Db } from '../../platform/db/index.js';
import './tables.js';

export async function screenLinkOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_screens')
    .selectAll()
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
}

export async function screenByKey(db: Db, key: string) {
  return db.selectFrom('dialogue_screens').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Stores the dialogue's link, replacing (and so revoking) the one it had. */
export async function replaceScreenLink(
  db: Db,
  row: { dialogue_id: number; key: string; created_by: number; created_at: string },
) {
  await db.deleteFrom('dialogue_screens').where('dialogue_id', '=', row.dialogue_id).execute();
  await db.insertInto('dialogue_screens').values(row).execute();
}

export async function deleteScreenLink(db: Db, dialogueId: number) {
  await db.deleteFrom('dialogue_screens').where('dialogue_id', '=', dialogueId).execute();
}

export async function screenViewOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_screen_views')
    .selectAll()
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
}

export async function saveScreenView(
  db: Db,
  row: {
    dialogue_id: number;
    ranking_hidden: number;
    spotlight_idea_id: number | null;
    countdown_ends_at: string | null;
    updated_at: string;
  },
) {
  await db.deleteFrom('dialogue_screen_views').where('dialogue_id', '=', row.dialogue_id).execute();
  await db.insertInto('dialogue_screen_views').values(row).execute();
}
