import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { interviewContract as api } from './contract.js';
import {
  addCode,
  addGuide,
  codebook,
  codePassage,
  coverage,
  getInterview,
  guides,
  interviewsFor,
  recordInterview,
  setInterviewTarget,
  synthesis,
  uncodePassage,
} from './service.js';

export async function interviewRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['interviews'];

  route(app, {
    ...api.guides,
    summary: 'Interview guides with their ordered questions',
    tags,
    access: 'staff',
    handler: async () => ({ guides: await guides(ctx) }),
  });
  route(app, {
    ...api.addGuide,
    summary: 'Add an interview guide (national team)',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addGuide(ctx, actor, body);
    },
  });
  route(app, {
    ...api.codebook,
    summary: 'The national codebook of qualitative codes',
    tags,
    access: 'staff',
    handler: async () => ({ codes: await codebook(ctx) }),
  });
  route(app, {
    ...api.addCode,
    summary: 'Add a code to the national codebook (national team)',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addCode(ctx, actor, body);
    },
  });
  route(app, {
    ...api.interviewsFor,
    summary: 'Interviews of the caller’s regions, newest first',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => ({ interviews: await interviewsFor(ctx, actor, query.region) }),
  });
  route(app, {
    ...api.recordInterview,
    summary: 'Record an interview of an actor, one answer per question of its guide',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return recordInterview(ctx, actor, body);
    },
  });
  route(app, {
    ...api.synthesis,
    summary: 'Synthesis by code and region: counts and quotations',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => synthesis(ctx, actor, query.region),
  });
  route(app, {
    ...api.coverage,
    summary: 'Actors heard per region and per sector against the national target',
    tags,
    access: 'staff',
    handler: async ({ actor }) => coverage(ctx, actor),
  });
  route(app, {
    ...api.setInterviewTarget,
    summary: 'Set the national target of actors to hear (national team)',
    tags,
    access: 'staff',
    handler: async ({ actor, body }) => setInterviewTarget(ctx, actor, body.target),
  });
  route(app, {
    ...api.getInterview,
    summary: 'One interview with its answers and coded passages',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getInterview(ctx, actor, params.id),
  });
  route(app, {
    ...api.codePassage,
    summary: 'Apply a code to a passage [start, end) of one of the interview’s answers',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return codePassage(ctx, actor, params.id, body);
    },
  });
  route(app, {
    ...api.uncodePassage,
    summary: 'Remove a code from a passage',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => uncodePassage(ctx, actor, params.id),
  });
}
