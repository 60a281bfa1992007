import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { AppError, type ErrorIssue, isAppError } from '../../platform/errors/index.js';
import { csvLine } from '../../platform/files/csv.js';
import { type CsvDialect, CsvReadError, describeDialect } from '../../platform/files/csv-reader.js';
import { readSheet } from '../../platform/files/sheet.js';
import { wakeOutbox } from '../notifications/index.js';
import { canManageInitiative } from './policy.js';
import * as q from './queries.js';
import { applyProgress, type ProgressChange } from './service.js';
import { type InitiativeStatus, initiativeStatuses } from './tables.js';

/**
 * Bulk progress update of the portfolio from a spreadsheet (CSV or XLSX), like the data package:
 * one header row, column order free, unknown columns ignored, an empty cell means "absent".
 * Columns: initiative_id (required), status, progress_percent, discard_reason, note, reported_on.
 * All or nothing: any problem rejects the whole file, listed as `file:line: column: problem`.
 */
export const progressColumns = [
  'initiative_id',
  'status',
  'progress_percent',
  'discard_reason',
  'note',
  'reported_on',
] as const;

interface RawRow {
  line: number;
  cells: Record<string, string>;
}

function normaliseStatus(value: string): InitiativeStatus | null {
  const key = value
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '_');
  return (initiativeStatuses as readonly string[]).includes(key) ? (key as InitiativeStatus) : null;
}

/** Reads the rows of a CSV or XLSX file; a file that cannot be read is one problem at line 1. */
export async function readSpreadsheet(
  fileName: string,
  data: Buffer,
): Promise<{ rows: RawRow[]; issues: ErrorIssue[]; dialect: CsvDialect | null }> {
  const issues: ErrorIssue[] = [];
  let table: string[][];
  let dialect: CsvDialect | null;
  try {
    ({ rows: table, dialect } = await readSheet(fileName, data));
  } catch (error) {
    // A limit is refused as itself (413/422 naming it); anything else is a file we cannot read.
    if (isAppError(error)) throw error;
    if (error instanceof CsvReadError)
      return {
        rows: [],
        dialect: null,
        issues: [{ path: `${fileName}:${error.line}: columna ${error.column}`, message: error.detail }],
      };
    return {
      rows: [],
      dialect: null,
      issues: [{ path: `${fileName}:1: archivo`, message: `no se pudo leer: ${(error as Error).message}` }],
    };
  }
  const header = (table[0] ?? []).map((name) => name.trim().toLowerCase());
  // Said with what was detected, so a file read with the wrong separator explains itself.
  const read = dialect ? ` (leído como CSV con ${describeDialect(dialect)})` : '';
  if (!header.includes('initiative_id')) {
    issues.push({ path: `${fileName}:1: initiative_id`, message: `falta la columna obligatoria${read}` });
    return { rows: [], issues, dialect };
  }
  if (!header.includes('status') && !header.includes('progress_percent') && !header.includes('note')) {
    issues.push({
      path: `${fileName}:1: status`,
      message: 'falta al menos una de las columnas status, progress_percent o note',
    });
  }
  const rows: RawRow[] = [];
  table.slice(1).forEach((values, index) => {
    if (values.every((value) => !String(value ?? '').trim())) return;
    const cells: Record<string, string> = {};
    header.forEach((name, column) => {
      if ((progressColumns as readonly string[]).includes(name))
        cells[name] = String(values[column] ?? '').trim();
    });
    rows.push({ line: index + 2, cells });
  });
  return { rows, issues, dialect };
}

export interface PlannedChange {
  line: number;
  initiativeId: number;
  title: string;
  regionCode: string | null;
  status: { before: string; after: string };
  progress: { before: number; after: number };
  discardReason: string | null;
  note: string | null;
  reportedOn: string | null;
  changed: boolean;
}

/** Validates the file and applies it (or, with dryRun, only says what would change). */
export async function importProgress(
  ctx: Context,
  actor: StaffActor,
  fileName: string,
  data: Buffer,
  dryRun: boolean,
) {
  const { rows, issues, dialect } = await readSpreadsheet(fileName, data);
  const detected = dialect ? { ...dialect, summary: describeDialect(dialect) } : null;
  const ids = rows
    .map((row) => Number(row.cells.initiative_id))
    .filter((id) => Number.isInteger(id) && id > 0);
  const known = new Map(
    (await q.findInitiativesByIds(ctx.db, [...new Set(ids)])).map((row) => [row.id, row]),
  );
  const seen = new Map<number, number>();
  const plan: Array<{
    row: NonNullable<ReturnType<typeof known.get>>;
    change: ProgressChange;
    planned: PlannedChange;
  }> = [];
  for (const { line, cells } of rows) {
    const at = (column: string) => `${fileName}:${line}: ${column}`;
    const before = issues.length;
    const rawId = cells.initiative_id ?? '';
    const id = Number(rawId);
    const initiative = Number.isInteger(id) && id > 0 ? known.get(id) : undefined;
    if (!rawId) issues.push({ path: at('initiative_id'), message: 'vacío' });
    else if (!initiative || !canManageInitiative(actor, initiative.region_code)) {
      // Out of the caller's scope reads as unknown, so the refusal reveals nothing.
      issues.push({ path: at('initiative_id'), message: `iniciativa desconocida «${rawId}»` });
    } else if (initiative.cycle_status !== 'abierto') {
      issues.push({
        path: at('initiative_id'),
        message: `la iniciativa ${id} es del ciclo cerrado ${initiative.year}`,
      });
    } else if (seen.has(id)) {
      issues.push({
        path: at('initiative_id'),
        message: `la iniciativa ${id} ya aparece en la línea ${seen.get(id)}`,
      });
    }
    if (initiative) seen.set(id, seen.get(id) ?? line);
    let status: InitiativeStatus | undefined;
    if (cells.status) {
      status = normaliseStatus(cells.status) ?? undefined;
      if (!status)
        issues.push({
          path: at('status'),
          message: `estado desconocido «${cells.status}» (propuesta, aprobada, en_ejecucion, terminada, descartada)`,
        });
    }
    let progress: number | undefined;
    if (cells.progress_percent) {
      const text = cells.progress_percent.replace(/\s*%$/, '');
      const value = Number(text);
      if (!/^\d+$/.test(text) || value > 100)
        issues.push({
          path: at('progress_percent'),
          message: `«${cells.progress_percent}» no es un entero entre 0 y 100`,
        });
      else progress = value;
    }
    if (cells.reported_on && !/^\d{4}-\d{2}-\d{2}$/.test(cells.reported_on)) {
      issues.push({ path: at('reported_on'), message: `«${cells.reported_on}» no es una fecha AAAA-MM-DD` });
    }
    if ((cells.note ?? '').length > 2_000)
      issues.push({ path: at('note'), message: 'más de 2000 caracteres' });
    if ((cells.discard_reason ?? '').length > 2_000)
      issues.push({ path: at('discard_reason'), message: 'más de 2000 caracteres' });
    if (status === 'descartada' && !cells.discard_reason && !initiative?.discard_reason) {
      issues.push({ path: at('discard_reason'), message: 'obligatorio al descartar' });
    }
    if (issues.length > before || !initiative) continue;
    const change: ProgressChange = {
      status,
      progressPercent: progress,
      discardReason: cells.discard_reason || undefined,
      note: cells.note || undefined,
      reportedOn: cells.reported_on || undefined,
    };
    const statusAfter = status ?? initiative.status;
    const progressAfter = progress ?? initiative.progress_percent;
    plan.push({
      row: initiative,
      change,
      planned: {
        line,
        initiativeId: id,
        title: initiative.title,
        regionCode: initiative.region_code,
        status: { before: initiative.status, after: statusAfter },
        progress: { before: initiative.progress_percent, after: progressAfter },
        discardReason:
          statusAfter === 'descartada' ? (change.discardReason ?? initiative.discard_reason) : null,
        note: change.note ?? null,
        reportedOn: change.reportedOn ?? null,
        changed:
          statusAfter !== initiative.status || progressAfter !== initiative.progress_percent || !!change.note,
      },
    });
  }
  if (!rows.length && !issues.length)
    issues.push({ path: `${fileName}:2: initiative_id`, message: 'el archivo no tiene filas' });
  if (issues.length) throw new AppError('bulk_file_invalid', { count: issues.length }, issues.slice(0, 200));
  const changes = plan.map((item) => item.planned);
  if (dryRun) return { dryRun: true, applied: 0, changes, detected };
  let applied = 0;
  await commitChange(ctx, actor, async (trx, change) => {
    applied = 0; // a retried transaction counts again
    for (const item of plan) {
      // Re-read inside the transaction: what is applied is what is stored now.
      const current = await q.findInitiative(trx, item.row.id);
      if (!current) throw new AppError('not_found', { what: `iniciativa ${item.row.id}` });
      if ((await applyProgress(trx, change, ctx.config, actor, current, item.change, 'bulk')) !== null)
        applied += 1;
    }
  });
  wakeOutbox(ctx);
  return { dryRun: false, applied, changes, detected };
}

/** A CSV to fill in: the caller's initiatives of a cycle with their current status and progress (cells through csvLine). */
export async function progressTemplate(ctx: Context, actor: StaffActor, cycleId: number) {
  const rows = await q.listInitiatives(ctx.db, { cycleId, regions: actor.regions });
  const lines = [
    csvLine(
      ['initiative_id', 'title', 'status', 'progress_percent', 'discard_reason', 'note', 'reported_on'],
      '\r\n',
    ),
    ...rows
      .filter((row) => canManageInitiative(actor, row.region_code))
      .map((row) => csvLine([row.id, row.title, row.status, row.progress_percent, null, null, null], '\r\n')),
  ];
  return `\uFEFF${lines.join('')}`;
}
