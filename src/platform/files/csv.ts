import { neutraliseCell } from './cells.js';

/** A value of a CSV cell: text, a number, or absent (an empty cell). */
export type CsvValue = string | number | null | undefined;

/**
 * One CSV field per RFC 4180, the only way the app writes a CSV cell: text goes through
 * neutraliseCell (formula injection, see cells.ts), then is quoted when it holds a comma, a
 * semicolon (the separator of spreadsheets in Spanish locales), a quote or a line break.
 */
export function csvField(value: CsvValue, flavour: CsvFlavour = 'standard'): string {
  if (value === null || value === undefined) return '';
  // A number holds no separator or quote; in the Excel flavour its decimal comma needs no quotes.
  if (typeof value === 'number') return flavour === 'excel' ? String(value).replace('.', ',') : String(value);
  const text = neutraliseCell(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The two CSVs the app writes: `standard` (comma, UTF-8, point decimals: the public data format)
 * and `excel` («CSV para Excel»: `;`, a BOM and decimal commas, which Excel in es-CL opens into
 * columns and numbers without an import wizard).
 */
export type CsvFlavour = 'standard' | 'excel';
export const csvFlavours = ['standard', 'excel'] as const;

/** One CSV record, ended by `end` (`\n` unless told). */
export function csvLine(values: CsvValue[], end = '\n', flavour: CsvFlavour = 'standard'): string {
  return `${values.map((value) => csvField(value, flavour)).join(flavour === 'excel' ? ';' : ',')}${end}`;
}

/** A whole CSV from its lines: the Excel flavour starts with a BOM so Excel reads UTF-8. */
export function csvDocument(lines: string[], flavour: CsvFlavour = 'standard'): string {
  return `${flavour === 'excel' ? '\uFEFF' : ''}${lines.join('')}`;
}
