import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { privacyContract as api } from './contract.js';
import { eraseParticipant, exportParticipant } from './service.js';

export async function privacyRoutes(app: FastifyInstance) {
  route(app, {
    ...api.exportParticipant,
    summary: 'Everything stored about one participant (right of access); national team only',
    tags: ['privacy'],
    access: 'staff',
    handler: async ({ actor, params }) => exportParticipant(app.ctx, actor, params.id),
  });
  route(app, {
    ...api.eraseParticipant,
    summary: 'Erase one participant’s personal data, keeping anonymous counts, ideas and votes',
    tags: ['privacy'],
    access: 'staff',
    handler: async ({ actor, params }) => eraseParticipant(app.ctx, actor, params.id),
  });
}
