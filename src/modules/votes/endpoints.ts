import { post } from '../../platform/http/endpoint.js';

/** The votes endpoints (method and URL); their schemas are in contract.ts. */
export const voteEndpoints = {
  castVote: post('/api/me/votes'),
};
