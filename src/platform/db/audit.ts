import type { StaffActor } from '../auth/actor.js';
import { type Db, now } from './index.js';

/** One audited staff change: who (the change's actor), what, when, before and after. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  regionCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row in the change's transaction (through commitChange's `change.audit`). */
export async function writeAudit(trx: Db, actor: StaffActor | null, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_user_id: actor?.id ?? null,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      region_code: entry.regionCode ?? null,
      before_json: entry.before === undefined ? null : JSON.stringify(redact(entry.before)),
      after_json: entry.after === undefined ? null : JSON.stringify(redact(entry.after)),
      created_at: now(),
    })
    .execute();
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
