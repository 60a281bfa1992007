import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { organizationEndpoints } from './endpoints.js';
import { newOrganizationSchema, organizationSearchQuery } from './schema.js';

export const createOrganizationResponse = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.string().nullable(),
  regionCode: z.string().nullable(),
});

export const searchForStaffResponse = z.object({ organizations: z.array(createOrganizationResponse) });

export const organizationContract = contract(organizationEndpoints, {
  searchForStaff: { query: organizationSearchQuery, response: searchForStaffResponse },
  createOrganization: { body: newOrganizationSchema, response: createOrganizationResponse },
});
