import type { FastifyInstance } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import { baseUrlOf } from '../dialogues/index.js';
import { screenState } from './service.js';

export async function screenRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    method: 'GET',
    url: '/api/dialogues/:id/screen',
    summary: 'The projector screen: counts, ideas per table, ranking, evaluation',
    tags: ['dialogues'],
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params, request }) => screenState(ctx, actor, params.id, baseUrlOf(request)),
  });
}
