import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Theme runs as jobs: a run is asked for, waits its turn, runs in a worker thread with its progress
 * written here, and ends done (with its run), failed or cancelled. The screen follows it by id.
 */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('synthesis_jobs'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('k', 'integer')
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('stage', 'text')
    .addColumn('percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('idea_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_id', 'integer')
    .addColumn('result_json', 'text')
    .addColumn('error', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('synthesis_jobs_scope').on('synthesis_jobs').columns(['scope', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('synthesis_jobs').ifExists().execute();
}
