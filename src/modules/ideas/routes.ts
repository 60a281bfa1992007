import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { urlId } from '../../platform/http/input.js';
import { idParam, route } from '../../platform/http/route.js';
import {
  hideSchema,
  ideaListQuery,
  ideaTextSchema,
  mergeSchema,
  phoneIdeaSchema,
  staffIdeaSchema,
} from './schema.js';
import {
  addCardIdea,
  addPhoneIdea,
  editIdeaText,
  editPhoneIdea,
  hideIdea,
  listStaffIdeas,
  mergeIdea,
  unhideIdea,
  unmergeIdea,
} from './service.js';

export async function ideaRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['ideas'];

  route(app, {
    method: 'GET',
    url: '/api/dialogues/:id/ideas',
    summary: 'Ideas of a dialogue for staff, with dots; hidden ones with includeHidden=1',
    tags,
    access: 'staff',
    params: idParam,
    query: ideaListQuery,
    handler: async ({ actor, params, query }) =>
      listStaffIdeas(ctx, actor, params.id, query.includeHidden === '1' || query.includeHidden === 'true'),
  });

  route(app, {
    method: 'POST',
    url: '/api/dialogues/:id/ideas',
    summary: "Type in a table's paper card",
    tags,
    access: 'staff',
    params: idParam,
    body: staffIdeaSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await addCardIdea(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/ideas/:id',
    summary: "Fix an idea's text (audited)",
    tags,
    access: 'staff',
    params: idParam,
    body: ideaTextSchema,
    handler: async ({ actor, params, body }) => editIdeaText(ctx, actor, params.id, body.text),
  });

  route(app, {
    method: 'POST',
    url: '/api/ideas/:id/hide',
    summary: 'Hide an idea with a reason (kept and audited)',
    tags,
    access: 'staff',
    params: idParam,
    body: hideSchema,
    handler: async ({ actor, params, body }) => hideIdea(ctx, actor, params.id, body.reason),
  });

  route(app, {
    method: 'POST',
    url: '/api/ideas/:id/unhide',
    summary: 'Show a hidden idea again',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => unhideIdea(ctx, actor, params.id),
  });

  route(app, {
    method: 'POST',
    url: '/api/ideas/:id/merge',
    summary: 'Merge a duplicate into another idea of the same dialogue; dots follow',
    tags,
    access: 'staff',
    params: idParam,
    body: mergeSchema,
    handler: async ({ actor, params, body }) => mergeIdea(ctx, actor, params.id, body.intoId),
  });

  route(app, {
    method: 'POST',
    url: '/api/ideas/:id/unmerge',
    summary: 'Undo the merge of an idea; refunded dots come back within budget and cap',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => unmergeIdea(ctx, actor, params.id),
  });

  route(app, {
    method: 'POST',
    url: '/api/me/ideas',
    summary: 'A participant submits an idea; the same clientKey again returns the same idea (200)',
    tags,
    access: 'participant',
    body: phoneIdeaSchema,
    handler: async ({ actor, body, reply }) => {
      const { created, idea } = await addPhoneIdea(ctx, actor, body);
      return reply.code(created ? 201 : 200).send({ idea });
    },
  });

  route(app, {
    method: 'PATCH',
    url: '/api/me/ideas/:id',
    summary: 'A participant fixes their own unmoderated idea during ideation',
    tags,
    access: 'participant',
    params: z.object({ id: urlId }),
    body: ideaTextSchema,
    handler: async ({ actor, params, body }) => editPhoneIdea(ctx, actor, params.id, body.text),
  });
}
