import type { FastifyInstance } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import { dialogueReturn, ideaReturn } from './service.js';

export async function devolutionRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    method: 'GET',
    url: '/api/public/devolucion/ideas/:id',
    summary: 'What became of an idea (public)',
    tags: ['devolution'],
    access: 'public',
    params: idParam,
    handler: async ({ params }) => ideaReturn(ctx, params.id),
  });
  route(app, {
    method: 'GET',
    url: '/api/public/devolucion/dialogues/:id',
    summary: 'What became of a dialogue’s ideas (public)',
    tags: ['devolution'],
    access: 'public',
    params: idParam,
    handler: async ({ params }) => dialogueReturn(ctx, params.id),
  });
}
