import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * A council's public page (issue 16, item 3): staff of its region publish it; `published_at` says
 * since when (null: not public).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('councils').addColumn('published_at', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('councils').dropColumn('published_at').execute();
}
