import { del, get, post, put } from '../../platform/http/endpoint.js';

/** The projector screen's endpoints (method and URL); their schemas are in contract.ts. */
export const screenEndpoints = {
  screen: get('/api/dialogues/:id/screen'),
  link: get('/api/dialogues/:id/screen-link'),
  renewLink: post('/api/dialogues/:id/screen-link'),
  revokeLink: del('/api/dialogues/:id/screen-link'),
  setView: put('/api/dialogues/:id/screen-view'),
  byKey: get('/api/screens/:key'),
  qrByKey: get('/api/screens/:key/qr.svg', { file: 'image/svg+xml' }),
};
