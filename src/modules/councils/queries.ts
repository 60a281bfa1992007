import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type {
  CouncilAgreementTable,
  CouncilMemberTable,
  CouncilSessionTable,
  CouncilTable,
} from './tables.js';

const scope = (regions: string[]) => (regions.length ? regions : ['-']);

export async function insertCouncil(db: Db, row: Insertable<CouncilTable>) {
  const inserted = await db.insertInto('councils').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateCouncil(db: Db, id: number, patch: Updateable<CouncilTable>) {
  await db.updateTable('councils').set(patch).where('id', '=', id).execute();
}

export async function findCouncil(db: Db, id: number) {
  return db.selectFrom('councils').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The published councils (of a region, or all), for the public pages. */
export async function listPublishedCouncils(db: Db, region?: string) {
  let query = db
    .selectFrom('councils')
    .innerJoin('regions', 'regions.code', 'councils.region_code')
    .select([
      'councils.id',
      'councils.name',
      'councils.region_code',
      'councils.established_on',
      'councils.published_at',
      'regions.name as region_name',
    ])
    .where('councils.published_at', 'is not', null);
  if (region) query = query.where('councils.region_code', '=', region);
  return query.orderBy('councils.region_code').orderBy('councils.name').limit(500).execute();
}

export async function listCouncils(db: Db, regions: string[]) {
  return db
    .selectFrom('councils')
    .selectAll()
    .where('region_code', 'in', scope(regions))
    .orderBy('region_code')
    .orderBy('name')
    .execute();
}

export async function replaceMinimums(
  db: Db,
  councilId: number,
  minimums: Record<string, number | undefined>,
) {
  await db.deleteFrom('council_estate_minimums').where('council_id', '=', councilId).execute();
  const rows = Object.entries(minimums)
    .filter(([, seats]) => seats !== undefined && seats > 0)
    .map(([estate, seats]) => ({ council_id: councilId, estate, min_seats: seats as number }));
  if (rows.length) await db.insertInto('council_estate_minimums').values(rows).execute();
}

export async function minimumsOf(db: Db, councilIds: number[]) {
  if (!councilIds.length) return [];
  return db.selectFrom('council_estate_minimums').selectAll().where('council_id', 'in', councilIds).execute();
}

export async function insertMember(db: Db, row: Insertable<CouncilMemberTable>) {
  const inserted = await db
    .insertInto('council_members')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findMember(db: Db, id: number) {
  return db.selectFrom('council_members').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateMember(db: Db, id: number, patch: Updateable<CouncilMemberTable>) {
  await db.updateTable('council_members').set(patch).where('id', '=', id).execute();
}

export async function membersOf(db: Db, councilIds: number[]) {
  if (!councilIds.length) return [];
  return db
    .selectFrom('council_members')
    .selectAll()
    .where('council_id', 'in', councilIds)
    .orderBy('estate')
    .orderBy('name')
    .execute();
}

export async function insertSession(db: Db, row: Insertable<CouncilSessionTable>) {
  const inserted = await db
    .insertInto('council_sessions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertAttendance(db: Db, sessionId: number, memberIds: number[]) {
  if (memberIds.length) {
    await db
      .insertInto('council_attendance')
      .values(memberIds.map((member_id) => ({ session_id: sessionId, member_id })))
      .execute();
  }
}

export async function sessionsOf(db: Db, councilId: number) {
  return db
    .selectFrom('council_sessions')
    .selectAll()
    .where('council_id', '=', councilId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function attendanceOf(db: Db, sessionIds: number[]) {
  if (!sessionIds.length) return [];
  return db.selectFrom('council_attendance').selectAll().where('session_id', 'in', sessionIds).execute();
}

export async function insertAgreement(db: Db, row: Insertable<CouncilAgreementTable>) {
  const inserted = await db
    .insertInto('council_agreements')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function findAgreement(db: Db, id: number) {
  return db.selectFrom('council_agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateAgreementStatus(db: Db, id: number, status: string, at: string) {
  await db.updateTable('council_agreements').set({ status, updated_at: at }).where('id', '=', id).execute();
}

export async function agreementsOf(db: Db, councilIds: number[]) {
  if (!councilIds.length) return [];
  return db
    .selectFrom('council_agreements')
    .selectAll()
    .where('council_id', 'in', councilIds)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}

export async function insertFollowUp(
  db: Db,
  row: {
    agreement_id: number;
    session_id: number | null;
    status: string;
    note: string | null;
    recorded_by: number;
    created_at: string;
  },
) {
  await db.insertInto('council_agreement_followups').values(row).execute();
}

export async function followUpsOf(db: Db, agreementIds: number[]) {
  if (!agreementIds.length) return [];
  return db
    .selectFrom('council_agreement_followups')
    .selectAll()
    .where('agreement_id', 'in', agreementIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
