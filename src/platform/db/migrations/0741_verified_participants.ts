import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * Verified participants: which dialogues ask for it, the salted hash of each verified person's RUN
 * per dialogue (never the RUN), and the one-time tickets between the provider's callback and the join.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('dialogue_verification')
    .addColumn('dialogue_id', 'integer', (c) => c.primaryKey().references('dialogues.id'))
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('verified_voices')
    .addColumn('dialogue_id', 'integer', (c) => c.notNull().references('dialogues.id'))
    .addColumn('run_hash', 'text', (c) => c.notNull())
    .addColumn('participant_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('verified_voices_pk', ['dialogue_id', 'run_hash'])
    .execute();

  await db.schema
    .createTable('verification_tickets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('dialogue_id', 'integer', (c) => c.notNull())
    .addColumn('run_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['verification_tickets', 'verified_voices', 'dialogue_verification'])
    await db.schema.dropTable(table).ifExists().execute();
}
