import { get, post } from '../../platform/http/endpoint.js';

/** The organizations endpoints (method and URL); their schemas are in contract.ts. */
export const organizationEndpoints = {
  searchForStaff: get('/api/organizations'),
  createOrganization: post('/api/organizations'),
};
