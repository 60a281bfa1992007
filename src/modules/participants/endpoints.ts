import { get, post } from '../../platform/http/endpoint.js';

/** The participants endpoints (method and URL); their schemas are in contract.ts. */
export const participantEndpoints = {
  joinInfo: get('/api/join/:code'),
  joinOrganizations: get('/api/join/:code/organizations'),
  joinDialogue: post('/api/join/:code/participants'),
  participantState: get('/api/me'),
};
