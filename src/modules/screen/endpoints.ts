import { get } from '../../platform/http/endpoint.js';

/** The projector screen's endpoint (method and URL); its schemas are in contract.ts. */
export const screenEndpoints = {
  screen: get('/api/dialogues/:id/screen'),
};
