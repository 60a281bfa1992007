import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * A consultation taken to a dialogue as challenge material: the dialogue shows what unites and
 * what divides the consultation's opinion groups. One row per consultation and dialogue.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('consultation_dialogues')
    .addColumn('consultation_id', 'integer', (c) =>
      c.notNull().references('consultations.id').onDelete('cascade'),
    )
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_dialogues_pk', ['consultation_id', 'dialogue_id'])
    .execute();
  await db.schema
    .createIndex('consultation_dialogues_dialogue')
    .on('consultation_dialogues')
    .columns(['dialogue_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('consultation_dialogues').ifExists().execute();
}
