import type { Context } from '../../platform/context.js';
import { AppError } from '../../platform/errors/index.js';
import { csvLine } from '../../platform/files/csv.js';
import * as q from './queries.js';

/**
 * The public portfolio (issue 16, item 3): every initiative with its status, progress, milestones,
 * budget and responsible unit, and the public ideas, dialogues and themes it came from. No login;
 * nothing personal: no staff names or e-mails, no hidden idea, no idea of a dialogue not yet public.
 */

export interface PortfolioQuery {
  region?: string;
  status?: string;
  q?: string;
  year?: number;
}

const filterOf = (query: PortfolioQuery): q.PublicPortfolioFilter => ({
  region: query.region === 'nacional' ? null : query.region,
  status: query.status,
  q: query.q,
  year: query.year,
});

type Row = Awaited<ReturnType<typeof q.publicPortfolio>>['rows'][number];

async function present(ctx: Context, rows: Row[]) {
  const ids = rows.map((row) => row.id);
  const [milestones, sources] = await Promise.all([
    q.listMilestones(ctx.db, ids),
    q.publicSources(ctx.db, ids),
  ]);
  return rows.map((row) => {
    const ideas = sources.ideas.filter((source) => source.initiative_id === row.id);
    const dialogues = new Map<number, { id: number; title: string; date: string; regionName: string }>();
    for (const idea of ideas)
      dialogues.set(idea.dialogue_id, {
        id: idea.dialogue_id,
        title: idea.dialogue_title,
        date: idea.dialogue_date,
        regionName: idea.region_name,
      });
    return {
      id: row.id,
      year: row.year,
      regionCode: row.region_code,
      regionName: row.region_name ?? null,
      title: row.title,
      description: row.description,
      responsibleUnit: row.responsible_unit,
      budgetPesos: row.budget_pesos,
      status: row.status,
      discardReason: row.discard_reason,
      progressPercent: row.progress_percent,
      updatedOn: row.updated_at.slice(0, 10),
      milestones: milestones
        .filter((milestone) => milestone.initiative_id === row.id)
        .map((milestone) => ({ title: milestone.title, dueOn: milestone.due_on, doneOn: milestone.done_on })),
      ideas: ideas.map((idea) => ({ id: idea.idea_id, text: idea.text, dialogueId: idea.dialogue_id })),
      dialogues: [...dialogues.values()],
      themes: sources.themes
        .filter((theme) => theme.initiative_id === row.id)
        .map((theme) => ({ id: theme.theme_id, label: theme.label })),
    };
  });
}

/** A page of the public portfolio (limit ≤ 100), with how many initiatives match in all. */
export async function publicPortfolio(
  ctx: Context,
  query: PortfolioQuery & { limit: number; offset: number },
) {
  const { rows, total } = await q.publicPortfolio(ctx.db, filterOf(query), query);
  return { initiatives: await present(ctx, rows), total, limit: query.limit, offset: query.offset };
}

/** The most a download holds: the whole portfolio of a few years, never an unbounded read. */
const downloadLimit = 5000;

/** Every matching initiative (up to 5 000), for the CSV and JSON downloads. */
export async function portfolioDownload(ctx: Context, query: PortfolioQuery) {
  const { rows } = await q.publicPortfolio(ctx.db, filterOf(query), { limit: downloadLimit, offset: 0 });
  return present(ctx, rows);
}

/** The portfolio as CSV (one initiative a line; a spreadsheet never runs a cell as a formula). */
export async function portfolioCsv(ctx: Context, query: PortfolioQuery) {
  const initiatives = await portfolioDownload(ctx, query);
  const header = [
    'id',
    'anio',
    'region',
    'titulo',
    'estado',
    'avance_por_ciento',
    'presupuesto_pesos',
    'unidad_responsable',
    'hitos_cumplidos',
    'hitos_total',
    'motivo_descarte',
    'dialogos',
    'ideas',
  ];
  return (
    csvLine(header) +
    initiatives
      .map((initiative) =>
        csvLine([
          initiative.id,
          initiative.year,
          initiative.regionName ?? 'Nacional',
          initiative.title,
          initiative.status,
          initiative.progressPercent,
          initiative.budgetPesos,
          initiative.responsibleUnit,
          initiative.milestones.filter((milestone) => milestone.doneOn).length,
          initiative.milestones.length,
          initiative.discardReason,
          initiative.dialogues.map((dialogue) => dialogue.title).join(' | '),
          initiative.ideas.length,
        ]),
      )
      .join('')
  );
}

/** One initiative's public page: the portfolio's view plus its progress history. */
export async function publicInitiative(ctx: Context, id: number) {
  const row = await q.findPublicInitiative(ctx.db, id);
  if (!row) throw new AppError('not_found', { what: `iniciativa ${id}` });
  const [initiative] = await present(ctx, [row]);
  const updates = await q.publicUpdates(ctx.db, id);
  return {
    ...initiative,
    history: updates.map((update) => ({
      on: update.reported_on,
      statusBefore: update.status_before,
      statusAfter: update.status_after,
      progressBefore: update.progress_before,
      progressAfter: update.progress_after,
      note: update.note,
    })),
  };
}
