import type { StaffActor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { canReadAudit } from './policy.js';
import { listAuditEntities, listAuditEntries } from './queries.js';
import { auditSentence, entityNames } from './sentences.js';

/** The audit trail a staff member may read: everything for the national team, their regions for a manager. */
export async function listAudit(
  db: Db,
  actor: StaffActor,
  filter: { entity?: string; entityId?: string; beforeId?: number; limit?: number },
) {
  if (!canReadAudit(actor)) throw new AppError('forbidden');
  const rows = await listAuditEntries(db, {
    regions: actor.role === 'national' ? 'all' : actor.regions,
    entity: filter.entity,
    entityId: filter.entityId,
    beforeId: filter.beforeId,
    limit: Math.min(filter.limit ?? 50, 200),
  });
  return rows.map((row) => ({
    id: row.id,
    sentence: auditSentence(row),
    regionName: row.region_name,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    regionCode: row.region_code,
    actor: row.actor_email ?? (row.actor_user_id === null ? 'sistema' : `#${row.actor_user_id}`),
    before: row.before_json ? JSON.parse(row.before_json) : null,
    after: row.after_json ? JSON.parse(row.after_json) : null,
    createdAt: row.created_at,
  }));
}

/** The entity types the caller's log holds, each with its Spanish name, for the filter. */
export async function auditEntities(db: Db, actor: StaffActor) {
  if (!canReadAudit(actor)) throw new AppError('forbidden');
  const entities = await listAuditEntities(db, actor.role === 'national' ? 'all' : actor.regions);
  return entities.map((entity) => ({ entity, name: entityNames[entity]?.plural ?? entity }));
}
