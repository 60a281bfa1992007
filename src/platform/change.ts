import type { StaffActor } from './auth/actor.js';
import type { Context } from './context.js';
import { type AuditEntry, writeAudit } from './db/audit.js';
import { type Db, inTransaction } from './db/index.js';
import { announce, type LiveEvent } from './live/hub.js';

export type { AuditEntry } from './db/audit.js';

/** What a change's work can do besides writing its rows, all inside the change's transaction. */
export interface Change {
  /** Who makes the change: a staff member, or null for the CLI, the system or a participant. */
  readonly actor: StaffActor | null;
  /** Writes the audit row of the change (secrets left out), in the same transaction. */
  audit(entry: AuditEntry): Promise<void>;
  /**
   * Announces `event` to `room` once the transaction has committed (never for one rolled back).
   * Where the room replays events, store the event in the transaction first and give its id.
   */
  announce(room: string, event: LiveEvent): void;
}

/**
 * The one way to make a change: `work` runs in a transaction together with the change's audit rows
 * and stored events; a deadlock or serialisation failure runs it again from the start (see
 * inTransaction); once committed, its events are published. A publication that fails (Redis away)
 * is logged, not thrown: the change is committed, and an error would make the caller retry it
 * into a duplicate. Do not call it inside another change: pass `change` down instead.
 */
export async function commitChange<T>(
  ctx: Pick<Context, 'db' | 'hub'>,
  actor: StaffActor | null,
  work: (trx: Db, change: Change) => Promise<T>,
): Promise<T> {
  let pending: Array<{ room: string; event: LiveEvent }> = [];
  const result = await inTransaction(ctx.db, async (trx) => {
    pending = []; // a retried transaction starts with nothing to announce
    const change: Change = {
      actor,
      audit: (entry) => writeAudit(trx, actor, entry),
      announce: (room, event) => {
        pending.push({ room, event });
      },
    };
    return work(trx, change);
  });
  for (const { room, event } of pending) await announce(ctx.hub, room, event);
  return result;
}
