import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Participation devices: instances staff register, and the history of levels on the participation
 * ladder. A level belongs either to an instance or to a dialogue (every dialogue is a device; its
 * rows stay in the dialogues' table and only the levels staff set for it are stored here).
 */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('device_instances'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('device_instances_region')
    .on('device_instances')
    .columns(['region_code', 'started_on'])
    .execute();

  await withId(db, db.schema.createTable('device_levels'))
    .addColumn('instance_id', 'integer', (c) => c.references('device_instances.id').onDelete('cascade'))
    .addColumn('dialogue_id', 'integer', (c) => c.references('dialogues.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'integer')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('device_levels_instance')
    .on('device_levels')
    .columns(['instance_id'])
    .execute();
  await db.schema
    .createIndex('device_levels_dialogue')
    .on('device_levels')
    .columns(['dialogue_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('device_levels').ifExists().execute();
  await db.schema.dropTable('device_instances').ifExists().execute();
}
