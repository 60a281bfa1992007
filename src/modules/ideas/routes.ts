import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { ideaContract as api } from './contract.js';
import { ideasListCsv, listIdeas } from './list.js';
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
    ...api.listStaffIdeas,
    summary: 'Ideas of a dialogue for staff, with dots; hidden ones with includeHidden=1',
    tags,
    access: 'staff',
    handler: async ({ actor, params, query }) =>
      listStaffIdeas(ctx, actor, params.id, query.includeHidden === '1' || query.includeHidden === 'true'),
  });

  route(app, {
    ...api.listIdeas,
    summary:
      'Ideas of a dialogue, a region or the nation the caller sees: search (q), question, table, theme, hidden, merged and answer filters, in pages',
    tags,
    access: 'staff',
    handler: async ({ actor, query }) => listIdeas(ctx, actor, query),
  });

  route(app, {
    ...api.ideasListCsv,
    summary: 'The same ideas list, every page, as CSV (format=excel: «CSV para Excel»)',
    tags,
    access: 'staff',
    handler: async ({ actor, query, reply }) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="ideas${query.format === 'excel' ? '-excel' : ''}.csv"`,
        )
        .send(await ideasListCsv(ctx, actor, query, query.format)),
  });

  route(app, {
    ...api.addCardIdea,
    summary: "Type in a table's paper card",
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return addCardIdea(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.editIdeaText,
    summary: "Fix an idea's text (audited)",
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => editIdeaText(ctx, actor, params.id, body.text),
  });

  route(app, {
    ...api.hideIdea,
    summary: 'Hide an idea with a reason (kept and audited)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => hideIdea(ctx, actor, params.id, body.reason),
  });

  route(app, {
    ...api.unhideIdea,
    summary: 'Show a hidden idea again',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => unhideIdea(ctx, actor, params.id),
  });

  route(app, {
    ...api.mergeIdea,
    summary: 'Merge a duplicate into another idea of the same dialogue; dots follow',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => mergeIdea(ctx, actor, params.id, body.intoId),
  });

  route(app, {
    ...api.unmergeIdea,
    summary: 'Undo the merge of an idea; refunded dots come back within budget and cap',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => unmergeIdea(ctx, actor, params.id),
  });

  route(app, {
    ...api.addPhoneIdea,
    summary: 'A participant submits an idea; the same clientKey again returns the same idea (200)',
    tags,
    access: 'participant',
    handler: async ({ actor, body, reply }) => {
      const { created, idea } = await addPhoneIdea(ctx, actor, body);
      reply.code(created ? 201 : 200);
      return { idea };
    },
  });

  route(app, {
    ...api.editPhoneIdea,
    summary: 'A participant fixes their own unmoderated idea during ideation',
    tags,
    access: 'participant',
    handler: async ({ actor, params, body }) => editPhoneIdea(ctx, actor, params.id, body.text),
  });
}
