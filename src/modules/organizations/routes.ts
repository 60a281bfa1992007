import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { organizationContract as api } from './contract.js';
import { createOrganization, searchForStaff } from './service.js';

export async function organizationRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    ...api.searchForStaff,
    summary: 'Organisations of the regions the caller sees, by name',
    tags: ['organizations'],
    access: 'staff',
    handler: async ({ actor, query }) => searchForStaff(ctx, actor, query.region, query.q || undefined),
  });
  route(app, {
    ...api.createOrganization,
    summary: 'Add an organisation (an existing one of the same name in the region is returned, 200)',
    tags: ['organizations'],
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      const { created, organization } = await createOrganization(ctx, actor, body);
      reply.code(created ? 201 : 200);
      return organization;
    },
  });
}
