import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/** The annual portfolio: initiatives, their sources (the trail to ideas and themes), milestones, updates. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('initiatives'))
    .addColumn('cycle_id', 'integer', (c) => c.notNull().references('cycles.id'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code')) // null: national
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('responsible_unit', 'text', (c) => c.notNull())
    .addColumn('budget_pesos', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('discard_reason', 'text')
    .addColumn('progress_percent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('carried_from_id', 'integer', (c) => c.references('initiatives.id'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('initiatives_cycle')
    .on('initiatives')
    .columns(['cycle_id', 'region_code'])
    .execute();

  await db.schema
    .createTable('initiative_sources')
    .addColumn('initiative_id', 'integer', (c) =>
      c.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_sources_pk', ['initiative_id', 'kind', 'ref_id'])
    .execute();
  await db.schema
    .createIndex('initiative_sources_ref')
    .on('initiative_sources')
    .columns(['kind', 'ref_id'])
    .execute();

  await withId(db, db.schema.createTable('initiative_milestones'))
    .addColumn('initiative_id', 'integer', (c) =>
      c.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .execute();
  await db.schema
    .createIndex('initiative_milestones_initiative')
    .on('initiative_milestones')
    .columns(['initiative_id'])
    .execute();

  await withId(db, db.schema.createTable('initiative_updates'))
    .addColumn('initiative_id', 'integer', (c) =>
      c.notNull().references('initiatives.id').onDelete('cascade'),
    )
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('status_before', 'text', (c) => c.notNull())
    .addColumn('status_after', 'text', (c) => c.notNull())
    .addColumn('progress_before', 'integer', (c) => c.notNull())
    .addColumn('progress_after', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('origin', 'text', (c) => c.notNull()) // manual | bulk
    .addColumn('author_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('initiative_updates_initiative')
    .on('initiative_updates')
    .columns(['initiative_id', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['initiative_updates', 'initiative_milestones', 'initiative_sources', 'initiatives']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
