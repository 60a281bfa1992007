import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { urlId, urlInt } from '../../platform/http/input.js';
import { route } from '../../platform/http/route.js';
import { listAudit } from './service.js';

export async function auditRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/audit',
    summary:
      'Audit log of staff changes, newest first, scoped to the caller’s regions (not for facilitators)',
    tags: ['audit'],
    access: 'staff',
    query: z.object({
      entity: z.string().max(60).optional(),
      entityId: z.string().max(60).optional(),
      beforeId: urlId.optional(),
      limit: urlInt(1, 200).optional(),
    }),
    handler: async ({ actor, query }) => ({ entries: await listAudit(app.ctx.db, actor, query) }),
  });
}
