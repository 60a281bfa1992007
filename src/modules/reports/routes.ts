import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { StaffActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors/index.js';
import { route } from '../../platform/http/route.js';
import { listRegions } from '../regions/index.js';
import { reportContract as api, type scopeQuery } from './contract.js';
import { dashboardPdf, tableCsv, tablesXlsx } from './exports.js';
import { dialoguesRunBy } from './queries.js';
import { buildDashboard, reportFor } from './service.js';
import { resultTables } from './tables.js';

export async function reportRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  // A facilitator sees the results of the dialogues they run; managers and the national team, their regions.
  const filterOf = async (actor: StaffActor, query: z.infer<typeof scopeQuery>) => ({
    regions: actor.regions,
    region: query.region,
    dialogueId: query.dialogue,
    onlyDialogues: actor.role === 'facilitator' ? await dialoguesRunBy(ctx.db, actor.id) : undefined,
  });
  const regionNames = async () => new Map((await listRegions(ctx.db)).map((row) => [row.code, row.name]));
  const exportOf = async (actor: StaffActor, query: z.infer<typeof scopeQuery>) => {
    const regions = actor.regions;
    const dashboard = await buildDashboard(ctx, await filterOf(actor, query));
    const names = await regionNames();
    const title =
      query.dialogue !== undefined
        ? (dashboard.dialogues[0]?.title ?? 'Diálogo')
        : query.region
          ? `Región de ${names.get(query.region) ?? query.region}`
          : regions.length >= 16
            ? 'Nacional'
            : regions.map((code) => names.get(code) ?? code).join(', ');
    const slug =
      query.dialogue !== undefined
        ? `dialogo-${query.dialogue}`
        : (query.region ?? (regions.length >= 16 ? 'nacional' : 'regiones'));
    return { dashboard, tables: resultTables(dashboard, names), title, slug: slug.toLowerCase() };
  };

  route(app, {
    ...api.reportFor,
    summary: 'The report of FORMAT.md over the caller’s regions (or one region or dialogue of them)',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, query }) => reportFor(ctx, await filterOf(actor, query)),
  });

  route(app, {
    ...api.buildDashboard,
    summary: 'Everything a results dashboard shows: report, breakdowns, Lorenz curve, top ideas',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, query }) => buildDashboard(ctx, await filterOf(actor, query)),
  });

  route(app, {
    ...api.exportPdf,
    summary: 'The results report as PDF, with the charts as vector graphics',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, query, reply }) => {
      const { dashboard, tables, title, slug } = await exportOf(actor, query);
      const pdf = await dashboardPdf(dashboard, tables, title);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="resultados-${slug}.pdf"`)
        .send(pdf);
    },
  });

  route(app, {
    ...api.exportXlsx,
    summary: 'The results as an XLSX workbook, one sheet per table',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, query, reply }) => {
      const { tables, slug } = await exportOf(actor, query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="resultados-${slug}.xlsx"`)
        .send(await tablesXlsx(tables));
    },
  });

  route(app, {
    ...api.exportCsv,
    summary: 'One table of the results as CSV (table = resumen, regiones, sector, genero, edad, …)',
    tags: ['results'],
    access: 'staff',
    handler: async ({ actor, query, reply }) => {
      const { tables, slug } = await exportOf(actor, query);
      const table = tables.find((candidate) => candidate.name === query.table);
      if (!table) throw new AppError('not_found', { what: query.table });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="resultados-${slug}-${table.name}${query.format === 'excel' ? '-excel' : ''}.csv"`,
        )
        .send(tableCsv(table, query.format));
    },
  });
}
