import type { FastifyInstance } from 'fastify';
import { requireNational } from '../../platform/auth/policy.js';
import { route } from '../../platform/http/route.js';
import { notificationContract as api } from './contract.js';
import { describeUnsubscribe, outboxOverview, unsubscribe } from './service.js';
import { OutboxWorker } from './worker.js';

export async function notificationRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  // The outbox is sent by a worker loop in the server process; it lives and dies with the server.
  const worker = new OutboxWorker(ctx, {}, (message) => app.log.warn(message));
  app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());

  route(app, {
    ...api.outbox,
    summary: 'E-mail outbox: counts per status and the latest messages (national team)',
    tags: ['notifications'],
    access: 'staff',
    handler: async ({ actor }) => {
      requireNational(actor);
      return outboxOverview(ctx);
    },
  });

  route(app, {
    ...api.describeUnsubscribe,
    summary: 'What an unsubscribe link refers to (changes nothing)',
    tags: ['notifications'],
    access: 'public',
    handler: async ({ params }) => describeUnsubscribe(ctx, params.token),
  });

  route(app, {
    ...api.unsubscribe,
    summary: 'Stop e-mails to the address of this token (no login)',
    tags: ['notifications'],
    access: 'public',
    rateLimit: { max: 30, timeWindow: '1 minute' },
    handler: async ({ body }) => unsubscribe(ctx, body.token),
  });
}
