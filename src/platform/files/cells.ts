/**
 * Spreadsheet formula injection ("CSV injection"): a CSV cell that starts with =, +, -, @, tab or
 * carriage return may be run as a formula by Excel, LibreOffice or Google Sheets; so may one that
 * starts with the full-width ＝ ＋ － ＠, which Excel with an East Asian input method takes as the
 * ASCII sign. A CSV has no cell types, so the only defence that survives every program is to change
 * the text: following OWASP, such a cell gets one leading apostrophe, which spreadsheets show as
 * the mark of a text cell and do not evaluate. The Minga data package reads it back (restoreCell).
 *
 * The rule is reversible. A text that starts with apostrophes followed by a formula start also gets
 * one more apostrophe ("'=1" is written "''=1"); restoreCell removes one apostrophe only from a cell
 * that starts with apostrophes followed by a formula start. So every text comes back exactly, and a
 * text that simply begins with an apostrophe ("'hola") is written and read unchanged.
 *
 * XLSX needs none of this: its text cells are typed as strings, never as formulas, so they are
 * written as they are (see reports/exports.ts). Every CSV the app writes goes through csvField in
 * ./csv.ts, which calls neutraliseCell on each text cell; numbers are written as numbers.
 */
const formulaStart = /^'*[=+\-@\t\r＝＋－＠]/;

export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return formulaStart.test(value) ? `'${value}` : value;
}

/** The text of a cell written by neutraliseCell: the exact inverse, for cells read from a CSV. */
export function restoreCell(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell) ? cell.slice(1) : cell;
}
