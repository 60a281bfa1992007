import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { auditContract as api } from './contract.js';
import { auditEntities, listAudit } from './service.js';

export async function auditRoutes(app: FastifyInstance) {
  route(app, {
    ...api.listAudit,
    summary:
      'Audit log of staff changes, newest first, scoped to the caller’s regions (not for facilitators)',
    tags: ['audit'],
    access: 'staff',
    handler: async ({ actor, query }) => ({ entries: await listAudit(app.ctx.db, actor, query) }),
  });
  route(app, {
    ...api.listAuditEntities,
    summary: 'The entity types the caller’s audit log holds, with their Spanish names, for the filter',
    tags: ['audit'],
    access: 'staff',
    handler: async ({ actor }) => ({ entities: await auditEntities(app.ctx.db, actor) }),
  });
}
