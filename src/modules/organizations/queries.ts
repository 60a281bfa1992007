import type { Db } from '../../platform/db/index.js';

const escapeLike = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchOrganizations(db: Db, regions: string[], q: string | undefined, limit = 50) {
  if (!regions.length) return [];
  let query = db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('region_code', 'in', regions);
  if (q) query = query.where((eb) => eb(eb.fn('lower', ['name']), 'like', escapeLike(q)));
  return query.orderBy('name').limit(limit).execute();
}

export async function findOrganization(db: Db, id: number) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The organisation of that name (case-insensitive) in the region, or national (region null). */
export async function findOrganizationByName(db: Db, regionCode: string | null, name: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind', 'region_code'])
    .where((eb) => (regionCode === null ? eb('region_code', 'is', null) : eb('region_code', '=', regionCode)))
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst();
}

export async function insertOrganization(
  db: Db,
  row: { name: string; kind: string | null; region_code: string; created_at: string },
): Promise<number> {
  const inserted = await db.insertInto('organizations').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}
