import type { Context } from '../../platform/context.js';
import { type Db, inTransaction, now } from '../../platform/db/index.js';
import { announce } from '../../platform/live/hub.js';
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

/**
 * Runs a change in one transaction together with the events it emits, then publishes the events
 * to the live hub: a client never hears of a change that was rolled back, and a client that missed
 * the publication finds the event stored.
 */
export async function changeWithEvents<T>(
  ctx: Context,
  work: (trx: Db, emit: Emit, stored: Stored) => Promise<T>,
): Promise<T> {
  let pending: Array<{ dialogueId: number; id: number; type: string; payload: unknown }> = [];
  const result = await inTransaction(ctx.db, async (trx) => {
    pending = []; // a retried transaction starts with no events
    const emit: Emit = async (dialogueId, type, payload) => {
      const id = await insertEvent(trx, dialogueId, type, JSON.stringify(payload), now());
      pending.push({ dialogueId, id, type, payload });
      return id;
    };
    const stored: Stored = (dialogueId, id, type, payload) => {
      pending.push({ dialogueId, id, type, payload });
    };
    return work(trx, emit, stored);
  });
  for (const event of pending)
    await announce(ctx.hub, dialogueRoom(event.dialogueId), {
      id: event.id,
      type: event.type,
      payload: event.payload,
    });
  return result;
}
