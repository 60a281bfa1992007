import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * The dialogue room: dots refunded by a merge (so that unmerge can give them back) and the
 * look-ups the room makes most often.
 */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('idea_merge_refunds'))
    .addColumn('merge_id', 'integer', (c) => c.notNull().references('idea_merges.id').onDelete('cascade'))
    .addColumn('participant_id', 'integer', (c) => c.notNull().references('participants.id'))
    .addColumn('idea_id', 'integer', (c) => c.notNull().references('ideas.id'))
    .addColumn('dots', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('idea_merge_refunds_merge')
    .on('idea_merge_refunds')
    .columns(['merge_id'])
    .execute();
  await db.schema
    .createIndex('idea_merges_source')
    .on('idea_merges')
    .columns(['source_idea_id', 'undone_at'])
    .execute();
  await db.schema
    .createIndex('dialogue_facilitators_user')
    .on('dialogue_facilitators')
    .columns(['user_id'])
    .execute();
  await db.schema.createIndex('evaluations_dialogue').on('evaluations').columns(['dialogue_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('evaluations_dialogue').ifExists().execute();
  await db.schema.dropIndex('dialogue_facilitators_user').ifExists().execute();
  await db.schema.dropIndex('idea_merges_source').ifExists().execute();
  await db.schema.dropTable('idea_merge_refunds').ifExists().execute();
}
