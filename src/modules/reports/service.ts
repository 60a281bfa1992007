import type { Context } from '../../platform/context.js';
import { AppError } from '../../platform/errors/index.js';
import { chainEnds } from '../votes/index.js';
import { type Concentration, concentration, lorenz } from './figures.js';
import {
  type DialogueScope,
  dotsPerIdea,
  ideasByQuestion,
  ideasByTable,
  ideasPerDialogue,
  ideaTexts,
  listScopedDialogues,
  mergedIdeas,
  organizationsPerRegion,
  participantsBy,
  participantsByOrganizationKind,
  participantsPerDialogue,
  ratingsPerDialogue,
} from './queries.js';

export interface ReportFigures {
  dialogues: number;
  participants: number;
  organizations: number;
  ideas: number;
  ideas_after_merge: number;
  dots: number;
  concentration: Concentration;
  evaluation: { responses: number; excellent_or_good_share: number };
}

export interface RegionFigures extends ReportFigures {
  region_code: string;
}

export interface Report extends ReportFigures {
  by_region: RegionFigures[];
}

export interface ReportFilter {
  /** Regions the caller may see (null: no limit, as on the command line). */
  regions: string[] | null;
  region?: string;
  dialogueId?: number;
  /** Facilitators: only the dialogues they run. */
  onlyDialogues?: number[];
}

interface Bucket {
  dialogues: number;
  participants: number;
  ideas: number;
  afterMerge: number;
  dots: number;
  ideaDots: Map<number, number>;
  ratings: Record<string, number>;
}

const emptyBucket = (): Bucket => ({
  dialogues: 0,
  participants: 0,
  ideas: 0,
  afterMerge: 0,
  dots: 0,
  ideaDots: new Map(),
  ratings: {},
});

/** The dialogues a filter covers; an unknown or out-of-scope region or dialogue is a 404. */
async function resolveScope(ctx: Context, filter: ReportFilter) {
  if (filter.region && filter.regions && !filter.regions.includes(filter.region))
    throw new AppError('not_found', { what: filter.region });
  const regions = filter.region ? [filter.region] : filter.regions;
  const allowed = filter.onlyDialogues ? new Set(filter.onlyDialogues) : null;
  const dialogues = (await listScopedDialogues(ctx.db, regions, filter.dialogueId)).filter(
    (dialogue) => !allowed || allowed.has(dialogue.id),
  );
  if (filter.dialogueId !== undefined && dialogues.length === 0)
    throw new AppError('not_found', { what: `diálogo ${filter.dialogueId}` });
  // No filter at all: the queries need no IN list (faster on the national report).
  const scope: DialogueScope =
    regions === null && filter.dialogueId === undefined ? null : dialogues.map((d) => d.id);
  return { dialogues, scope };
}

/**
 * The report of FORMAT.md: counts from SQL aggregates, concentration from one in-memory pass over
 * the dots per idea (merge chains followed to their end), overall and per region.
 */
export async function buildReport(
  ctx: Context,
  filter: ReportFilter,
): Promise<Report & { finalDots: Map<number, number> }> {
  const { dialogues, scope } = await resolveScope(ctx, filter);
  const regionOf = new Map(dialogues.map((dialogue) => [dialogue.id, dialogue.region_code]));
  const [participants, organizations, ideas, merges, dots, ratings] = await Promise.all([
    participantsPerDialogue(ctx.db, scope),
    organizationsPerRegion(ctx.db, scope),
    ideasPerDialogue(ctx.db, scope),
    mergedIdeas(ctx.db, scope),
    dotsPerIdea(ctx.db, scope),
    ratingsPerDialogue(ctx.db, scope),
  ]);
  const all = emptyBucket();
  const regions = new Map<string, Bucket>();
  const bucketsOf = (dialogueId: number): Bucket[] => {
    const region = regionOf.get(dialogueId);
    if (region === undefined) return [];
    let bucket = regions.get(region);
    if (!bucket) {
      bucket = emptyBucket();
      regions.set(region, bucket);
    }
    return [all, bucket];
  };
  for (const dialogue of dialogues) for (const bucket of bucketsOf(dialogue.id)) bucket.dialogues++;
  for (const row of participants)
    for (const bucket of bucketsOf(row.dialogue_id)) bucket.participants += row.count;
  for (const row of ideas)
    for (const bucket of bucketsOf(row.dialogue_id)) {
      bucket.ideas += row.ideas;
      bucket.afterMerge += row.after_merge;
    }
  // Only merged ideas are read (a national report spans millions of votes); an idea outside the map
  // is the end of its own chain.
  const ends = chainEnds(merges);
  const finalOf = (idea: number) => ends.get(idea) ?? idea;
  for (const row of dots) {
    if (row.dots <= 0) continue;
    const final = finalOf(row.idea_id);
    for (const bucket of bucketsOf(row.dialogue_id)) {
      bucket.dots += row.dots;
      bucket.ideaDots.set(final, (bucket.ideaDots.get(final) ?? 0) + row.dots);
    }
  }
  for (const row of ratings)
    for (const bucket of bucketsOf(row.dialogue_id))
      bucket.ratings[row.rating] = (bucket.ratings[row.rating] ?? 0) + row.count;

  const figures = (bucket: Bucket, organizationCount: number): ReportFigures => {
    const held = [...bucket.ideaDots.values()];
    const responses = Object.values(bucket.ratings).reduce((sum, count) => sum + count, 0);
    const good = (bucket.ratings.excelente ?? 0) + (bucket.ratings.bueno ?? 0);
    return {
      dialogues: bucket.dialogues,
      participants: bucket.participants,
      organizations: organizationCount,
      ideas: bucket.ideas,
      ideas_after_merge: bucket.afterMerge,
      dots: bucket.dots,
      concentration: concentration(held, Math.max(0, bucket.afterMerge - held.length)),
      evaluation: { responses, excellent_or_good_share: responses ? good / responses : 0 },
    };
  };
  const organizationsOf = new Map(organizations.regions.map((row) => [row.region_code, Number(row.count)]));
  const regionOrder = [...new Set(dialogues.map((dialogue) => dialogue.region_code))];
  return {
    ...figures(all, organizations.overall),
    by_region: regionOrder.map((code) => ({
      region_code: code,
      ...figures(regions.get(code) ?? emptyBucket(), organizationsOf.get(code) ?? 0),
    })),
    finalDots: all.ideaDots,
  };
}

/** The report exactly as FORMAT.md prints it (no internal fields). */
export async function reportFor(ctx: Context, filter: ReportFilter): Promise<Report> {
  const { finalDots: _unused, ...report } = await buildReport(ctx, filter);
  return report;
}

const count = (value: number) => new Intl.NumberFormat('es-CL').format(value);
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The readable Spanish summary, e.g. "16 diálogos, 411 participantes de 313 organizaciones, …". */
export function summarySentence(report: ReportFigures): string {
  const parts = [
    `${count(report.dialogues)} ${report.dialogues === 1 ? 'diálogo' : 'diálogos'}, ${count(report.participants)} participantes de ${count(report.organizations)} ${report.organizations === 1 ? 'organización' : 'organizaciones'}, ${count(report.ideas)} ideas`,
  ];
  const k = report.concentration.ideas_for_share['0.3'];
  if (k !== null && k !== undefined)
    parts.push(`${count(k)} ${k === 1 ? 'idea concentró' : 'ideas concentraron'} el 30 % de los votos`);
  if (report.evaluation.responses > 0)
    parts.push(
      `${percent(report.evaluation.excellent_or_good_share)} evaluó el método como excelente o bueno`,
    );
  return parts.join('; ');
}

export interface Dashboard {
  report: Report;
  summary: string;
  dialogues: Awaited<ReturnType<typeof listScopedDialogues>>;
  participation: Record<
    'sector' | 'gender' | 'age_band' | 'kind',
    Array<{ key: string | null; count: number }>
  >;
  ideasByTable: Array<{ key: string | null; count: number }>;
  ideasByQuestion: Array<{ key: string | null; count: number }>;
  ratings: Record<string, number>;
  lorenz: Array<[number, number]>;
  topIdeas: Array<{ id: number; text: string; dots: number; region_code: string; dialogue: string }>;
}

/** Everything a results dashboard (and the PDF and XLSX) shows for one scope. */
export async function buildDashboard(ctx: Context, filter: ReportFilter): Promise<Dashboard> {
  const { finalDots, ...report } = await buildReport(ctx, filter);
  const { dialogues, scope } = await resolveScope(ctx, filter);
  const [sector, gender, ageBand, kind, byTable, byQuestion, ratings] = await Promise.all([
    participantsBy(ctx.db, scope, 'sector'),
    participantsBy(ctx.db, scope, 'gender'),
    participantsBy(ctx.db, scope, 'age_band'),
    participantsByOrganizationKind(ctx.db, scope),
    ideasByTable(ctx.db, scope),
    ideasByQuestion(ctx.db, scope),
    ratingsPerDialogue(ctx.db, scope),
  ]);
  const ratingTotals: Record<string, number> = { excelente: 0, bueno: 0, regular: 0, malo: 0 };
  for (const row of ratings) ratingTotals[row.rating] = (ratingTotals[row.rating] ?? 0) + row.count;
  const held = [...finalDots.values()];
  const top = [...finalDots].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
  const texts = new Map(
    (
      await ideaTexts(
        ctx.db,
        top.map(([id]) => id),
      )
    ).map((row) => [row.id, row]),
  );
  const sortRows = (rows: Array<{ key: string | null; count: number }>) =>
    rows.map((row) => ({ key: row.key, count: Number(row.count) })).sort((a, b) => b.count - a.count);
  return {
    report,
    summary: summarySentence(report),
    dialogues,
    participation: {
      sector: sortRows(sector),
      gender: sortRows(gender),
      age_band: sortRows(ageBand),
      kind: sortRows(kind),
    },
    ideasByTable: byTable.map((row) => ({ key: row.key, count: Number(row.count) })),
    ideasByQuestion: byQuestion.map((row) => ({ key: row.key, count: Number(row.count) })),
    ratings: ratingTotals,
    lorenz: lorenz(held, Math.max(0, report.ideas_after_merge - held.length)),
    topIdeas: top.map(([id, dots]) => ({
      id,
      dots,
      text: texts.get(id)?.text ?? '',
      region_code: texts.get(id)?.region_code ?? '',
      dialogue: texts.get(id)?.title ?? '',
    })),
  };
}
