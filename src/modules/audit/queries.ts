import type { Db } from '../../platform/db/index.js';

export async function listAuditEntries(
  db: Db,
  filter: { regions: string[] | 'all'; entity?: string; entityId?: string; beforeId?: number; limit: number },
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('staff_users as u', 'u.id', 'a.actor_user_id')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .select([
      'a.id',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.region_code',
      'a.before_json',
      'a.after_json',
      'a.created_at',
      'a.actor_user_id',
      'u.email as actor_email',
      'u.name as actor_name',
      'r.name as region_name',
    ])
    .orderBy('a.id', 'desc')
    .limit(filter.limit);
  if (filter.regions !== 'all') {
    query = query.where('a.region_code', 'in', filter.regions.length ? filter.regions : ['-']);
  }
  if (filter.entity) query = query.where('a.entity', '=', filter.entity);
  if (filter.entityId) query = query.where('a.entity_id', '=', filter.entityId);
  if (filter.beforeId) query = query.where('a.id', '<', filter.beforeId);
  return query.execute();
}

/** The entity types the log holds (within the caller's regions), for the filter. */
export async function listAuditEntities(db: Db, regions: string[] | 'all'): Promise<string[]> {
  let query = db.selectFrom('audit_log').select('entity').distinct().orderBy('entity');
  if (regions !== 'all') query = query.where('region_code', 'in', regions.length ? regions : ['-']);
  return (await query.execute()).map((row) => row.entity);
}
