import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * The venue kit. On the national store, `venue_checkouts`: each dialogue taken out to a laptop, the
 * secret its export must be signed with, what the dialogue looked like then, and the one export
 * imported from it. On the laptop, `venue_openings`: each checkout file opened there, the local
 * dialogue it became and the national ids of its questions and tables.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('venue_checkouts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text')
    .addColumn('imported_by', 'integer')
    .addColumn('imported_digest', 'text')
    .addColumn('import_summary_json', 'text')
    .execute();
  await db.schema
    .createIndex('venue_checkouts_dialogue')
    .on('venue_checkouts')
    .columns(['dialogue_id'])
    .execute();

  await db.schema
    .createTable('venue_openings')
    .addColumn('checkout_id', 'text', (c) => c.primaryKey())
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('national_dialogue_id', 'integer', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('origins_json', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('exported_at', 'text')
    .execute();
  await db.schema
    .createIndex('venue_openings_dialogue')
    .on('venue_openings')
    .columns(['dialogue_id'])
    .unique()
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('venue_openings').ifExists().execute();
  await db.schema.dropTable('venue_checkouts').ifExists().execute();
}
