import type { Insertable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type { NotificationOutboxTable } from './tables.js';
import './tables.js';

export async function ensureSubscription(db: Db, email: string, token: string, at: string) {
  await db
    .insertInto('notification_subscriptions')
    .values({ email, token, unsubscribed_at: null, created_at: at })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .execute();
  return db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
}

export async function findSubscriptionByToken(db: Db, token: string) {
  return db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('token', '=', token)
    .executeTakeFirst();
}

export async function findSubscription(db: Db, email: string) {
  return db
    .selectFrom('notification_subscriptions')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function markUnsubscribed(db: Db, token: string, at: string) {
  await db
    .updateTable('notification_subscriptions')
    .set({ unsubscribed_at: at })
    .where('token', '=', token)
    .where('unsubscribed_at', 'is', null)
    .execute();
}

/** Ideas merged (directly or through a chain) into any of these ideas, and these ideas themselves. */
export async function ideaFamilies(db: Db, ideaIds: number[]) {
  const all = new Set(ideaIds);
  let frontier = [...ideaIds];
  for (let depth = 0; frontier.length && depth < 20; depth += 1) {
    const rows = await db.selectFrom('ideas').select('id').where('merged_into_id', 'in', frontier).execute();
    frontier = rows.map((row) => row.id).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

/** Participants who proposed (or voted for, unless `authorsOnly`) these ideas, left an e-mail and consented to be notified. */
export async function consentingParticipants(db: Db, ideaIds: number[], authorsOnly = false) {
  if (!ideaIds.length) return [];
  const proposers = db
    .selectFrom('ideas')
    .select(['ideas.participant_id as participant_id', 'ideas.id as idea_id'])
    .where('ideas.id', 'in', ideaIds)
    .where('ideas.participant_id', 'is not', null);
  const voters = db
    .selectFrom('votes')
    .select(['votes.participant_id as participant_id', 'votes.idea_id as idea_id'])
    .where('votes.idea_id', 'in', ideaIds)
    .where('votes.dots', '>', 0);
  return db
    .selectFrom((authorsOnly ? proposers : proposers.union(voters)).as('linked'))
    .innerJoin('participants', 'participants.id', 'linked.participant_id')
    .select(['participants.email', 'linked.idea_id'])
    .where('participants.email', 'is not', null)
    .where('participants.notify_consent_at', 'is not', null)
    .where('participants.erased_at', 'is', null)
    .execute();
}

export async function insertOutbox(db: Db, row: Insertable<NotificationOutboxTable>) {
  await db
    .insertInto('notification_outbox')
    .values(row)
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .execute();
}

/** Claims due messages for one worker: the status re-check makes two workers never take the same row. */
export async function claimDue(db: Db, token: string, at: string, limit: number, staleBefore: string) {
  // A claim left by a worker that died mid-send is released after a while.
  await db
    .updateTable('notification_outbox')
    .set({ status: 'pending', claim_token: null })
    .where('status', '=', 'sending')
    .where('claimed_at', '<', staleBefore)
    .execute();
  const due = db
    .selectFrom('notification_outbox')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', at)
    .orderBy('id')
    .limit(limit);
  await db
    .updateTable('notification_outbox')
    .set((eb) => ({
      status: 'sending',
      claim_token: token,
      claimed_at: at,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', due)
    .where('status', '=', 'pending')
    .execute();
  return db
    .selectFrom('notification_outbox')
    .selectAll()
    .where('claim_token', '=', token)
    .where('status', '=', 'sending')
    .orderBy('id')
    .execute();
}

export async function markSent(db: Db, id: number, token: string, at: string) {
  await db
    .updateTable('notification_outbox')
    .set({ status: 'sent', sent_at: at, last_error: null, claim_token: null })
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .execute();
}

export async function markRetry(
  db: Db,
  id: number,
  token: string,
  nextAt: string,
  error: string,
  status: 'pending' | 'failed' | 'cancelled',
) {
  await db
    .updateTable('notification_outbox')
    .set({ status, next_attempt_at: nextAt, last_error: error.slice(0, 500), claim_token: null })
    .where('id', '=', id)
    .where('claim_token', '=', token)
    .execute();
}

export async function outboxCounts(db: Db) {
  return db
    .selectFrom('notification_outbox')
    .select(['status', countAll().as('n')])
    .groupBy('status')
    .execute();
}

export async function recentOutbox(db: Db, limit: number) {
  return db
    .selectFrom('notification_outbox')
    .select([
      'id',
      'email',
      'subject',
      'status',
      'attempts',
      'next_attempt_at',
      'last_error',
      'sent_at',
      'created_at',
    ])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function nextDueAt(db: Db) {
  const row = await db
    .selectFrom('notification_outbox')
    .select((eb) => eb.fn.min('next_attempt_at').as('at'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return (row?.at as string | null | undefined) ?? null;
}

export async function ideaTexts(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('ideas').select(['id', 'text']).where('id', 'in', ids).execute();
}

/** An address that unsubscribed gets none of the messages still waiting. */
export async function cancelPending(db: Db, email: string) {
  await db
    .updateTable('notification_outbox')
    .set({ status: 'cancelled', last_error: 'baja' })
    .where('email', '=', email)
    .where('status', '=', 'pending')
    .execute();
}
