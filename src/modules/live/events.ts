import { type Change, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { insertEvent } from './queries.js';

/** The room every client of one dialogue listens to. */
export const dialogueRoom = (dialogueId: number) => `dialogue:${dialogueId}`;

/**
 * Stores a domain event in the current transaction (and gives its id); it is published once the
 * transaction commits.
 */
export type Emit = (dialogueId: number, type: string, payload: Record<string, unknown>) => Promise<number>;

/** Publishes, once the transaction commits, an event the change stored with its own statement. */
export type Stored = (dialogueId: number, id: number, type: string, payload: Record<string, unknown>) => void;

/** The `emit` of a change: stores a dialogue's event in the change's transaction, announced after commit. */
export function dialogueEmit(trx: Db, change: Change): Emit {
  return async (dialogueId, type, payload) => {
    const id = await insertEvent(trx, dialogueId, type, JSON.stringify(payload), now());
    change.announce(dialogueRoom(dialogueId), { id, type, payload });
    return id;
  };
}

/**
 * A change of the dialogue room without a staff actor (a participant's idea, vote or evaluation):
 * commitChange with the events it emits (or stored itself), so a client never hears of a change
 * that was rolled back, and a client that missed the publication finds the event stored.
 */
export async function changeWithEvents<T>(
  ctx: Context,
  work: (trx: Db, emit: Emit, stored: Stored) => Promise<T>,
): Promise<T> {
  return commitChange(ctx, null, (trx, change) =>
    work(trx, dialogueEmit(trx, change), (dialogueId, id, type, payload) =>
      change.announce(dialogueRoom(dialogueId), { id, type, payload }),
    ),
  );
}
