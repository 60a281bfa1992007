import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { synthesisContract as api } from './contract.js';
import { findDuplicates } from './duplicates.js';
import { cancelThemeJob, getThemeJob, startThemeJob, stopThemeJobs } from './jobs.js';
import {
  getTheme,
  listThemes,
  mergeTheme,
  moveIdea,
  publishTheme,
  renameTheme,
  runThemes,
  splitTheme,
} from './service.js';

export async function synthesisRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['synthesis'];

  route(app, {
    ...api.runThemes,
    summary:
      'Group the ideas of a region, the nation (CL) or an annual cycle (ciclo-<id>) into themes; staff corrections are kept',
    tags,
    access: 'staff',
    handler: async ({ body, actor, reply }) => {
      reply.code(201);
      return runThemes(ctx, actor, body);
    },
  });

  route(app, {
    ...api.startThemeJob,
    summary:
      'Start grouping a scope into themes in the background (one worker thread); follow the job by its id',
    tags,
    access: 'staff',
    handler: async ({ body, actor, reply }) => {
      reply.code(202);
      return startThemeJob(ctx, actor, body);
    },
  });

  route(app, {
    ...api.getThemeJob,
    summary: 'A theme job: its status, stage and per cent done, and its run once done',
    tags,
    access: 'staff',
    handler: async ({ params, actor }) => getThemeJob(ctx, actor, params.id),
  });

  route(app, {
    ...api.cancelThemeJob,
    summary: 'Cancel a theme job that has not ended (the themes stay as they were)',
    tags,
    access: 'staff',
    handler: async ({ params, actor }) => cancelThemeJob(ctx, actor, params.id),
  });

  app.addHook('onClose', async () => stopThemeJobs(ctx));

  route(app, {
    ...api.listThemes,
    summary: 'Themes of a scope weighted by dots, with their idea and dialogue counts',
    tags,
    access: 'staff',
    handler: async ({ query, actor }) => listThemes(ctx, actor, query.scope),
  });

  route(app, {
    ...api.getTheme,
    summary: 'One theme with its ideas, their dialogue, table and dots',
    tags,
    access: 'staff',
    handler: async ({ params, actor }) => getTheme(ctx, actor, params.id),
  });

  route(app, {
    ...api.renameTheme,
    summary: 'Rename a theme (the name survives later runs)',
    tags,
    access: 'staff',
    handler: async ({ params, body, actor }) => renameTheme(ctx, actor, params.id, body.label),
  });

  route(app, {
    ...api.publishTheme,
    summary: 'Publish a theme (or withdraw it): only published themes are named on the public return',
    tags,
    access: 'staff',
    handler: async ({ params, body, actor }) => publishTheme(ctx, actor, params.id, body.published),
  });

  route(app, {
    ...api.mergeTheme,
    summary: 'Merge a theme into another',
    tags,
    access: 'staff',
    handler: async ({ params, body, actor }) => mergeTheme(ctx, actor, params.id, body.intoId),
  });

  route(app, {
    ...api.splitTheme,
    summary: 'Split chosen ideas off a theme into a new named theme',
    tags,
    access: 'staff',
    handler: async ({ params, body, actor, reply }) => {
      reply.code(201);
      return splitTheme(ctx, actor, params.id, body.ideaIds, body.label);
    },
  });

  route(app, {
    ...api.moveIdea,
    summary: 'Move an idea into this theme by hand (pinned through later runs)',
    tags,
    access: 'staff',
    handler: async ({ params, body, actor }) => moveIdea(ctx, actor, params.id, body.ideaId),
  });

  route(app, {
    ...api.findDuplicates,
    summary: 'Near-duplicate ideas of the same dialogue, with a similarity score (0–1)',
    tags,
    access: 'staff',
    handler: async ({ params, query, actor }) => findDuplicates(ctx, actor, params.id, params.ideaId, query),
  });
}
