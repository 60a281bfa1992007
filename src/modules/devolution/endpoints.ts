import { get } from '../../platform/http/endpoint.js';

/** The devolution endpoints (method and URL); their schemas are in contract.ts. */
export const devolutionEndpoints = {
  ideaReturn: get('/api/public/devolucion/ideas/:id'),
  dialogueReturn: get('/api/public/devolucion/dialogues/:id'),
  listReturns: get('/api/public/devolucion/dialogues'),
};
