import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/** The actor registry: people (their organisation is the shared `organizations` row), contacts kept apart, stakeholder map. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('actors'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('actors_region').on('actors').columns(['region_code', 'name']).execute();

  // Personal data lives in its own table, so lists, exports and the audit trail never carry it by accident.
  await db.schema
    .createTable('actor_contacts')
    .addColumn('actor_id', 'integer', (c) => c.primaryKey().references('actors.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .execute();

  await db.schema
    .createTable('stakeholder_placements')
    .addColumn('actor_id', 'integer', (c) => c.primaryKey().references('actors.id').onDelete('cascade'))
    .addColumn('influence', 'integer', (c) => c.notNull())
    .addColumn('interest', 'integer', (c) => c.notNull())
    .addColumn('placed_by', 'integer')
    .addColumn('placed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['stakeholder_placements', 'actor_contacts', 'actors']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
