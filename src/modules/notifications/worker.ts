import { randomBytes } from 'node:crypto';
import type * as Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { Context } from '../../platform/context.js';
import { lazy } from '../../platform/lazy.js';
import * as q from './queries.js';

const nodemailer = lazy<typeof Nodemailer>('nodemailer');

export interface OutboxWorkerOptions {
  /** How often due messages are looked for when nothing wakes the worker. */
  pollMs: number;
  /** First retry delay; doubles at every failed attempt up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  batchSize: number;
  /** A claim older than this is taken to belong to a worker that died mid-send. */
  staleClaimMs: number;
}

export const defaultWorkerOptions: OutboxWorkerOptions = {
  pollMs: 2_000,
  baseDelayMs: 1_000,
  maxDelayMs: 3_600_000,
  batchSize: 20,
  staleClaimMs: 10 * 60_000,
};

/** Exponential backoff with a little jitter, so retries of many messages do not arrive together. */
export function retryDelay(
  attempts: number,
  options: Pick<OutboxWorkerOptions, 'baseDelayMs' | 'maxDelayMs'>,
) {
  const exponential = options.baseDelayMs * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(exponential, options.maxDelayMs);
  return Math.round(capped * (0.9 + Math.random() * 0.2));
}

const workers = new WeakMap<Context, OutboxWorker>();

/** Asks the worker of this context (if any) to look for messages now, e.g. right after a commit. */
export function wakeOutbox(ctx: Context) {
  workers.get(ctx)?.wake();
}

/**
 * Sends the outbox through SMTP, in the server process: claims due rows atomically, sends each,
 * marks it sent, or schedules a retry with exponential backoff. A change never waits for it.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private readonly options: OutboxWorkerOptions;
  private transport: Transporter | null = null;

  constructor(
    private readonly ctx: Context,
    options: Partial<OutboxWorkerOptions> = {},
    private readonly log: (message: string) => void = () => {},
  ) {
    this.options = { ...defaultWorkerOptions, ...options };
  }

  start() {
    if (!this.stopped) return;
    this.stopped = false;
    workers.set(this.ctx, this);
    this.schedule(0);
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (workers.get(this.ctx) === this) workers.delete(this.ctx);
    await this.running;
    this.transport?.close();
  }

  wake() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick()
        .then(() => undefined)
        .catch((error) => this.log(`outbox: ${String(error)}`))
        .finally(() => {
          this.running = null;
          const again = this.again;
          this.again = false;
          this.schedule(again ? 0 : this.options.pollMs);
        });
    }, delay);
  }

  /** One pass: sends every due message; returns how many were sent. */
  async tick(): Promise<number> {
    const { config } = this.ctx;
    if (!config.SMTP_HOST) return 0; // nothing is lost: messages wait until SMTP is configured
    let sent = 0;
    for (;;) {
      if (this.stopped) break;
      const token = randomBytes(12).toString('hex');
      const at = new Date();
      const claimed = await q.claimDue(
        this.ctx.db,
        token,
        at.toISOString(),
        this.options.batchSize,
        new Date(at.getTime() - this.options.staleClaimMs).toISOString(),
      );
      if (!claimed.length) break;
      for (const message of claimed) {
        if (await this.deliver(message, token)) sent += 1;
      }
    }
    return sent;
  }

  private mailer() {
    const { config } = this.ctx;
    this.transport ??= nodemailer().createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_PORT === 465,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    return this.transport;
  }

  private async deliver(message: Awaited<ReturnType<typeof q.claimDue>>[number], token: string) {
    const subscription = await q.findSubscription(this.ctx.db, message.email);
    if (subscription?.unsubscribed_at) {
      await q.markRetry(this.ctx.db, message.id, token, message.next_attempt_at, 'baja', 'cancelled');
      return false;
    }
    try {
      await this.mailer().sendMail({
        from: this.ctx.config.SMTP_FROM,
        to: message.email,
        subject: message.subject,
        text: message.body_text,
        html: message.body_html,
        messageId: message.message_id,
        list: { unsubscribe: { url: message.unsubscribe_url, comment: 'Dejar de recibir' } },
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      // 5xx is permanent (e.g. the mailbox does not exist): kept as failed, visible to the team.
      const permanent = typeof code === 'number' && code >= 500 && code < 600;
      const next = new Date(Date.now() + retryDelay(message.attempts, this.options)).toISOString();
      await q.markRetry(
        this.ctx.db,
        message.id,
        token,
        next,
        String((error as Error).message ?? error),
        permanent ? 'failed' : 'pending',
      );
      this.log(`outbox: mensaje ${message.id} no enviado (intento ${message.attempts}): ${String(error)}`);
      return false;
    }
    await q.markSent(this.ctx.db, message.id, token, new Date().toISOString());
    return true;
  }
}
