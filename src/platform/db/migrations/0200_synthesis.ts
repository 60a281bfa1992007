import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Synthesis: themes per scope (a region code, or CL for the nation) that live across runs, each
 * run's record, and which theme every idea sits in. `pinned` marks an idea staff placed by hand and
 * `kept` a theme staff named, merged into or split off: both survive re-runs as constraints.
 */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('synthesis_runs'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('k_choice', 'text', (c) => c.notNull())
    .addColumn('idea_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('synthesis_runs_scope').on('synthesis_runs').columns(['scope', 'id']).execute();

  await withId(db, db.schema.createTable('synthesis_themes'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('keywords_json', 'text', (c) => c.notNull())
    .addColumn('kept', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('label_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'integer')
    .addColumn('run_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('synthesis_themes_scope')
    .on('synthesis_themes')
    .columns(['scope', 'status'])
    .execute();

  await db.schema
    .createTable('synthesis_assignments')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('idea_id', 'integer', (c) => c.notNull().references('ideas.id').onDelete('cascade'))
    .addColumn('theme_id', 'integer', (c) => c.notNull().references('synthesis_themes.id'))
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('synthesis_assignments_pk', ['scope', 'idea_id'])
    .execute();
  await db.schema
    .createIndex('synthesis_assignments_theme')
    .on('synthesis_assignments')
    .columns(['theme_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('synthesis_assignments').ifExists().execute();
  await db.schema.dropTable('synthesis_themes').ifExists().execute();
  await db.schema.dropTable('synthesis_runs').ifExists().execute();
}
