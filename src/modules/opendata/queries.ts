import type { Db } from '../../platform/db/index.js';

export async function findDialogue(db: Db, id: number) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'region_code', 'status', 'published_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setPublishedAt(db: Db, id: number, publishedAt: string | null) {
  await db.updateTable('dialogues').set({ published_at: publishedAt }).where('id', '=', id).execute();
}

export async function listPublished(db: Db) {
  return db
    .selectFrom('dialogues')
    .innerJoin('regions', 'regions.code', 'dialogues.region_code')
    .select([
      'dialogues.id',
      'dialogues.title',
      'dialogues.date',
      'dialogues.region_code',
      'dialogues.published_at',
      'regions.name as region_name',
    ])
    .where('dialogues.published_at', 'is not', null)
    .orderBy('regions.number')
    .orderBy('dialogues.date')
    .execute();
}

/** The salt of the open-data pseudonyms, created once and kept. */
export async function openDataSalt(db: Db, fresh: string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key: 'opendata.salt', value: fresh })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'opendata.salt')
    .executeTakeFirstOrThrow();
  return row.value;
}
