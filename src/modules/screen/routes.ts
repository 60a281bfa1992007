import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { baseUrlOf } from '../dialogues/index.js';
import { screenContract as api } from './contract.js';
import { screenState } from './service.js';

export async function screenRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    ...api.screen,
    summary: 'The projector screen: counts, ideas per table, ranking, evaluation',
    tags: ['dialogues'],
    access: 'staff',
    handler: async ({ actor, params, request }) => screenState(ctx, actor, params.id, baseUrlOf(request)),
  });
}
