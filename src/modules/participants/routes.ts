import type { FastifyInstance } from 'fastify';
import { DEVICE_HEADER } from '../../platform/auth/actor.js';
import { route } from '../../platform/http/route.js';
import { participantContract as api } from './contract.js';
import { joinDialogue, joinInfo, joinOrganizations, participantState } from './service.js';

export async function participantRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['participants'];
  // Per IP and minute: enough for a room behind one NAT, too few to guess codes.
  const rateLimit = { max: ctx.config.JOIN_RATE_LIMIT, timeWindow: '1 minute' };

  route(app, {
    ...api.joinInfo,
    summary: 'Public information of the dialogue of a join code',
    tags,
    access: 'public',
    rateLimit,
    handler: async ({ params }) => joinInfo(ctx.db, params.code),
  });

  route(app, {
    ...api.joinOrganizations,
    summary: "Organisations of the dialogue's region, for the join form",
    tags,
    access: 'public',
    rateLimit,
    handler: async ({ params, query }) => joinOrganizations(ctx.db, params.code, query.q || undefined),
  });

  route(app, {
    ...api.joinDialogue,
    summary:
      'Join from a phone (explicit consent); answers a device token. A known token gets its participant back',
    tags,
    access: 'public',
    rateLimit,
    handler: async ({ params, body, request, reply }) => {
      const token = request.headers[DEVICE_HEADER];
      const { created, ...joined } = await joinDialogue(
        ctx,
        params.code,
        body,
        typeof token === 'string' ? token : undefined,
      );
      reply.code(created ? 201 : 200);
      return joined;
    },
  });

  route(app, {
    ...api.participantState,
    summary: "The participant's own state: dialogue, own ideas, dots, evaluation",
    tags,
    access: 'participant',
    handler: async ({ actor }) => participantState(ctx, actor),
  });
}
