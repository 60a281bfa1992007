import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('karabirrdt_plans'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('dots_per_member', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('karabirrdt_members'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('karabirrdt_members_plan')
    .on('karabirrdt_members')
    .columns(['plan_id'])
    .execute();

  await withId(db, db.schema.createTable('karabirrdt_dreams'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) => c.references('karabirrdt_members.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('achieved', 'integer')
    .addColumn('evaluation_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('karabirrdt_dreams_plan')
    .on('karabirrdt_dreams')
    .columns(['plan_id'])
    .execute();

  await withId(db, db.schema.createTable('karabirrdt_objectives'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('karabirrdt_objectives_plan')
    .on('karabirrdt_objectives')
    .columns(['plan_id'])
    .execute();

  await db.schema
    .createTable('karabirrdt_poll')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('karabirrdt_members.id').onDelete('cascade'),
    )
    .addColumn('objective_id', 'integer', (c) =>
      c.notNull().references('karabirrdt_objectives.id').onDelete('cascade'),
    )
    .addColumn('dots', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('karabirrdt_poll_pk', ['member_id', 'objective_id'])
    .execute();
  await db.schema.createIndex('karabirrdt_poll_plan').on('karabirrdt_poll').columns(['plan_id']).execute();

  await withId(db, db.schema.createTable('karabirrdt_tasks'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('objective_id', 'integer', (c) =>
      c.references('karabirrdt_objectives.id').onDelete('set null'),
    )
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('cost', 'integer', (c) => c.notNull())
    .addColumn('duration_days', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('karabirrdt_tasks_plan')
    .on('karabirrdt_tasks')
    .columns(['plan_id', 'id'])
    .execute();

  await db.schema
    .createTable('karabirrdt_task_people')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('karabirrdt_tasks.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) =>
      c.notNull().references('karabirrdt_members.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('karabirrdt_task_people_pk', ['task_id', 'member_id', 'kind'])
    .execute();

  await withId(db, db.schema.createTable('karabirrdt_threads'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('from_task_id', 'integer', (c) =>
      c.notNull().references('karabirrdt_tasks.id').onDelete('cascade'),
    )
    .addColumn('to_task_id', 'integer', (c) =>
      c.notNull().references('karabirrdt_tasks.id').onDelete('cascade'),
    )
    .addUniqueConstraint('karabirrdt_threads_pair', ['from_task_id', 'to_task_id'])
    .execute();
  await db.schema
    .createIndex('karabirrdt_threads_plan')
    .on('karabirrdt_threads')
    .columns(['plan_id'])
    .execute();

  await withId(db, db.schema.createTable('karabirrdt_events'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('karabirrdt_plans.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('karabirrdt_events_plan')
    .on('karabirrdt_events')
    .columns(['plan_id', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'karabirrdt_events',
    'karabirrdt_threads',
    'karabirrdt_task_people',
    'karabirrdt_tasks',
    'karabirrdt_poll',
    'karabirrdt_objectives',
    'karabirrdt_dreams',
    'karabirrdt_members',
    'karabirrdt_plans',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
