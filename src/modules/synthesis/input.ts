import { parse } from 'csv-parse/sync';
import type { IdeaInput } from './pipeline/themes.js';

/** A problem with the ideas file, already phrased for the person: `file:line: column: problem`. */
export class IdeasFileError extends Error {}

/** Decodes strict UTF-8; on a bad byte names the line it is on. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index += 1) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, index));
        } catch {
          break;
        }
        line += 1;
        start = index + 1;
      }
    }
    throw new IdeasFileError(
      `${file}:${line}: el archivo no está en UTF-8 (hay bytes que no son texto UTF-8 válido). Guárdalo como «CSV UTF-8» e inténtalo de nuevo.`,
    );
  }
}

/** Reads `idea_id,text[,dots]` from CSV bytes; every problem is an IdeasFileError in Spanish. */
export function readIdeasCsv(bytes: Uint8Array, file: string): IdeaInput[] {
  const content = decodeUtf8(bytes, file).replace(/^\uFEFF/, '');
  if (content.trim() === '')
    throw new IdeasFileError(
      `${file}: el archivo está vacío; se esperaba un CSV con columnas idea_id, text y (opcional) dots.`,
    );
  let records: string[][];
  try {
    records = parse(content, { relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new IdeasFileError(
      `${file}:${line ?? '?'}: el CSV está mal formado (${(error as Error).message.split('\n')[0]}).`,
    );
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
