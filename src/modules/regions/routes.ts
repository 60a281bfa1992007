import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { regionContract as api } from './contract.js';
import { getRegions } from './service.js';

export async function regionRoutes(app: FastifyInstance) {
  route(app, {
    ...api.list,
    summary: 'The 16 regions with their indicators and sources',
    tags: ['regions'],
    access: 'public',
    handler: async () => getRegions(app.ctx.db),
  });
}
