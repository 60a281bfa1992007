import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Online consultations: a question of a region (or of the nation, region_code null) open for a
 * period; its statements (seeded by staff, from a dialogue's top ideas, or written by participants
 * and held for moderation); anonymous participants who join by link; one vote per participant and
 * statement (changeable); and the last computation of its opinion groups.
 */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('consultations'))
    .addColumn('region_code', 'text', (c) => c.references('regions.code'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consultations_region').on('consultations').columns(['region_code']).execute();

  await withId(db, db.schema.createTable('consultation_participants'))
    .addColumn('consultation_id', 'integer', (c) =>
      c.notNull().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('consultation_statements'))
    .addColumn('consultation_id', 'integer', (c) =>
      c.notNull().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('source_dialogue_id', 'integer')
    .addColumn('source_idea_id', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('moderation_reason', 'text')
    .addColumn('moderated_by', 'integer')
    .addColumn('moderated_at', 'text')
    .addColumn('author_participant_id', 'integer', (c) =>
      c.references('consultation_participants.id').onDelete('set null'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consultation_statements_consultation')
    .on('consultation_statements')
    .columns(['consultation_id', 'status'])
    .execute();

  await withId(db, db.schema.createTable('consultation_votes'))
    .addColumn('consultation_id', 'integer', (c) =>
      c.notNull().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('participant_id', 'integer', (c) =>
      c.notNull().references('consultation_participants.id').onDelete('cascade'),
    )
    .addColumn('statement_id', 'integer', (c) =>
      c.notNull().references('consultation_statements.id').onDelete('cascade'),
    )
    .addColumn('vote', 'integer', (c) => c.notNull())
    .addColumn('voted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('consultation_votes_once', ['participant_id', 'statement_id'])
    .execute();
  await db.schema
    .createIndex('consultation_votes_consultation')
    .on('consultation_votes')
    .columns(['consultation_id'])
    .execute();

  await db.schema
    .createTable('consultation_results')
    .addColumn('consultation_id', 'integer', (c) =>
      c.primaryKey().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('votes', 'integer', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'consultation_results',
    'consultation_votes',
    'consultation_statements',
    'consultation_participants',
    'consultations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
