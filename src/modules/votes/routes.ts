import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { voteContract as api } from './contract.js';
import { quickVote } from './schema.js';
import { castVote } from './service.js';

export async function voteRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  route(app, {
    ...api.castVote,
    summary:
      'Add (delta > 0) or take back (delta < 0) dots on an idea; retries with the same key change nothing',
    tags: ['votes'],
    access: 'participant',
    // The batch locks the participant and compares the token hash again (see VoteQueue).
    deviceCache: true,
    quickBody: quickVote,
    handler: async ({ actor, body }) => castVote(ctx, actor, body),
  });
}
