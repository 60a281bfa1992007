import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { newOrganizationSchema, organizationSearchQuery } from './schema.js';
import { createOrganization, searchForStaff } from './service.js';

export async function organizationRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    method: 'GET',
    url: '/api/organizations',
    summary: 'Organisations of the regions the caller sees, by name',
    tags: ['organizations'],
    access: 'staff',
    query: organizationSearchQuery,
    handler: async ({ actor, query }) => searchForStaff(ctx, actor, query.region, query.q || undefined),
  });
  route(app, {
    method: 'POST',
    url: '/api/organizations',
    summary: 'Add an organisation (an existing one of the same name in the region is returned, 200)',
    tags: ['organizations'],
    access: 'staff',
    body: newOrganizationSchema,
    handler: async ({ actor, body, reply }) => {
      const { created, organization } = await createOrganization(ctx, actor, body);
      return reply.code(created ? 201 : 200).send(organization);
    },
  });
}
