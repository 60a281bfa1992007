import type { FastifyInstance } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import { findDuplicates } from './duplicates.js';
import {
  duplicatesParams,
  duplicatesQuery,
  mergeSchema,
  moveSchema,
  renameSchema,
  runSchema,
  splitSchema,
  themesQuery,
} from './schema.js';
import { getTheme, listThemes, mergeTheme, moveIdea, renameTheme, runThemes, splitTheme } from './service.js';

export async function synthesisRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['synthesis'];

  route(app, {
    method: 'POST',
    url: '/api/synthesis/runs',
    summary:
      'Group the ideas of a region, the nation (CL) or an annual cycle (ciclo-<id>) into themes; staff corrections are kept',
    tags,
    access: 'staff',
    body: runSchema,
    handler: async ({ body, actor, reply }) => reply.code(201).send(await runThemes(ctx, actor, body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/synthesis/themes',
    summary: 'Themes of a scope weighted by dots, with their idea and dialogue counts',
    tags,
    access: 'staff',
    query: themesQuery,
    handler: async ({ query, actor }) => listThemes(ctx, actor, query.scope),
  });

  route(app, {
    method: 'GET',
    url: '/api/synthesis/themes/:id',
    summary: 'One theme with its ideas, their dialogue, table and dots',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ params, actor }) => getTheme(ctx, actor, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/synthesis/themes/:id',
    summary: 'Rename a theme (the name survives later runs)',
    tags,
    access: 'staff',
    params: idParam,
    body: renameSchema,
    handler: async ({ params, body, actor }) => renameTheme(ctx, actor, params.id, body.label),
  });

  route(app, {
    method: 'POST',
    url: '/api/synthesis/themes/:id/merge',
    summary: 'Merge a theme into another',
    tags,
    access: 'staff',
    params: idParam,
    body: mergeSchema,
    handler: async ({ params, body, actor }) => mergeTheme(ctx, actor, params.id, body.intoId),
  });

  route(app, {
    method: 'POST',
    url: '/api/synthesis/themes/:id/split',
    summary: 'Split chosen ideas off a theme into a new named theme',
    tags,
    access: 'staff',
    params: idParam,
    body: splitSchema,
    handler: async ({ params, body, actor, reply }) =>
      reply.code(201).send(await splitTheme(ctx, actor, params.id, body.ideaIds, body.label)),
  });

  route(app, {
    method: 'POST',
    url: '/api/synthesis/themes/:id/ideas',
    summary: 'Move an idea into this theme by hand (pinned through later runs)',
    tags,
    access: 'staff',
    params: idParam,
    body: moveSchema,
    handler: async ({ params, body, actor }) => moveIdea(ctx, actor, params.id, body.ideaId),
  });

  route(app, {
    method: 'GET',
    url: '/api/dialogues/:id/ideas/:ideaId/duplicates',
    summary: 'Near-duplicate ideas of the same dialogue, with a similarity score (0–1)',
    tags,
    access: 'staff',
    params: duplicatesParams,
    query: duplicatesQuery,
    handler: async ({ params, query, actor }) => findDuplicates(ctx, actor, params.id, params.ideaId, query),
  });
}
