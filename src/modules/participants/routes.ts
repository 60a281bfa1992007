import type { FastifyInstance } from 'fastify';
import { DEVICE_HEADER } from '../../platform/auth/actor.js';
import { route } from '../../platform/http/route.js';
import { joinCodeParam } from '../dialogues/index.js';
import { joinOrganizationQuery } from '../organizations/index.js';
import { joinSchema } from './schema.js';
import { joinDialogue, joinInfo, joinOrganizations, participantState } from './service.js';

export async function participantRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['participants'];
  // Per IP and minute: enough for a room behind one NAT, too few to guess codes.
  const rateLimit = { max: ctx.config.JOIN_RATE_LIMIT, timeWindow: '1 minute' };

  route(app, {
    method: 'GET',
    url: '/api/join/:code',
    summary: 'Public information of the dialogue of a join code',
    tags,
    access: 'public',
    params: joinCodeParam,
    rateLimit,
    handler: async ({ params }) => joinInfo(ctx.db, params.code),
  });

  route(app, {
    method: 'GET',
    url: '/api/join/:code/organizations',
    summary: "Organisations of the dialogue's region, for the join form",
    tags,
    access: 'public',
    params: joinCodeParam,
    query: joinOrganizationQuery,
    rateLimit,
    handler: async ({ params, query }) => joinOrganizations(ctx.db, params.code, query.q || undefined),
  });

  route(app, {
    method: 'POST',
    url: '/api/join/:code/participants',
    summary:
      'Join from a phone (explicit consent); answers a device token. A known token gets its participant back',
    tags,
    access: 'public',
    params: joinCodeParam,
    body: joinSchema,
    rateLimit,
    handler: async ({ params, body, request, reply }) => {
      const token = request.headers[DEVICE_HEADER];
      const { created, ...joined } = await joinDialogue(
        ctx,
        params.code,
        body,
        typeof token === 'string' ? token : undefined,
      );
      return reply.code(created ? 201 : 200).send(joined);
    },
  });

  route(app, {
    method: 'GET',
    url: '/api/me',
    summary: "The participant's own state: dialogue, own ideas, dots, evaluation",
    tags,
    access: 'participant',
    handler: async ({ actor }) => participantState(ctx, actor),
  });
}
