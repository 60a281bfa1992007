import { batchedLookup } from '../db/batched.js';
import type { Db } from '../db/index.js';

export async function findSessionWithUser(db: Db, sessionId: string) {
  return db
    .selectFrom('staff_sessions as s')
    .innerJoin('staff_users as u', 'u.id', 's.user_id')
    .select([
      's.id as session_id',
      's.csrf_token',
      's.expires_at',
      'u.id',
      'u.email',
      'u.name',
      'u.role',
      'u.locale',
      'u.disabled_at',
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function regionsOfUser(db: Db, userId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_user_regions')
    .select('region_code')
    .where('user_id', '=', userId)
    .orderBy('region_code')
    .execute();
  return rows.map((row) => row.region_code);
}

export async function allRegionCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('regions').select('code').orderBy('number').execute();
  return rows.map((row) => row.code);
}

export async function insertSession(
  db: Db,
  session: { id: string; user_id: number; csrf_token: string; created_at: string; expires_at: string },
) {
  await db.insertInto('staff_sessions').values(session).execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: number) {
  await db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string) {
  await db.deleteFrom('staff_sessions').where('expires_at', '<', now).execute();
}

async function participantsByDevice(db: Db, tokenHashes: string[]) {
  const rows = await db
    .selectFrom('participants')
    .select(['id', 'dialogue_id', 'table_id', 'device_token_hash'])
    .where('device_token_hash', 'in', tokenHashes)
    .where('erased_at', 'is', null)
    .execute();
  return new Map(rows.map(({ device_token_hash, ...row }) => [device_token_hash!, row]));
}

const deviceLookups = new WeakMap<Db, (tokenHash: string) => Promise<ParticipantByDevice | undefined>>();
type ParticipantByDevice = { id: number; dialogue_id: number; table_id: number | null };

/** The participant holding this device token (looked up together with the other phones of this moment). */
export function findParticipantByDevice(db: Db, tokenHash: string) {
  let lookup = deviceLookups.get(db);
  if (!lookup) {
    lookup = batchedLookup((hashes: string[]) => participantsByDevice(db, hashes));
    deviceLookups.set(db, lookup);
  }
  return lookup(tokenHash);
}
