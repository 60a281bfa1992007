import type { Generated } from 'kysely';

declare module '../../platform/db/schema.js' {
  interface Database {
    notification_outbox: NotificationOutboxTable;
    notification_subscriptions: NotificationSubscriptionTable;
  }
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

/** One e-mail to send, written in the same transaction as the change it tells about. */
export interface NotificationOutboxTable {
  id: Generated<number>;
  dedupe_key: string; // one message per change and address, however often the change is retried
  email: string;
  subject: string;
  body_text: string;
  body_html: string;
  unsubscribe_url: string;
  message_id: string; // stable across retries, so a receiving server can drop a duplicate
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  claim_token: string | null;
  claimed_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

/** Per address: the unsubscribe token (works without login) and whether the person unsubscribed. */
export interface NotificationSubscriptionTable {
  email: string;
  token: string;
  unsubscribed_at: string | null;
  created_at: string;
}
