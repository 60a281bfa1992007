import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow today's types.
type AnyDb = Kysely<any>;

/**
 * The phone's outbox sends each vote and statement with a client key, and sends it again after a
 * lost answer: the key makes the resend a no-op. A statement's key is unique per author; a vote
 * keeps the key of its latest version (one vote per participant and statement already).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('consultation_statements').addColumn('client_key', 'text').execute();
  await db.schema.alterTable('consultation_votes').addColumn('client_key', 'text').execute();
  await db.schema
    .createIndex('consultation_statements_client_key')
    .on('consultation_statements')
    .columns(['author_participant_id', 'client_key'])
    .unique()
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('consultation_statements_client_key').ifExists().execute();
  await db.schema.alterTable('consultation_votes').dropColumn('client_key').execute();
  await db.schema.alterTable('consultation_statements').dropColumn('client_key').execute();
}
