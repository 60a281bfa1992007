import type { FastifyInstance } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import { regionQuery } from '../actors/index.js';
import {
  newCodeSchema,
  newCodingSchema,
  newGuideSchema,
  newInterviewSchema,
  targetSchema,
} from './schema.js';
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
    method: 'GET',
    url: '/api/interview-guides',
    summary: 'Interview guides with their ordered questions',
    tags,
    access: 'staff',
    handler: async () => ({ guides: await guides(ctx) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/interview-guides',
    summary: 'Add an interview guide (national team)',
    tags,
    access: 'staff',
    body: newGuideSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addGuide(ctx, actor, body)),
  });
  route(app, {
    method: 'GET',
    url: '/api/interview-codes',
    summary: 'The national codebook of qualitative codes',
    tags,
    access: 'staff',
    handler: async () => ({ codes: await codebook(ctx) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/interview-codes',
    summary: 'Add a code to the national codebook (national team)',
    tags,
    access: 'staff',
    body: newCodeSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addCode(ctx, actor, body)),
  });
  route(app, {
    method: 'GET',
    url: '/api/interviews',
    summary: 'Interviews of the caller’s regions, newest first',
    tags,
    access: 'staff',
    query: regionQuery,
    handler: async ({ actor, query }) => ({ interviews: await interviewsFor(ctx, actor, query.region) }),
  });
  route(app, {
    method: 'POST',
    url: '/api/interviews',
    summary: 'Record an interview of an actor, one answer per question of its guide',
    tags,
    access: 'staff',
    body: newInterviewSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await recordInterview(ctx, actor, body)),
  });
  route(app, {
    method: 'GET',
    url: '/api/interviews/synthesis',
    summary: 'Synthesis by code and region: counts and quotations',
    tags,
    access: 'staff',
    query: regionQuery,
    handler: async ({ actor, query }) => synthesis(ctx, actor, query.region),
  });
  route(app, {
    method: 'GET',
    url: '/api/interviews/coverage',
    summary: 'Actors heard per region and per sector against the national target',
    tags,
    access: 'staff',
    handler: async ({ actor }) => coverage(ctx, actor),
  });
  route(app, {
    method: 'PUT',
    url: '/api/interviews/target',
    summary: 'Set the national target of actors to hear (national team)',
    tags,
    access: 'staff',
    body: targetSchema,
    handler: async ({ actor, body }) => setInterviewTarget(ctx, actor, body.target),
  });
  route(app, {
    method: 'GET',
    url: '/api/interviews/:id',
    summary: 'One interview with its answers and coded passages',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => getInterview(ctx, actor, params.id),
  });
  route(app, {
    method: 'POST',
    url: '/api/interviews/:id/codings',
    summary: 'Apply a code to a passage [start, end) of one of the interview’s answers',
    tags,
    access: 'staff',
    params: idParam,
    body: newCodingSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await codePassage(ctx, actor, params.id, body)),
  });
  route(app, {
    method: 'DELETE',
    url: '/api/interview-codings/:id',
    summary: 'Remove a code from a passage',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => uncodePassage(ctx, actor, params.id),
  });
}
