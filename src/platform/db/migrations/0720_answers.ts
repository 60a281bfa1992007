import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Official answers to ideas (issue 16): one current answer per idea, its history in the audit log;
 * and the publication of synthesis themes (an automatic theme is public only once staff publish it).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('idea_answers')
    .addColumn('idea_id', 'integer', (c) => c.primaryKey().references('ideas.id'))
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // en_estudio | priorizada | no_priorizada | ya_existe
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('initiative_id', 'integer', (c) => c.references('initiatives.id'))
    .addColumn('link', 'text')
    .addColumn('theme_id', 'integer')
    .addColumn('answered_by', 'integer')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('idea_answers_dialogue').on('idea_answers').column('dialogue_id').execute();
  await db.schema.alterTable('synthesis_themes').addColumn('published_at', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('synthesis_themes').dropColumn('published_at').execute();
  await db.schema.dropTable('idea_answers').execute();
}
