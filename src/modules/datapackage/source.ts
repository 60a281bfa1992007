import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../platform/errors/index.js';
import { restoreCell } from '../../platform/files/cells.js';
import { packageZipBounds, unzipBounded } from '../../platform/files/zip.js';
import { columnsOf, type PackageFile } from './format.js';

/** Where a package's files come from: a folder on disk or the files of a .zip. */
export interface PackageSource {
  /** A byte stream of the file, or null when the package has no such file. */
  open(file: PackageFile): Readable | null;
  /** Size in bytes, for progress (0 when unknown). */
  size(file: PackageFile): number;
}

export function folderSource(folder: string): PackageSource {
  const pathOf = (file: string) => path.join(folder, file);
  return {
    open: (file) => (fs.existsSync(pathOf(file)) ? fs.createReadStream(pathOf(file)) : null),
    size: (file) => (fs.existsSync(pathOf(file)) ? fs.statSync(pathOf(file)).size : 0),
  };
}

/** The files of a zip, found by their base name (a zip of a folder puts them under that folder). */
export function zipSource(zip: Uint8Array): PackageSource {
  // The streaming reader finds nothing in bytes that are not a zip: say so instead.
  const local = zip[0] === 0x50 && zip[1] === 0x4b && (zip[2] === 3 || zip[2] === 5);
  if (!local) throw new AppError('zip_unreadable', { detail: 'no es un archivo .zip' });
  // Bounded while unpacking: a zip bomb is refused naming the file and the limit it crossed.
  const entries = unzipBounded(zip, (name) => /(^|\/)[a-z_]+\.csv$/.test(name), packageZipBounds);
  const byName = new Map<string, Uint8Array>();
  for (const [name, bytes] of entries) byName.set(name.split('/').pop() ?? name, bytes);
  return {
    open: (file) => {
      const bytes = byName.get(file);
      return bytes ? Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]) : null;
    },
    size: (file) => byName.get(file)?.byteLength ?? 0,
  };
}

export interface CsvRow {
  /** The line the record starts on (the header is line 1). */
  line: number;
  /**
   * The value of a column, '' when absent (an empty cell means "absent"), trimmed, and with the
   * apostrophe a Minga export puts before a formula start taken away: one apostrophe, only when
   * apostrophes are followed by = + - @ tab CR or ＝ ＋ － ＠ (platform/files/cells.ts restoreCell).
   */
  get(column: string): string;
}

export type CsvEvent =
  | { kind: 'missing_columns'; columns: string[] }
  | { kind: 'bad_csv'; line: number; detail: string };

/**
 * Streams the rows of one package file with their line numbers. Column order does not matter and
 * unknown columns are ignored; problems with the file itself go to `onProblem`.
 */
export async function* readRows(
  stream: Readable,
  file: PackageFile,
  onProblem: (event: CsvEvent) => void,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRow> {
  if (onBytes) stream.on('data', (chunk: Buffer | string) => onBytes(chunk.length));
  // on_record reads the line counter in place: `info: true` would copy a snapshot per record.
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
      // A record far beyond any cell limit (a never-closed quote, one endless line) stops early.
      max_record_size: 1024 * 1024,
      on_record: (record: string[], context) => ({ record, lines: context.lines }) as unknown as string[],
    }),
  );
  stream.on('error', (error) => parser.destroy(error));
  let index: Map<string, number> | null = null;
  try {
    for await (const { record, lines } of parser as AsyncIterable<{ record: string[]; lines: number }>) {
      if (!index) {
        index = new Map(record.map((name, position) => [name.trim(), position]));
        const missing = columnsOf[file].required.filter((column) => !index?.has(column));
        if (missing.length) {
          onProblem({ kind: 'missing_columns', columns: missing });
          return;
        }
        continue;
      }
      let newlines = 0;
      for (const cell of record)
        for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) newlines++;
      const columns: Map<string, number> = index;
      yield {
        line: lines - newlines,
        get: (column) => {
          const position = columns.get(column);
          return position === undefined ? '' : restoreCell((record[position] ?? '').trim());
        },
      };
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = (error as { lines?: number }).lines ?? 0;
    onProblem({ kind: 'bad_csv', line, detail });
  }
}
