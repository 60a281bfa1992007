import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * The projector's own link: one secret per dialogue that shows its screen read-only without a
 * staff session (the venue's PC). Replacing the row revokes the old link.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('dialogue_screens')
    .addColumn('dialogue_id', 'integer', (c) => c.primaryKey().references('dialogues.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('dialogue_screens').ifExists().execute();
}
