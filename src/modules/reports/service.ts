import type { Context } from '../../platform/context.js';
import { AppError } from '../../platform/errors/index.js';
import type { FigureName } from '../../platform/vocabulary.js';
import { consultationTotals } from '../consultations/index.js';
import {
  addFigures,
  countFigures,
  countOrganizations,
  emptyFigures,
  evaluationOf,
  type Figures,
  participationByKind,
} from '../figures/index.js';
import { type Concentration, concentration, lorenz } from './figures.js';
import {
  type DialogueScope,
  ideasByQuestion,
  ideasByTable,
  ideaTexts,
  listScopedDialogues,
  participantsBy,
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

/** Every named figure of a scope (platform/vocabulary.ts `figureNames`), as every surface shows them. */
export type FigureSet = Record<FigureName, number>;

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
  figures: Figures;
  ideaDots: Map<number, number>;
}

const emptyBucket = (): Bucket => ({ dialogues: 0, figures: emptyFigures(), ideaDots: new Map() });

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
    regions === null && filter.dialogueId === undefined && !allowed ? null : dialogues.map((d) => d.id);
  return { dialogues, scope };
}

/** The named figures of a bucket (the organisations are distinct people's, counted apart). */
function figureSet(bucket: Bucket, organizations: number): FigureSet {
  const { figures } = bucket;
  return {
    dialogues: bucket.dialogues,
    participants: figures.participants,
    organizations,
    ideas: figures.ideas,
    ideas_after_merge: figures.ideas_after_merge,
    ideas_visible: figures.ideas_visible,
    ideas_hidden: figures.ideas_hidden,
    dots: figures.dots,
    dots_on_hidden: figures.dots_on_hidden,
    evaluations: evaluationOf(figures).responses,
  };
}

/**
 * The report of FORMAT.md: the counts of the figures module (src/modules/figures), concentration
 * from the dots at the end of each merge chain, overall and per region.
 */
export async function buildReport(ctx: Context, filter: ReportFilter) {
  const { dialogues, scope } = await resolveScope(ctx, filter);
  const regionOf = new Map(dialogues.map((dialogue) => [dialogue.id, dialogue.region_code]));
  const [counted, organizations] = await Promise.all([
    countFigures(ctx.db, scope),
    countOrganizations(ctx.db, scope),
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
  for (const [dialogueId, figures] of counted.byDialogue)
    for (const bucket of bucketsOf(dialogueId)) addFigures(bucket.figures, figures);
  for (const [ideaId, entry] of counted.finalDots)
    for (const bucket of bucketsOf(entry.dialogueId)) bucket.ideaDots.set(ideaId, entry.dots);

  const figures = (bucket: Bucket, organizationCount: number): ReportFigures => {
    const held = [...bucket.ideaDots.values()];
    const afterMerge = bucket.figures.ideas_after_merge;
    return {
      dialogues: bucket.dialogues,
      participants: bucket.figures.participants,
      organizations: organizationCount,
      ideas: bucket.figures.ideas,
      ideas_after_merge: afterMerge,
      dots: bucket.figures.dots,
      concentration: concentration(held, Math.max(0, afterMerge - held.length)),
      evaluation: evaluationOf(bucket.figures),
    };
  };
  const organizationsOf = new Map(organizations.regions.map((row) => [row.region_code, Number(row.count)]));
  const regionOrder = [...new Set(dialogues.map((dialogue) => dialogue.region_code))];
  const report: Report = {
    ...figures(all, organizations.overall),
    by_region: regionOrder.map((code) => ({
      region_code: code,
      ...figures(regions.get(code) ?? emptyBucket(), organizationsOf.get(code) ?? 0),
    })),
  };
  return {
    report,
    figures: figureSet(all, organizations.overall),
    regionFigures: regionOrder.map((code) => ({
      region_code: code,
      ...figureSet(regions.get(code) ?? emptyBucket(), organizationsOf.get(code) ?? 0),
    })),
    ratings: { ...all.figures.ratings },
    finalDots: counted.finalDots,
    dialogues,
    scope,
  };
}

/** The report exactly as FORMAT.md prints it (no internal fields). */
export async function reportFor(ctx: Context, filter: ReportFilter): Promise<Report> {
  return (await buildReport(ctx, filter)).report;
}

const count = (value: number) => new Intl.NumberFormat('es-CL').format(value);
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The readable Spanish summary, e.g. "16 diálogos, 411 participantes de 313 organizaciones, …". */
export function summarySentence(report: ReportFigures): string {
  const parts = [
    `${count(report.dialogues)} ${report.dialogues === 1 ? 'diálogo' : 'diálogos'}, ${count(report.participants)} participantes de ${count(report.organizations)} ${report.organizations === 1 ? 'organización' : 'organizaciones'}, ${count(report.ideas)} ideas propuestas`,
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
  /** Every named figure of the scope, and of each region (same order as `report.by_region`). */
  figures: FigureSet;
  regionFigures: Array<FigureSet & { region_code: string }>;
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
  consultations: { consultations: number; participants: number; statements: number; votes: number } | null;
}

/** Everything a results dashboard (and the PDF and XLSX) shows for one scope. */
export async function buildDashboard(ctx: Context, filter: ReportFilter): Promise<Dashboard> {
  const built = await buildReport(ctx, filter);
  const { report, finalDots, dialogues, scope } = built;
  const [sector, gender, ageBand, kind, byTable, byQuestion] = await Promise.all([
    participantsBy(ctx.db, scope, 'sector'),
    participantsBy(ctx.db, scope, 'gender'),
    participantsBy(ctx.db, scope, 'age_band'),
    participationByKind(ctx.db, scope),
    ideasByTable(ctx.db, scope),
    ideasByQuestion(ctx.db, scope),
  ]);
  const held = [...finalDots.values()].map((entry) => entry.dots);
  // The most voted ideas the public may see: a hidden idea keeps its dots in the figures, not a place here.
  const top = [...finalDots]
    .filter(([, entry]) => !entry.hidden)
    .map(([id, entry]) => [id, entry.dots] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 10);
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
    figures: built.figures,
    regionFigures: built.regionFigures,
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
    ratings: built.ratings,
    lorenz: lorenz(held, Math.max(0, report.ideas_after_merge - held.length)),
    consultations:
      filter.dialogueId !== undefined || filter.onlyDialogues
        ? null
        : await consultationTotals(ctx.db, filter.region ? [filter.region] : filter.regions, !filter.region),
    topIdeas: top.map(([id, dots]) => ({
      id,
      dots,
      text: texts.get(id)?.text ?? '',
      region_code: texts.get(id)?.region_code ?? '',
      dialogue: texts.get(id)?.title ?? '',
    })),
  };
}
