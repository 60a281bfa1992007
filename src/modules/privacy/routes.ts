import type { FastifyInstance } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import { eraseParticipant, exportParticipant } from './service.js';

export async function privacyRoutes(app: FastifyInstance) {
  route(app, {
    method: 'GET',
    url: '/api/participants/:id/export',
    summary: 'Everything stored about one participant (right of access); national team only',
    tags: ['privacy'],
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => exportParticipant(app.ctx, actor, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/participants/:id/erase',
    summary: 'Erase one participant’s personal data, keeping anonymous counts, ideas and votes',
    tags: ['privacy'],
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => eraseParticipant(app.ctx, actor, params.id),
  });
}
