import { sql } from 'kysely';
import { type Db, dialectName } from './index.js';

/**
 * Serialises the transactions that take the same key, until each commits: for "check, then
 * insert" rules that no index states (one first national account; one organisation per name and
 * region). On PostgreSQL a transaction-scoped advisory lock; after it is granted the next
 * statement sees what the previous holder committed (READ COMMITTED). SQLite runs one write
 * transaction at a time on its single connection, so there is nothing to add.
 * Call it inside a transaction: outside one the lock would end with the statement.
 */
export async function serialiseOn(trx: Db, key: string): Promise<void> {
  if (dialectName(trx) !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
