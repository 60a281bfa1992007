import { post } from '../../platform/http/endpoint.js';

/** The demo's endpoint (method and URL); its schemas are in contract.ts. */
export const demoEndpoints = {
  loadDemo: post('/api/demo'),
};
