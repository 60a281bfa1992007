import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, route } from '../../platform/http/route.js';
import { isoDate } from '../cycles/index.js';
import { regionCodeSchema } from '../staff/index.js';
import { cycleBoard, cycleIndicators } from './service.js';

/** The cycle board's routes (tagged `cycles`, as they were). */
export async function boardRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['cycles'];

  route(app, {
    method: 'GET',
    url: '/api/cycles/:id/board',
    summary: 'National board: every region’s progress and what is late',
    tags,
    access: 'staff',
    params: idParam,
    query: z.object({ on: isoDate.optional() }),
    handler: async ({ actor, params, query }) => cycleBoard(ctx, actor, params.id, query.on),
  });

  route(app, {
    method: 'GET',
    url: '/api/cycles/:id/indicators',
    summary:
      'Indicators per region: known outcomes, initiatives by status, days to feedback, sessions held, satisfaction',
    tags,
    access: 'staff',
    params: idParam,
    query: z.object({ region: regionCodeSchema.optional() }),
    handler: async ({ actor, params, query }) => cycleIndicators(ctx, actor, params.id, query.region),
  });
}
