import { get, patch, post, put } from '../../platform/http/endpoint.js';

/** The councils endpoints (method and URL); their schemas are in contract.ts. */
export const councilEndpoints = {
  councilsFor: get('/api/councils'),
  addCouncil: post('/api/councils'),
  getCouncil: get('/api/councils/:id'),
  setRules: put('/api/councils/:id/rules'),
  addMember: post('/api/councils/:id/members'),
  changeMemberTerm: patch('/api/councils/:id/members/:memberId'),
  holdSession: post('/api/councils/:id/sessions'),
  followUpAgreement: post('/api/council-agreements/:id/follow-ups'),
  publishCouncil: put('/api/councils/:id/publication'),
  publicCouncils: get('/api/public/consejos'),
  publicCouncil: get('/api/public/consejos/:id'),
};
