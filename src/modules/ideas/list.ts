import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational } from '../../platform/auth/policy.js';
import type { Context } from '../../platform/context.js';
import { type CsvFlavour, csvDocument, csvLine } from '../../platform/files/csv.js';
import { countIdeasListed, type IdeasListFilter, listIdeasListed } from './queries.js';
import type { IdeasListQuery } from './schema.js';

/** The official answer's name as a person reads it; no answer yet is «sin respuesta». */
export const answerLabels: Record<string, string> = {
  en_estudio: 'en estudio',
  priorizada: 'priorizada',
  no_priorizada: 'no priorizada',
  ya_existe: 'ya existe',
};

function filterOf(actor: StaffActor, query: IdeasListQuery): IdeasListFilter {
  return {
    regions: actor.regions,
    // A facilitator sees the dialogues assigned to them, as everywhere else.
    facilitatorId: isNational(actor) || actor.role === 'regional' ? undefined : actor.id,
    dialogueId: query.dialogue,
    region: query.region,
    q: query.q || undefined,
    questionId: query.question,
    tableId: query.table,
    themeId: query.theme,
    hidden: query.hidden,
    merged: query.merged,
    answer: query.answer,
  };
}

type ListedRow = Awaited<ReturnType<typeof listIdeasListed>>[number];

function listed(row: ListedRow) {
  return {
    id: row.id,
    dialogueId: row.dialogue_id,
    dialogueTitle: row.dialogue_title,
    regionCode: row.region_code,
    regionName: row.region_name,
    question:
      row.question_position === null
        ? null
        : { position: row.question_position, text: row.question_text ?? '' },
    table: row.table_number === null ? null : { number: row.table_number, name: row.table_name ?? '' },
    text: row.text,
    source: row.source,
    hidden: row.hidden_at !== null,
    hiddenReason: row.hidden_reason,
    mergedIntoId: row.merged_into_id,
    answerStatus: row.answer_status,
    createdAt: row.created_at,
  };
}

/** One page of the ideas the caller may see, with how many match in all. */
export async function listIdeas(ctx: Context, actor: StaffActor, query: IdeasListQuery) {
  const filter = filterOf(actor, query);
  const [total, rows] = await Promise.all([
    countIdeasListed(ctx.db, filter),
    listIdeasListed(ctx.db, filter, (query.page - 1) * query.pageSize, query.pageSize),
  ]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
    ideas: rows.map(listed),
  };
}

/** Every matching idea as CSV (cells through csvLine, which neutralises formula starts). */
export async function ideasListCsv(
  ctx: Context,
  actor: StaffActor,
  query: IdeasListQuery,
  flavour: CsvFlavour,
): Promise<string> {
  const filter = filterOf(actor, query);
  const lines = [
    csvLine(
      ['idea_id', 'Región', 'Diálogo', 'Pregunta', 'Mesa', 'Idea', 'Oculta', 'Fusionada en', 'Respuesta'],
      '\r\n',
      flavour,
    ),
  ];
  // Pages of 1,000 keep memory flat for the nation's tens of thousands of ideas.
  for (let offset = 0; ; offset += 1000) {
    const rows = await listIdeasListed(ctx.db, filter, offset, 1000);
    for (const row of rows)
      lines.push(
        csvLine(
          [
            row.id,
            row.region_name,
            row.dialogue_title,
            row.question_text,
            row.table_name ?? (row.table_number === null ? null : `Mesa ${row.table_number}`),
            row.text,
            row.hidden_at === null ? 'no' : 'sí',
            row.merged_into_id,
            row.answer_status ? answerLabels[row.answer_status] : 'sin respuesta',
          ],
          '\r\n',
          flavour,
        ),
      );
    if (rows.length < 1000) break;
  }
  return `\uFEFF${csvDocument(lines)}`;
}
