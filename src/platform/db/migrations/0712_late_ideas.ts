import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * A phone's idea that arrived after ideation (queued offline across the phase change): kept, out
 * of the room until the facilitator accepts it (shown) or leaves it out; `late_at` says when.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('ideas').addColumn('late_at', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('ideas').dropColumn('late_at').execute();
}
