import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors/index.js';
import { uploadLimits } from '../../platform/files/limits.js';
import { readUpload } from '../../platform/files/upload.js';
import { route } from '../../platform/http/route.js';
import { initiativeContract as api } from './contract.js';
import { portfolioCsv, portfolioDownload, publicInitiative, publicPortfolio } from './portfolio.js';
import { importProgress, progressTemplate } from './progress-import.js';
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
    ...api.listInitiativesFor,
    summary: 'Initiatives of the portfolio the caller sees',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => ({ initiatives: await listInitiativesFor(ctx, actor, query) }),
  });

  route(app, {
    ...api.createInitiative,
    summary: 'Create an initiative from prioritised ideas or themes',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return createInitiative(ctx, actor, body);
    },
  });

  route(app, {
    ...api.getInitiative,
    summary: 'An initiative with its trail, milestones and updates',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getInitiative(ctx, actor, params.id),
  });

  route(app, {
    ...api.updateInitiative,
    summary: 'Change an initiative, its status or progress',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => updateInitiative(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.addSource,
    summary: 'Add an idea or theme to an initiative’s trail',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => addSource(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.removeSource,
    summary: 'Remove a source from an initiative’s trail',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => removeSource(ctx, actor, params.id, params.kind, params.refId),
  });

  route(app, {
    ...api.addMilestone,
    summary: 'Add a milestone',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => addMilestone(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.updateMilestone,
    summary: 'Change or complete a milestone',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => updateMilestone(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.candidateIdeas,
    summary: 'Candidate ideas of a track’s dialogues, by dots',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => ({ ideas: await candidateIdeas(ctx, actor, params.id) }),
  });

  route(app, {
    ...api.progressTemplate,
    summary: 'CSV to fill in for the bulk progress update',
    tags,
    access: 'staff',
    handler: async ({ actor, params, reply }) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="avance-ciclo-${params.id}.csv"`)
        .send(await progressTemplate(ctx, actor, params.id)),
  });

  route(app, {
    ...api.importProgress,
    summary:
      'Bulk progress update from a CSV or XLSX file (multipart field "file"); dryRun=true only shows what would change',
    tags,
    access: 'staff',
    handler: async ({ actor, query, request }) => {
      // Facilitators manage no initiative: refused before a byte of the file is read.
      if (actor.role === 'facilitator') throw new AppError('forbidden');
      const { name, bytes: data } = await readUpload(request, uploadLimits.spreadsheetBytes);
      return importProgress(ctx, actor, name, data, query.dryRun === 'true');
    },
  });

  // The public portfolio (issue 16, item 3): no login, nothing personal, bounded pages.
  route(app, {
    ...api.publicPortfolio,
    summary:
      'The public portfolio: initiatives with status, progress, milestones, budget and origin (paged, limit ≤ 100)',
    tags,
    access: 'public',
    handler: async ({ query }) => publicPortfolio(ctx, query),
  });

  route(app, {
    ...api.publicPortfolioCsv,
    summary: 'The public portfolio as CSV (the same filters; at most 5 000 initiatives)',
    tags,
    access: 'public',
    handler: async ({ query, reply }) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="cartera.csv"')
        .send(await portfolioCsv(ctx, query)),
  });

  route(app, {
    ...api.publicPortfolioJson,
    summary: 'The public portfolio as a JSON file (the same filters; at most 5 000 initiatives)',
    tags,
    access: 'public',
    handler: async ({ query, reply }) =>
      reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="cartera.json"')
        .send(JSON.stringify({ initiatives: await portfolioDownload(ctx, query) })),
  });

  route(app, {
    ...api.publicInitiative,
    summary: 'One initiative’s public page: status, progress, milestones, origin and its progress history',
    tags,
    access: 'public',
    handler: async ({ params }) => publicInitiative(ctx, params.id),
  });
}
