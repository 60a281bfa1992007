import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { evaluationSchema } from './schema.js';
import { evaluate } from './service.js';

export async function evaluationRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    method: 'PUT',
    url: '/api/me/evaluation',
    summary: "A participant's one evaluation of the method (409 on a second)",
    tags: ['evaluations'],
    access: 'participant',
    body: evaluationSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await evaluate(ctx, actor, body)),
  });
}
