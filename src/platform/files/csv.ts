import { neutraliseCell } from './cells.js';

/** A value of a CSV cell: text, a number, or absent (an empty cell). */
export type CsvValue = string | number | null | undefined;

/**
 * One CSV field per RFC 4180, the only way the app writes a CSV cell: text goes through
 * neutraliseCell (formula injection, see cells.ts), then is quoted when it holds a comma, a
 * semicolon (the separator of spreadsheets in Spanish locales), a quote or a line break.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseCell(value) : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, ended by `end` (`\n` unless told). */
export function csvLine(values: CsvValue[], end = '\n'): string {
  return `${values.map(csvField).join(',')}${end}`;
}
