import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { baseUrlOf } from '../dialogues/index.js';
import { actaContract as api } from './contract.js';
import { ideasCsv } from './csv.js';
import { actaPdf } from './pdf.js';
import { printablesPdf } from './printables.js';
import { actaOf } from './service.js';

export async function actaRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    ...api.actaPdf,
    summary:
      'The record of the dialogue (acta) as PDF: facts, questions, tables, participation, ideas, evaluation',
    tags: ['dialogues'],
    access: 'staff',
    handler: async ({ actor, params, query, request, reply }) => {
      const locale = query.locale ?? request.locale;
      const acta = await actaOf(ctx, actor, params.id);
      const name = locale === 'es' ? 'acta' : 'record';
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${name}-dialogo-${params.id}.pdf"`)
        .send(await actaPdf(acta, locale));
    },
  });

  route(app, {
    ...api.ideasCsv,
    summary: 'Every idea of the dialogue as CSV: question, table, dots after merges, hidden or merged',
    tags: ['dialogues'],
    access: 'staff',
    handler: async ({ actor, params, query, request, reply }) => {
      const locale = query.locale ?? request.locale;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="ideas-dialogo-${params.id}${query.format === 'excel' ? '-excel' : ''}.csv"`,
        )
        .send(ideasCsv(await actaOf(ctx, actor, params.id), locale, query.format));
    },
  });

  route(app, {
    ...api.printablesPdf,
    summary: 'Printables for the room: an A4 poster (QR, short address, code) and table cards',
    tags: ['dialogues'],
    access: 'staff',
    handler: async ({ actor, params, query, request, reply }) => {
      const locale = query.locale ?? request.locale;
      const pdf = await printablesPdf(ctx, actor, params.id, baseUrlOf(request), locale);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="afiche-mesas-dialogo-${params.id}.pdf"`)
        .send(pdf);
    },
  });
}
