import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { devolutionContract as api } from './contract.js';
import { dialogueReturn, ideaReturn, listReturns } from './service.js';

export async function devolutionRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    ...api.ideaReturn,
    summary: 'What became of an idea (public)',
    tags: ['devolution'],
    access: 'public',
    handler: async ({ params }) => ideaReturn(ctx, params.id),
  });
  route(app, {
    ...api.dialogueReturn,
    summary: 'What became of a dialogue’s ideas (public)',
    tags: ['devolution'],
    access: 'public',
    handler: async ({ params }) => dialogueReturn(ctx, params.id),
  });
  route(app, {
    ...api.listReturns,
    summary: 'Dialogues whose return is public (closed or published), newest first, paged (limit ≤ 100)',
    tags: ['devolution'],
    access: 'public',
    handler: async ({ query }) => listReturns(ctx, query),
  });
}
