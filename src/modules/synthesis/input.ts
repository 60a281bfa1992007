import { type CsvDialect, CsvReadError, readCsvBytes } from '../../platform/files/csv-reader.js';
import type { IdeaInput } from './pipeline/themes.js';

/** A problem with the ideas file, already phrased for the person: `file:line: column: problem`. */
export class IdeasFileError extends Error {}

/**
 * Reads `idea_id,text[,dots]` from CSV bytes (`,` or `;`, UTF-8 or Windows-1252, by the one CSV
 * reader); every problem is an IdeasFileError in Spanish. `onDialect` hears how the file was read.
 */
export function readIdeasCsv(
  bytes: Uint8Array,
  file: string,
  onDialect?: (dialect: CsvDialect) => void,
): IdeaInput[] {
  let records: string[][];
  try {
    const read = readCsvBytes(bytes, file);
    if (read.records.every((record) => record.cells.every((cell) => cell.trim() === '')))
      throw new IdeasFileError(
        `${file}: el archivo está vacío; se esperaba un CSV con columnas idea_id, text y (opcional) dots.`,
      );
    onDialect?.(read.dialect);
    records = read.records.map((record) => record.cells);
  } catch (error) {
    if (error instanceof CsvReadError) throw new IdeasFileError(`${error.message}.`);
    throw error;
  }
  const header = records[0].map((name) => name.trim().toLowerCase());
  const idColumn = header.indexOf('idea_id');
  const textColumn = header.indexOf('text');
  const dotsColumn = header.indexOf('dots');
  const missing = [idColumn < 0 ? 'idea_id' : null, textColumn < 0 ? 'text' : null].filter(Boolean);
  if (missing.length) {
    throw new IdeasFileError(
      `${file}:1: faltan las columnas ${missing.join(' y ')}; el encabezado tiene: ${header.join(', ') || '(nada)'}.`,
    );
  }
  if (records.length < 2)
    throw new IdeasFileError(`${file}: el archivo solo tiene el encabezado; no hay ideas que agrupar.`);
  const seen = new Set<string>();
  const ideas: IdeaInput[] = [];
  records.slice(1).forEach((record, index) => {
    const line = index + 2;
    const id = (record[idColumn] ?? '').trim();
    if (!id) throw new IdeasFileError(`${file}:${line}: idea_id: está vacío.`);
    if (seen.has(id)) throw new IdeasFileError(`${file}:${line}: idea_id: «${id}» está repetido.`);
    seen.add(id);
    if (record[textColumn] === undefined)
      throw new IdeasFileError(`${file}:${line}: text: falta la columna en esta fila.`);
    let dots = 0;
    const rawDots = dotsColumn >= 0 ? (record[dotsColumn] ?? '').trim() : '';
    if (rawDots !== '') {
      if (!/^\d+$/.test(rawDots))
        throw new IdeasFileError(`${file}:${line}: dots: «${rawDots}» no es un entero mayor o igual a 0.`);
      dots = Number(rawDots);
    }
    ideas.push({ id, text: record[textColumn], dots });
  });
  return ideas;
}
