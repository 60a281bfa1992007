import type { StaffActor } from '../../platform/auth/actor.js';
import type { Db } from '../../platform/db/index.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { canReadAudit } from './policy.js';
import { insertAuditEntry, listAuditEntries } from './queries.js';

export interface AuditChange {
  action: string;
  entity: string;
  entityId: string | number;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records one staff change (who, what, when, before and after); call it inside the change's transaction. */
export async function recordAudit(db: Db, actor: StaffActor | null, change: AuditChange): Promise<void> {
  await insertAuditEntry(db, {
    actor_user_id: actor?.id ?? null,
    action: change.action,
    entity: change.entity,
    entity_id: String(change.entityId),
    region_code: change.regionCode ?? null,
    before_json: change.before === undefined ? null : JSON.stringify(redact(change.before)),
    after_json: change.after === undefined ? null : JSON.stringify(redact(change.after)),
    created_at: now(),
  });
}

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

// Secrets never reach the audit log, even if a caller passes a whole row.
function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !/password|token|hash/i.test(key))
      .map(([key, inner]) => [key, redact(inner)]),
  );
}
