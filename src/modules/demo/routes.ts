import type { FastifyInstance } from 'fastify';
import { requireNational } from '../../platform/auth/policy.js';
import { route } from '../../platform/http/route.js';
import { loadDemo } from './service.js';

export async function demoRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    method: 'POST',
    url: '/api/demo',
    summary:
      'Load the demo national process (16 dialogues); only while there are no dialogues (national team)',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, request, reply }) => {
      requireNational(actor);
      return reply.code(201).send(await loadDemo(ctx, actor, request.locale));
    },
  });
}
