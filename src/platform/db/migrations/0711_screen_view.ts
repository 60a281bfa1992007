import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * What the facilitator chose the projector to show: the live ranking hidden until voting ends, one
 * idea in the spotlight, a countdown for the phase (shown only; it never moves the phase).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('dialogue_screen_views')
    .addColumn('dialogue_id', 'integer', (c) => c.primaryKey().references('dialogues.id').onDelete('cascade'))
    .addColumn('ranking_hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('spotlight_idea_id', 'integer')
    .addColumn('countdown_ends_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('dialogue_screen_views').ifExists().execute();
}
