import type { Insertable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type { StaffUserTable } from '../../platform/db/schema.js';
import type { StaffTotpTable } from './second-factor.js';

export async function countStaff(db: Db): Promise<number> {
  const row = await db.selectFrom('staff_users').select(countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findStaffByEmail(db: Db, email: string) {
  return db.selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findStaffById(db: Db, id: number) {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertStaff(db: Db, user: Insertable<StaffUserTable>): Promise<number> {
  const row = await db.insertInto('staff_users').values(user).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateStaff(db: Db, id: number, patch: Partial<Insertable<StaffUserTable>>) {
  await db.updateTable('staff_users').set(patch).where('id', '=', id).execute();
}

export async function replaceStaffRegions(db: Db, userId: number, regions: string[]) {
  await db.deleteFrom('staff_user_regions').where('user_id', '=', userId).execute();
  if (regions.length) {
    await db
      .insertInto('staff_user_regions')
      .values(regions.map((region_code) => ({ user_id: userId, region_code })))
      .execute();
  }
}

export async function regionsByUser(db: Db, userIds: number[]) {
  if (!userIds.length) return new Map<number, string[]>();
  const rows = await db
    .selectFrom('staff_user_regions')
    .select(['user_id', 'region_code'])
    .where('user_id', 'in', userIds)
    .orderBy('region_code')
    .execute();
  const map = new Map<number, string[]>();
  for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.region_code]);
  return map;
}

/**
 * Staff visible to a scope: everyone, or those with at least one region and all of them among
 * the given ones (an account without regions, or with one outside the scope, is not listed).
 */
export async function listStaff(db: Db, regions: string[] | 'all') {
  let query = db
    .selectFrom('staff_users as u')
    .select(['u.id', 'u.email', 'u.name', 'u.role', 'u.locale', 'u.created_at', 'u.disabled_at'])
    .orderBy('u.name');
  if (regions !== 'all') {
    const scope = regions.length ? regions : ['-'];
    query = query
      .where('u.role', '!=', 'national')
      .where((eb) =>
        eb.exists(
          eb.selectFrom('staff_user_regions as r').select('r.user_id').whereRef('r.user_id', '=', 'u.id'),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('staff_user_regions as r')
              .select('r.user_id')
              .whereRef('r.user_id', '=', 'u.id')
              .where('r.region_code', 'not in', scope),
          ),
        ),
      );
  }
  return query.execute();
}

export async function findTotp(db: Db, userId: number) {
  return db.selectFrom('staff_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Stores a new (unconfirmed) second factor of the account, replacing the one it had. */
export async function replaceTotp(db: Db, row: Insertable<StaffTotpTable>) {
  await db.deleteFrom('staff_totp').where('user_id', '=', row.user_id).execute();
  await db.insertInto('staff_totp').values(row).execute();
}

/** Spends a step: false when another request spent it (or a later one) first. */
export async function spendTotpStep(db: Db, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('staff_totp')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('last_step', '<', step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts the account's second factor in force. */
export async function confirmTotpAt(db: Db, userId: number, at: string) {
  await db.updateTable('staff_totp').set({ confirmed_at: at }).where('user_id', '=', userId).execute();
}

export async function deleteTotp(db: Db, userId: number) {
  await db.deleteFrom('staff_totp').where('user_id', '=', userId).execute();
}
