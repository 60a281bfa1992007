import type { Kysely } from 'kysely';
import { withId } from '../index.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/** Interview guides, interview records and their answers, the national codebook and coded passages. */
export async function up(db: AnyDb): Promise<void> {
  await withId(db, db.schema.createTable('interview_guides'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('interview_guide_questions'))
    .addColumn('guide_id', 'integer', (c) =>
      c.notNull().references('interview_guides.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('interview_guide_questions_position', ['guide_id', 'position'])
    .execute();

  await withId(db, db.schema.createTable('interviews'))
    .addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id'))
    .addColumn('guide_id', 'integer', (c) => c.notNull().references('interview_guides.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('interviewer', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('interviews_region')
    .on('interviews')
    .columns(['region_code', 'date'])
    .execute();
  await db.schema.createIndex('interviews_actor').on('interviews').columns(['actor_id']).execute();

  await withId(db, db.schema.createTable('interview_answers'))
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('interview_guide_questions.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('interview_answers_one_per_question', ['interview_id', 'question_id'])
    .execute();

  await withId(db, db.schema.createTable('interview_codes'))
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('coded_passages'))
    .addColumn('answer_id', 'integer', (c) =>
      c.notNull().references('interview_answers.id').onDelete('cascade'),
    )
    .addColumn('code_id', 'integer', (c) => c.notNull().references('interview_codes.id'))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('passage', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('coded_passages_code').on('coded_passages').columns(['code_id']).execute();
  await db.schema.createIndex('coded_passages_answer').on('coded_passages').columns(['answer_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'coded_passages',
    'interview_codes',
    'interview_answers',
    'interviews',
    'interview_guide_questions',
    'interview_guides',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
