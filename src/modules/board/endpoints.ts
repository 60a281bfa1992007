import { get } from '../../platform/http/endpoint.js';

/** The cycle board's endpoints (method and URL); their schemas are in contract.ts. */
export const boardEndpoints = {
  cycleBoard: get('/api/cycles/:id/board'),
  cycleIndicators: get('/api/cycles/:id/indicators'),
};
