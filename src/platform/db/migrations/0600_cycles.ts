import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/** The annual cycle: one per year, a track per region, phases, feedback sessions, attachments. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('cycles'))
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requires_source', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('previous_cycle_id', 'integer', (c) => c.references('cycles.id'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('cycle_tracks'))
    .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('starting_notes', 'text')
    .addColumn('evaluation_notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cycle_tracks_region', ['cycle_id', 'region_code'])
    .execute();

  await withId(db, db.schema.createTable('cycle_phases'))
    .addColumn('track_id', 'integer', (c) => c.notNull().references('cycle_tracks.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addUniqueConstraint('cycle_phases_track_phase', ['track_id', 'phase'])
    .execute();

  await withId(db, db.schema.createTable('feedback_sessions'))
    .addColumn('track_id', 'integer', (c) => c.notNull().references('cycle_tracks.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('planned_on', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text')
    .addColumn('attendees', 'integer')
    .addColumn('notes', 'text')
    .addColumn('ref_kind', 'text')
    .addColumn('ref_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_sessions_track')
    .on('feedback_sessions')
    .columns(['track_id'])
    .execute();

  await withId(db, db.schema.createTable('phase_attachments'))
    .addColumn('phase_id', 'integer', (c) => c.notNull().references('cycle_phases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('phase_attachments_unique', ['phase_id', 'kind', 'ref_id'])
    .execute();
  await db.schema
    .createIndex('phase_attachments_ref')
    .on('phase_attachments')
    .columns(['kind', 'ref_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['phase_attachments', 'feedback_sessions', 'cycle_phases', 'cycle_tracks', 'cycles']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
