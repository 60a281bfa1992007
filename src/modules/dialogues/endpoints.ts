import { get, patch, post, put } from '../../platform/http/endpoint.js';

/** The dialogue endpoints (method and URL); their schemas are in contract.ts. */
export const dialogueEndpoints = {
  list: get('/api/dialogues'),
  joinAddresses: get('/api/dialogues/join-addresses'),
  create: post('/api/dialogues'),
  get: get('/api/dialogues/:id'),
  update: patch('/api/dialogues/:id'),
  status: post('/api/dialogues/:id/status'),
  phase: post('/api/dialogues/:id/phase'),
  facilitators: put('/api/dialogues/:id/facilitators'),
  qr: get('/api/dialogues/:id/qr.svg', { file: 'image/svg+xml' }),
};
