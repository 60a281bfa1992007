import type { Insertable, Updateable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type { OrganizationTable } from '../../platform/db/schema.js';
import type { ActorTable } from './tables.js';

const noRegion = ['-'];

export async function listOrganizations(db: Db, regions: string[]) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'region_code'])
    .where((eb) =>
      eb.or([eb('region_code', 'is', null), eb('region_code', 'in', regions.length ? regions : noRegion)]),
    )
    .orderBy('name')
    .execute();
}

export async function findOrganization(db: Db, id: number) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertOrganization(db: Db, row: Insertable<OrganizationTable>) {
  const inserted = await db.insertInto('organizations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertActor(db: Db, row: Insertable<ActorTable>) {
  const inserted = await db.insertInto('actors').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateActor(db: Db, id: number, patch: Updateable<ActorTable>) {
  await db.updateTable('actors').set(patch).where('id', '=', id).execute();
}

export async function upsertContact(db: Db, actorId: number, email: string | null, phone: string | null) {
  await db.deleteFrom('actor_contacts').where('actor_id', '=', actorId).execute();
  if (email || phone)
    await db.insertInto('actor_contacts').values({ actor_id: actorId, email, phone }).execute();
}

export async function findContact(db: Db, actorId: number) {
  return db
    .selectFrom('actor_contacts')
    .select(['email', 'phone'])
    .where('actor_id', '=', actorId)
    .executeTakeFirst();
}

export async function findActor(db: Db, id: number) {
  return db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Actors of some regions with their organisation, placement and number of interviews. */
export async function listActors(db: Db, regions: string[], options: { notHeard?: boolean } = {}) {
  let query = db
    .selectFrom('actors as a')
    .leftJoin('organizations as o', 'o.id', 'a.organization_id')
    .leftJoin('stakeholder_placements as p', 'p.actor_id', 'a.id')
    .select((eb) => [
      'a.id',
      'a.region_code',
      'a.name',
      'a.position',
      'a.sector',
      'a.organization_id',
      'o.name as organization_name',
      'o.kind as organization_kind',
      'p.influence',
      'p.interest',
      eb
        .selectFrom('interviews as i')
        .select(countAll().as('n'))
        .whereRef('i.actor_id', '=', 'a.id')
        .as('interviews'),
    ])
    .where('a.region_code', 'in', regions.length ? regions : noRegion)
    .orderBy('a.region_code')
    .orderBy('a.name');
  if (options.notHeard) {
    query = query.where((eb) =>
      eb.not(eb.exists(eb.selectFrom('interviews as i').select('i.id').whereRef('i.actor_id', '=', 'a.id'))),
    );
  }
  return query.execute();
}

export async function upsertPlacement(
  db: Db,
  actorId: number,
  influence: number,
  interest: number,
  userId: number,
) {
  await db.deleteFrom('stakeholder_placements').where('actor_id', '=', actorId).execute();
  await db
    .insertInto('stakeholder_placements')
    .values({
      actor_id: actorId,
      influence,
      interest,
      placed_by: userId,
      placed_at: new Date().toISOString(),
    })
    .execute();
}

export async function findPlacement(db: Db, actorId: number) {
  return db
    .selectFrom('stakeholder_placements')
    .select(['influence', 'interest'])
    .where('actor_id', '=', actorId)
    .executeTakeFirst();
}
