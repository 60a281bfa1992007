import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * What a theme says to its reader besides its label: the phrases its ideas share with how many say
 * each («por qué estas ideas están juntas»), and the ids of the 3–5 ideas that best represent it.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('synthesis_themes')
    .addColumn('phrases_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('synthesis_themes')
    .addColumn('representatives_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('synthesis_themes').dropColumn('representatives_json').execute();
  await db.schema.alterTable('synthesis_themes').dropColumn('phrases_json').execute();
}
