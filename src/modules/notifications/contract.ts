import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { notificationEndpoints } from './endpoints.js';

export const tokenSchema = z.string().regex(/^[\w-]{16,64}$/);

export const outboxResponse = z.object({
  counts: z.record(z.string(), z.number()),
  smtp: z.string().nullable(),
  recent: z.array(
    z.object({
      id: z.number(),
      email: z.string(),
      subject: z.string(),
      status: z.enum(['pending', 'sending', 'sent', 'failed', 'cancelled']),
      attempts: z.number(),
      nextAttemptAt: z.string(),
      lastError: z.string().nullable(),
      sentAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});

export const describeUnsubscribeResponse = z.object({ email: z.string(), unsubscribed: z.boolean() });

export const notificationContract = contract(notificationEndpoints, {
  outbox: { response: outboxResponse },
  describeUnsubscribe: { params: z.object({ token: tokenSchema }), response: describeUnsubscribeResponse },
  unsubscribe: { body: z.object({ token: tokenSchema }), response: describeUnsubscribeResponse },
});
