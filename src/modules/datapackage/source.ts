import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../platform/errors/index.js';
import { restoreCell } from '../../platform/files/cells.js';
import { type CsvDialect, CsvReadError, streamCsv } from '../../platform/files/csv-reader.js';
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
 * unknown columns are ignored; problems with the file itself go to `onProblem`. The package's
 * format is `,` and UTF-8 (FORMAT.md), but a file opened and saved again by Excel in es-CL comes
 * back with `;` and in Windows-1252: the one CSV reader (platform/files/csv-reader.ts) reads both.
 */
export async function* readRows(
  stream: Readable,
  file: PackageFile,
  onProblem: (event: CsvEvent) => void,
  onBytes?: (bytes: number) => void,
  onDialect?: (dialect: CsvDialect) => void,
): AsyncGenerator<CsvRow> {
  // A record far beyond any cell limit (a never-closed quote, one endless line) stops early.
  const { records, dialect } = streamCsv(stream, file, { maxRecordChars: 1024 * 1024, onBytes });
  let index: Map<string, number> | null = null;
  try {
    for await (const { line, cells } of records) {
      if (!index) {
        index = new Map(cells.map((name, position) => [name.trim(), position]));
        const missing = columnsOf[file].required.filter((column) => !index?.has(column));
        if (missing.length) {
          onProblem({ kind: 'missing_columns', columns: missing });
          return;
        }
        continue;
      }
      const columns: Map<string, number> = index;
      yield {
        line,
        get: (column) => {
          const position = columns.get(column);
          return position === undefined ? '' : restoreCell((cells[position] ?? '').trim());
        },
      };
    }
  } catch (error) {
    if (error instanceof CsvReadError) onProblem({ kind: 'bad_csv', line: error.line, detail: error.detail });
    else
      onProblem({ kind: 'bad_csv', line: 0, detail: error instanceof Error ? error.message : String(error) });
  } finally {
    onDialect?.(dialect());
  }
}
