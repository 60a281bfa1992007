import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { evaluationContract as api } from './contract.js';
import { evaluate } from './service.js';

export async function evaluationRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    ...api.evaluate,
    summary: "A participant's one evaluation of the method (409 on a second)",
    tags: ['evaluations'],
    access: 'participant',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return evaluate(ctx, actor, body);
    },
  });
}
