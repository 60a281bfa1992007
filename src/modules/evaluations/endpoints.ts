import { put } from '../../platform/http/endpoint.js';

/** The evaluations endpoints (method and URL); their schemas are in contract.ts. */
export const evaluationEndpoints = {
  evaluate: put('/api/me/evaluation'),
};
