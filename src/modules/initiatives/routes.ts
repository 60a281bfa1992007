import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors/index.js';
import { uploadLimits } from '../../platform/files/limits.js';
import { readUpload } from '../../platform/files/upload.js';
import { urlId } from '../../platform/http/input.js';
import { idParam, route } from '../../platform/http/route.js';
import { importProgress, progressTemplate } from './progress-import.js';
import {
  initiativeListQuery,
  initiativePatchSchema,
  milestonePatchSchema,
  milestoneSchema,
  newInitiativeSchema,
  sourceSchema,
} from './schema.js';
import {
  addMilestone,
  addSource,
  candidateIdeas,
  createInitiative,
  getInitiative,
  listInitiativesFor,
  removeSource,
  updateInitiative,
  updateMilestone,
} from './service.js';

export async function initiativeRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['initiatives'];

  route(app, {
    method: 'GET',
    url: '/api/initiatives',
    summary: 'Initiatives of the portfolio the caller sees',
    tags,
    access: 'staff',
    query: initiativeListQuery,
    handler: async ({ actor, query }) => ({ initiatives: await listInitiativesFor(ctx, actor, query) }),
  });

  route(app, {
    method: 'POST',
    url: '/api/initiatives',
    summary: 'Create an initiative from prioritised ideas or themes',
    tags,
    access: 'staff',
    body: newInitiativeSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await createInitiative(ctx, actor, body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/initiatives/:id',
    summary: 'An initiative with its trail, milestones and updates',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => getInitiative(ctx, actor, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/initiatives/:id',
    summary: 'Change an initiative, its status or progress',
    tags,
    access: 'staff',
    params: idParam,
    body: initiativePatchSchema,
    handler: async ({ actor, params, body }) => updateInitiative(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'POST',
    url: '/api/initiatives/:id/sources',
    summary: 'Add an idea or theme to an initiative’s trail',
    tags,
    access: 'staff',
    params: idParam,
    body: sourceSchema,
    handler: async ({ actor, params, body }) => addSource(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/initiatives/:id/sources/:kind/:refId',
    summary: 'Remove a source from an initiative’s trail',
    tags,
    access: 'staff',
    params: z.object({
      id: urlId,
      kind: z.enum(['idea', 'theme']),
      refId: urlId,
    }),
    handler: async ({ actor, params }) => removeSource(ctx, actor, params.id, params.kind, params.refId),
  });

  route(app, {
    method: 'POST',
    url: '/api/initiatives/:id/milestones',
    summary: 'Add a milestone',
    tags,
    access: 'staff',
    params: idParam,
    body: milestoneSchema,
    handler: async ({ actor, params, body }) => addMilestone(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/milestones/:id',
    summary: 'Change or complete a milestone',
    tags,
    access: 'staff',
    params: idParam,
    body: milestonePatchSchema,
    handler: async ({ actor, params, body }) => updateMilestone(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'GET',
    url: '/api/tracks/:id/ideas',
    summary: 'Candidate ideas of a track’s dialogues, by dots',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => ({ ideas: await candidateIdeas(ctx, actor, params.id) }),
  });

  route(app, {
    method: 'GET',
    url: '/api/cycles/:id/progress-template.csv',
    summary: 'CSV to fill in for the bulk progress update',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params, reply }) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="avance-ciclo-${params.id}.csv"`)
        .send(await progressTemplate(ctx, actor, params.id)),
  });

  route(app, {
    method: 'POST',
    url: '/api/initiatives/progress-import',
    summary:
      'Bulk progress update from a CSV or XLSX file (multipart field "file"); dryRun=true only shows what would change',
    tags,
    access: 'staff',
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
    handler: async ({ actor, query, request }) => {
      // Facilitators manage no initiative: refused before a byte of the file is read.
      if (actor.role === 'facilitator') throw new AppError('forbidden');
      const { name, bytes: data } = await readUpload(request, uploadLimits.spreadsheetBytes);
      return importProgress(ctx, actor, name, data, query.dryRun === 'true');
    },
  });
}
