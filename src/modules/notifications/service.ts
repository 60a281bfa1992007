import { randomBytes } from 'node:crypto';
import type { Config } from '../../platform/config.js';
import type { Context } from '../../platform/context.js';
import { type Db, inTransaction, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { type AnswerNews, renderAnswerNews, renderIdeaNews } from './message.js';
import * as q from './queries.js';

export function publicBaseUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

export interface IdeaNewsEvent {
  /** Unique per change: one message per change and address, even if the change is retried. */
  key: string;
  ideaIds: number[];
  initiative: { id: number; title: string; status: string; progress: number; discardReason: string | null };
  change: 'source' | 'status';
  statusBefore?: string;
}

/**
 * Writes, in the caller's transaction, one outbox message per consenting participant who proposed
 * or voted for the ideas (or ideas merged into them). Sending happens later, in the worker.
 */
export async function enqueueIdeaNews(db: Db, config: Config, event: IdeaNewsEvent): Promise<number> {
  return enqueueFor(db, config, event.key, event.ideaIds, false, (ideas, baseUrl, unsubscribeUrl) =>
    renderIdeaNews({
      ideas,
      initiative: event.initiative,
      change: event.change,
      statusBefore: event.statusBefore,
      baseUrl,
      unsubscribeUrl,
    }),
  );
}

export interface AnswerNewsEvent {
  /** Unique per answer given: a retried change queues nothing twice. */
  key: string;
  ideaIds: number[];
  answer: AnswerNews['answer'];
}

/** The official answer to ideas, to their consenting authors only (voters learn it on the return page). */
export async function enqueueAnswerNews(db: Db, config: Config, event: AnswerNewsEvent): Promise<number> {
  return enqueueFor(db, config, event.key, event.ideaIds, true, (ideas, baseUrl, unsubscribeUrl) =>
    renderAnswerNews({ ideas, answer: event.answer, baseUrl, unsubscribeUrl }),
  );
}

type Render = (
  ideas: Array<{ id: number; text: string }>,
  baseUrl: string,
  unsubscribeUrl: string,
) => { subject: string; text: string; html: string };

async function enqueueFor(
  db: Db,
  config: Config,
  key: string,
  ideaIds: number[],
  authorsOnly: boolean,
  render: Render,
): Promise<number> {
  const family = await q.ideaFamilies(db, ideaIds);
  const links = await q.consentingParticipants(db, family, authorsOnly);
  if (!links.length) return 0;
  const ideaRows = await q.ideaTexts(db, family);
  const texts = new Map(ideaRows.map((idea) => [idea.id, idea.text]));
  const byEmail = new Map<string, Set<number>>();
  for (const link of links) {
    const email = (link.email as string).trim().toLowerCase();
    if (!email.includes('@')) continue;
    const set = byEmail.get(email) ?? new Set<number>();
    set.add(link.idea_id);
    byEmail.set(email, set);
  }
  const at = now();
  const baseUrl = publicBaseUrl(config);
  const host = new URL(baseUrl).hostname || 'minga.local';
  let queued = 0;
  for (const [email, mine] of byEmail) {
    const subscription = await q.ensureSubscription(db, email, randomBytes(24).toString('base64url'), at);
    if (subscription.unsubscribed_at) continue;
    const unsubscribeUrl = `${baseUrl}/devolucion/baja/${subscription.token}`;
    const message = render(
      [...mine].sort((a, b) => a - b).map((id) => ({ id, text: texts.get(id) ?? '' })),
      baseUrl,
      unsubscribeUrl,
    );
    await q.insertOutbox(db, {
      dedupe_key: `${key}:${email}`,
      email,
      subject: message.subject,
      body_text: message.text,
      body_html: message.html,
      unsubscribe_url: unsubscribeUrl,
      message_id: `<minga.${randomBytes(12).toString('hex')}@${host}>`,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      claim_token: null,
      claimed_at: null,
      last_error: null,
      sent_at: null,
      created_at: at,
    });
    queued += 1;
  }
  return queued;
}

/** What the unsubscribe page shows before the person confirms (a GET never changes anything). */
export async function describeUnsubscribe(ctx: Context, token: string) {
  const subscription = await q.findSubscriptionByToken(ctx.db, token);
  if (!subscription) throw new AppError('unsubscribe_unknown');
  return { email: maskEmail(subscription.email), unsubscribed: !!subscription.unsubscribed_at };
}

/** Stops every further e-mail to the address of this token; works without login, idempotent. */
export async function unsubscribe(ctx: Context, token: string) {
  const subscription = await q.findSubscriptionByToken(ctx.db, token);
  if (!subscription) throw new AppError('unsubscribe_unknown');
  await inTransaction(ctx.db, async (trx) => {
    await q.markUnsubscribed(trx, token, now());
    await q.cancelPending(trx, subscription.email);
  });
  return { email: maskEmail(subscription.email), unsubscribed: true };
}

function maskEmail(email: string) {
  const [user, domain] = email.split('@');
  return `${user.slice(0, 2)}${'•'.repeat(Math.max(1, user.length - 2))}@${domain}`;
}

/** Outbox state for the national team: counts per status and the latest messages. */
export async function outboxOverview(ctx: Context) {
  const counts = Object.fromEntries((await q.outboxCounts(ctx.db)).map((row) => [row.status, Number(row.n)]));
  const recent = await q.recentOutbox(ctx.db, 50);
  return {
    counts,
    smtp: ctx.config.SMTP_HOST ? `${ctx.config.SMTP_HOST}:${ctx.config.SMTP_PORT}` : null,
    recent: recent.map((row) => ({
      id: row.id,
      email: maskEmail(row.email),
      subject: row.subject,
      status: row.status,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      lastError: row.last_error,
      sentAt: row.sent_at,
      createdAt: row.created_at,
    })),
  };
}
