import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/** Regional councils: composition rules, members by estate with terms, sessions, attendance, agreements and their follow-up. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('councils'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('established_on', 'text', (c) => c.notNull())
    .addColumn('device_instance_id', 'integer', (c) => c.references('device_instances.id'))
    .addColumn('quorum', 'integer')
    .addColumn('max_gender_share', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('councils_region').on('councils').columns(['region_code']).execute();

  await db.schema
    .createTable('council_estate_minimums')
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('estate', 'text', (c) => c.notNull())
    .addColumn('min_seats', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('council_estate_minimums_pk', ['council_id', 'estate'])
    .execute();

  await withId(db, db.schema.createTable('council_members'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('actor_id', 'integer', (c) => c.references('actors.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('estate', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('term_start', 'text', (c) => c.notNull())
    .addColumn('term_end', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('council_members_council')
    .on('council_members')
    .columns(['council_id'])
    .execute();

  await withId(db, db.schema.createTable('council_sessions'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('minutes', 'text')
    .addColumn('members_count', 'integer', (c) => c.notNull())
    .addColumn('quorum_required', 'integer', (c) => c.notNull())
    .addColumn('present_count', 'integer', (c) => c.notNull())
    .addColumn('quorum_met', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('council_sessions_council')
    .on('council_sessions')
    .columns(['council_id', 'date'])
    .execute();

  await db.schema
    .createTable('council_attendance')
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('council_sessions.id').onDelete('cascade'),
    )
    .addColumn('member_id', 'integer', (c) => c.notNull().references('council_members.id'))
    .addPrimaryKeyConstraint('council_attendance_pk', ['session_id', 'member_id'])
    .execute();

  await withId(db, db.schema.createTable('council_agreements'))
    .addColumn('council_id', 'integer', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('session_id', 'integer', (c) => c.references('council_sessions.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('council_agreements_council')
    .on('council_agreements')
    .columns(['council_id', 'due_date'])
    .execute();

  await withId(db, db.schema.createTable('council_agreement_followups'))
    .addColumn('agreement_id', 'integer', (c) =>
      c.notNull().references('council_agreements.id').onDelete('cascade'),
    )
    .addColumn('session_id', 'integer', (c) => c.references('council_sessions.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('council_agreement_followups_agreement')
    .on('council_agreement_followups')
    .columns(['agreement_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'council_agreement_followups',
    'council_agreements',
    'council_attendance',
    'council_sessions',
    'council_members',
    'council_estate_minimums',
    'councils',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
