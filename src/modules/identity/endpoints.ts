import { get, post, put } from '../../platform/http/endpoint.js';

/** The identity endpoints (method and URL); their schemas are in contract.ts. */
export const identityEndpoints = {
  ssoInfo: get('/api/auth/oidc'),
  // Navigations, not fetches: the browser follows the redirects to and from the provider.
  startSso: get('/api/auth/oidc/start', { file: 'text/html' }),
  finishSso: get('/api/auth/oidc/callback', { file: 'text/html' }),
  inviteToSso: post('/api/staff/:id/sso-invitation'),
  verificationInfo: get('/api/join/:code/verification'),
  startVerification: get('/api/join/:code/verification/start', { file: 'text/html' }),
  finishVerification: get('/api/join/verification/callback', { file: 'text/html' }),
  setVerification: put('/api/dialogues/:id/verification'),
};
