import { get } from '../../platform/http/endpoint.js';

/** The regions endpoints (method and URL); their schemas are in contract.ts. */
export const regionEndpoints = {
  list: get('/api/regions'),
};
