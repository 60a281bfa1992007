import { get, post } from '../../platform/http/endpoint.js';

/** The notifications endpoints (method and URL); their schemas are in contract.ts. */
export const notificationEndpoints = {
  outbox: get('/api/notifications/outbox'),
  describeUnsubscribe: get('/api/public/unsubscribe/:token'),
  unsubscribe: post('/api/public/unsubscribe'),
};
