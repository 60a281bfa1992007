/**
 * Spreadsheet formula injection: a cell that starts with =, +, -, @, tab or carriage return may be
 * run as a formula by Excel or LibreOffice. Every text cell of an XLSX or CSV export goes through
 * here and gets a leading apostrophe, which spreadsheets show as plain text.
 */
export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
