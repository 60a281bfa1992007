import type ExcelJS from 'exceljs';
import { AppError } from '../errors/index.js';
import { lazy } from '../lazy.js';
import { type CsvDialect, readCsvBytes } from './csv-reader.js';
import { sheetLimits } from './limits.js';
import { sheetZipBounds, unzipBounded } from './zip.js';

const excel = lazy<typeof ExcelJS>('exceljs');

export interface Sheet {
  rows: string[][];
  /** How a CSV was written (separator, encoding, decimals); null for an XLSX, whose cells are typed. */
  dialect: CsvDialect | null;
}

/**
 * The first sheet of an uploaded CSV or XLSX as rows of text, within `sheetLimits`. Limits are
 * AppErrors naming the limit and where it was crossed; a CSV that cannot be read is a
 * CsvReadError naming file, line and column; any other unreadable file a plain Error whose message
 * says why. Only cells that hold something are visited, so a declared size (a cell at XFD1048576)
 * costs nothing. A CSV is read by the one reader (csv-reader.ts): `,` or `;`, UTF-8 or Windows-1252.
 */
export async function readSheet(fileName: string, data: Buffer): Promise<Sheet> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return { rows: await readXlsx(data), dialect: null };
  if (lower.endsWith('.csv')) return readCsv(fileName, data);
  throw new Error('debe ser .csv o .xlsx');
}

function readCsv(fileName: string, data: Buffer): Sheet {
  const { records: read, dialect } = readCsvBytes(data, fileName, {
    keepEmptyLines: true,
    // Stops a single endless cell early; the cell limit below names the cell.
    maxRecordChars: sheetLimits.cellChars * 4,
    // One record past the limit is enough to know the file is too long.
    to: sheetLimits.rows + 2,
  });
  const records = read.map((record) => record.cells);
  if (records.length > sheetLimits.rows + 1)
    throw new AppError('sheet_too_many_rows', { limit: sheetLimits.rows, row: sheetLimits.rows + 2 });
  records.forEach((record, index) => {
    if (record.length > sheetLimits.columns && record.slice(sheetLimits.columns).some((cell) => cell.trim()))
      throw new AppError('sheet_too_many_columns', {
        limit: sheetLimits.columns,
        cell: cellName(index + 1, sheetLimits.columns + 1),
      });
    record.forEach((cell, column) => {
      if (cell.length > sheetLimits.cellChars)
        throw new AppError('sheet_cell_too_long', {
          cell: cellName(index + 1, column + 1),
          limit: sheetLimits.cellChars,
        });
    });
  });
  return { rows: records.map((record) => record.slice(0, sheetLimits.columns)), dialect };
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  // Unpack once with the zip bounds (a bomb stops here), and count the cells in the sheets' XML
  // before ExcelJS builds an object for each.
  const parts = unzipBounded(data, (name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name), sheetZipBounds);
  let cells = 0;
  for (const xml of parts.values()) cells += countCells(xml);
  if (cells > sheetLimits.cells) throw new AppError('sheet_too_many_cells', { limit: sheetLimits.cells });
  const workbook = new (excel().Workbook)();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('el libro no tiene hojas');
  const table: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    const values: string[] = [];
    row.eachCell((cell, column) => {
      const text = cellText(cell.value);
      if (!text.trim()) return;
      if (rowNumber > sheetLimits.rows + 1)
        throw new AppError('sheet_too_many_rows', { limit: sheetLimits.rows, row: rowNumber });
      if (column > sheetLimits.columns)
        throw new AppError('sheet_too_many_columns', {
          limit: sheetLimits.columns,
          cell: cellName(rowNumber, column),
        });
      if (text.length > sheetLimits.cellChars)
        throw new AppError('sheet_cell_too_long', {
          cell: cellName(rowNumber, column),
          limit: sheetLimits.cellChars,
        });
      values[column - 1] = text;
    });
    if (values.length) table[rowNumber - 1] = Array.from(values, (value) => value ?? '');
  });
  return Array.from(table, (row) => row ?? []);
}

/** `<c ` or `<c>` elements, by a byte scan (no XML parse, no string of the whole part). */
function countCells(xml: Uint8Array): number {
  let count = 0;
  for (let at = 0; at < xml.length - 2; at += 1)
    if (xml[at] === 0x3c && xml[at + 1] === 0x63 && (xml[at + 2] === 0x20 || xml[at + 2] === 0x3e))
      count += 1;
  return count;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/** A1-style name of a cell, as a spreadsheet shows it. */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return `${letters}${row}`;
}
