import { get, post } from '../../platform/http/endpoint.js';

/** The privacy endpoints (method and URL); their schemas are in contract.ts. */
export const privacyEndpoints = {
  exportParticipant: get('/api/participants/:id/export'),
  eraseParticipant: post('/api/participants/:id/erase'),
};
