import { get, patch, post, put } from '../../platform/http/endpoint.js';

/** The actors endpoints (method and URL); their schemas are in contract.ts. */
export const actorEndpoints = {
  organizationsFor: get('/api/actors/organizations'),
  addOrganization: post('/api/actors/organizations'),
  actorsFor: get('/api/actors'),
  addActor: post('/api/actors'),
  getActor: get('/api/actors/:id'),
  changeActor: patch('/api/actors/:id'),
  placeActor: put('/api/actors/:id/placement'),
  stakeholderMap: get('/api/stakeholder-map/:region'),
};
