import { CsvReadError, readCsvBytes } from '../../platform/files/csv-reader.js';
import { buildVoteMatrix, type VoteMatrix } from './math/matrix.js';

/**
 * Pol.is's open-data export `participants-votes.csv`: `participant, group-id, n-comments,
 * n-votes, n-agree, n-disagree`, then one column per statement (its comment id) holding 1
 * (agree), −1 (disagree), 0 (pass) or nothing. Minga reads it and writes it in the same shape.
 */
export const polisLeadingColumns = [
  'participant',
  'group-id',
  'n-comments',
  'n-votes',
  'n-agree',
  'n-disagree',
] as const;

/** A problem with the file, already phrased for the person: `file:line:column: problem`. */
export class VotesFileError extends Error {}

export interface PolisVotes {
  participantIds: string[];
  statementIds: string[];
  /** The export's own group of each participant (null where it has none). */
  groupIds: (string | null)[];
  matrix: VoteMatrix;
}

export function readPolisVotesCsv(bytes: Uint8Array, file: string): PolisVotes {
  const records = readRecords(bytes, file);
  if (records.length === 0 || records.every((record) => record.every((cell) => cell.trim() === '')))
    throw new VotesFileError(`${file}:1:1: el archivo está vacío.`);
  const header = records[0].map((name) => name.trim());
  const participantColumn = header.indexOf('participant');
  if (participantColumn < 0) {
    throw new VotesFileError(
      `${file}:1:1: falta la columna «participant»; el encabezado tiene: ${header.slice(0, 8).join(', ')}.`,
    );
  }
  const groupColumn = header.indexOf('group-id');
  const statementColumns: number[] = [];
  const statementIds: string[] = [];
  const seenStatements = new Set<string>();
  header.forEach((name, column) => {
    if ((polisLeadingColumns as readonly string[]).includes(name)) return;
    if (!/^\d+$/.test(name)) {
      throw new VotesFileError(
        `${file}:1:${column + 1}: «${name}» no es un número de comentario (las columnas de votos se llaman 0, 1, 2…).`,
      );
    }
    if (seenStatements.has(name))
      throw new VotesFileError(`${file}:1:${column + 1}: el comentario ${name} está repetido.`);
    seenStatements.add(name);
    statementColumns.push(column);
    statementIds.push(name);
  });
  const participantIds: string[] = [];
  const groupIds: (string | null)[] = [];
  const seenParticipants = new Set<string>();
  const rows: number[] = [];
  const cols: number[] = [];
  const votes: number[] = [];
  for (let index = 1; index < records.length; index += 1) {
    const record = records[index];
    const line = index + 1;
    if (record.length > header.length) {
      throw new VotesFileError(
        `${file}:${line}:${header.length + 1}: la fila tiene ${record.length} columnas y el encabezado ${header.length}.`,
      );
    }
    const id = (record[participantColumn] ?? '').trim();
    if (!id) throw new VotesFileError(`${file}:${line}:${participantColumn + 1}: participant está vacío.`);
    if (seenParticipants.has(id)) {
      throw new VotesFileError(
        `${file}:${line}:${participantColumn + 1}: el participante «${id}» está repetido.`,
      );
    }
    seenParticipants.add(id);
    const row = participantIds.length;
    participantIds.push(id);
    const group = groupColumn >= 0 ? (record[groupColumn] ?? '').trim() : '';
    groupIds.push(group === '' ? null : group);
    statementColumns.forEach((column, statement) => {
      const raw = (record[column] ?? '').trim();
      if (raw === '') return;
      if (raw !== '1' && raw !== '-1' && raw !== '0') {
        throw new VotesFileError(
          `${file}:${line}:${column + 1}: el voto «${raw.slice(0, 20)}» no es 1 (de acuerdo), -1 (en desacuerdo), 0 (paso) ni vacío.`,
        );
      }
      rows.push(row);
      cols.push(statement);
      votes.push(Number(raw));
    });
  }
  if (participantIds.length === 0)
    throw new VotesFileError(`${file}:2:1: el archivo solo tiene el encabezado.`);
  const matrix = buildVoteMatrix(participantIds.length, statementIds.length, rows, cols, votes);
  return { participantIds, statementIds, groupIds, matrix };
}

/** Moderated-out comment ids from Pol.is's `comments.csv` (`comment-id`, …, `moderated` = −1). */
export function readPolisModeratedOut(bytes: Uint8Array, file: string): Set<string> {
  const records = readRecords(bytes, file);
  const header = records[0] ?? [];
  const id = header.indexOf('comment-id');
  const moderated = header.indexOf('moderated');
  if (id < 0 || moderated < 0) {
    throw new VotesFileError(`${file}:1:1: se esperaban las columnas «comment-id» y «moderated».`);
  }
  const out = new Set<string>();
  for (const record of records.slice(1))
    if ((record[moderated] ?? '').trim() === '-1') out.add(record[id].trim());
  return out;
}

export interface PolisComment {
  text: string;
  /** Pol.is's moderation: −1 out, 0 not yet, 1 in. */
  moderated: number;
}

/** Pol.is's `comments.csv`: each comment's text and moderation, with `file:line:column` reasons. */
export function readPolisComments(bytes: Uint8Array, file: string): Map<string, PolisComment> {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    // The one CSV reader: `,` or `;`, UTF-8 (BOM or not) or Windows-1252, lines as the file numbers them.
    records = readCsvBytes(bytes, file).records.map((row) => ({
      record: row.cells,
      info: { lines: row.line },
    }));
  } catch (error) {
    if (error instanceof CsvReadError) throw new VotesFileError(`${error.message}.`);
    throw error;
  }
  if (records.length === 0) throw new VotesFileError(`${file}:1:1: el archivo está vacío.`);
  const header = records[0].record.map((name) => name.trim());
  const columns = { id: header.indexOf('comment-id'), body: header.indexOf('comment-body') };
  const moderatedColumn = header.indexOf('moderated');
  if (columns.id < 0 || columns.body < 0) {
    throw new VotesFileError(
      `${file}:1:1: se esperaban las columnas «comment-id» y «comment-body»; el encabezado tiene: ${header.slice(0, 8).join(', ')}.`,
    );
  }
  const comments = new Map<string, PolisComment>();
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const id = (record[columns.id] ?? '').trim();
    if (!/^\d+$/.test(id)) {
      throw new VotesFileError(
        `${file}:${line}:${columns.id + 1}: «${id.slice(0, 20)}» no es un número de comentario.`,
      );
    }
    if (comments.has(id))
      throw new VotesFileError(`${file}:${line}:${columns.id + 1}: el comentario ${id} está repetido.`);
    const text = (record[columns.body] ?? '').trim();
    if (text.length < 3) {
      throw new VotesFileError(`${file}:${line}:${columns.body + 1}: el comentario ${id} no tiene texto.`);
    }
    const moderated = moderatedColumn >= 0 ? (record[moderatedColumn] ?? '').trim() : '0';
    if (!['-1', '0', '1', ''].includes(moderated)) {
      throw new VotesFileError(
        `${file}:${line}:${moderatedColumn + 1}: «moderated» debe ser -1, 0 o 1, no «${moderated.slice(0, 20)}».`,
      );
    }
    comments.set(id, { text, moderated: Number(moderated || '0') });
  }
  return comments;
}

/** The records by the one CSV reader (`,` or `;`, UTF-8 or Windows-1252), problems as VotesFileError. */
function readRecords(bytes: Uint8Array, file: string): string[][] {
  try {
    return readCsvBytes(bytes, file).records.map((record) => record.cells);
  } catch (error) {
    if (error instanceof CsvReadError) throw new VotesFileError(`${error.message}.`);
    throw error;
  }
}
