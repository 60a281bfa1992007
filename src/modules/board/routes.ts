import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { boardContract as api } from './contract.js';
import { cycleBoard, cycleIndicators } from './service.js';

/** The cycle board's routes (tagged `cycles`, as they were). */
export async function boardRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['cycles'];

  route(app, {
    ...api.cycleBoard,
    summary: 'National board: every region’s progress and what is late',
    tags,
    access: 'staff',
    handler: async ({ actor, params, query }) => cycleBoard(ctx, actor, params.id, query.on),
  });

  route(app, {
    ...api.cycleIndicators,
    summary:
      'Indicators per region: known outcomes, initiatives by status, days to feedback, sessions held, satisfaction',
    tags,
    access: 'staff',
    handler: async ({ actor, params, query }) => cycleIndicators(ctx, actor, params.id, query.region),
  });
}
