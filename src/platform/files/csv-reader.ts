import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

/**
 * The one reader of every CSV the app imports. Excel in Spanish (Chile) saves «CSV» with `;`
 * between cells, decimal commas and, unless told «CSV UTF-8», in Windows-1252; other tools save
 * `,` and UTF-8, with or without a BOM. This reader takes all of them and says what it found, so
 * an import can tell the person («separador «;», Windows-1252, coma decimal») and read numbers the
 * way the file wrote them.
 */
export type CsvDelimiter = ',' | ';';
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface CsvDialect {
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
  bom: boolean;
  /** Numbers are written 1,5 (and maybe 1.234,5) rather than 1.5. */
  decimalComma: boolean;
}

export interface CsvRecord {
  /** The line the record starts on (the header is line 1). */
  line: number;
  cells: string[];
}

/** A file that is not a readable CSV, naming the file, the line and the column (1-based). */
export class CsvReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
  }
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes…). Node's
// TextDecoder('windows-1252') decodes those bytes as Latin-1 control characters, hence this table.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'.split('');

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    const chunk = bytes.subarray(at, at + 8192);
    const chars = new Array<string>(chunk.length);
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index];
      chars[index] = byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
    }
    text += chars.join('');
  }
  return text;
}

const hasUtf8Bom = (bytes: Uint8Array) => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** UTF-8 when every byte is valid UTF-8 (BOM or not), otherwise Windows-1252, which decodes any byte. */
export function decodeCsvBytes(
  bytes: Uint8Array,
  file: string,
): { text: string; encoding: CsvEncoding; bom: boolean } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new CsvReadError(
      file,
      1,
      1,
      'el archivo está en UTF-16 («Texto Unicode»); guárdalo como «CSV UTF-8» o «CSV (delimitado por comas)»',
    );
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom };
  } catch {
    if (bom)
      throw new CsvReadError(
        file,
        lineOfFirstBadUtf8(body),
        1,
        'el archivo dice ser UTF-8 pero tiene bytes que no lo son',
      );
    if (hasUtf8Sequence(body)) throw mixedEncoding(file, lineOfFirstBadUtf8(body));
    return { text: decodeWindows1252(body), encoding: 'windows-1252', bom: false };
  }
}

/**
 * A valid multi-byte UTF-8 character (ñ is C3 B1). Windows-1252 Spanish text almost never holds
 * one (it would read «Ã±»), so a file with one and also bytes that are not UTF-8 is mixed.
 */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length - 1; at += 1) {
    const byte = bytes[at];
    if (byte < 0xc2 || byte > 0xf4) continue;
    const need = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : 1;
    let ok = at + need < bytes.length;
    for (let next = 1; ok && next <= need; next += 1) ok = (bytes[at + next] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

const mixedEncoding = (file: string, line: number) =>
  new CsvReadError(
    file,
    line,
    1,
    'el archivo mezcla texto UTF-8 con bytes que no lo son; guárdalo de nuevo como «CSV UTF-8»',
  );

function lineOfFirstBadUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index += 1) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line += 1;
      start = index + 1;
    }
  }
  return line;
}

/**
 * `;` when the header line (outside quotes) has more semicolons than commas; a header of one
 * column has neither, so the next lines decide (within the first 64 KB).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let at = 0; at < Math.min(text.length, 65_536); at += 1) {
    const char = text[at];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
    else if (char === '\n' && (commas || semicolons)) break;
  }
  return semicolons > commas ? ';' : ',';
}

// 1,5 · -0,25 · 1.234,5 · 1.234.567 (the last two with the thousands point es-CL writes)
const commaDecimal = /^[-+]?\d+,\d+$/;
const groupedComma = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const pointDecimal = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Decimal commas are only possible with `;` (with `,` they would split the cell). */
function detectDecimalComma(delimiter: CsvDelimiter, records: string[][]): boolean {
  if (delimiter !== ';') return false;
  for (const record of records.slice(1, 2001))
    for (const cell of record) {
      const value = cell.trim();
      if (commaDecimal.test(value) || (groupedComma.test(value) && value.includes(','))) return true;
    }
  return false;
}

/**
 * A number as the file wrote it: with a decimal comma (1,5 · 1.234,5) when the file uses them,
 * with a point otherwise. `null` when the text is not a number.
 */
export function parseCsvNumber(text: string, dialect: Pick<CsvDialect, 'decimalComma'>): number | null {
  const value = text.trim();
  if (dialect.decimalComma) {
    if (commaDecimal.test(value)) return Number(value.replace(',', '.'));
    if (groupedComma.test(value)) return Number(value.replaceAll('.', '').replace(',', '.'));
  }
  return pointDecimal.test(value) ? Number(value) : null;
}

/** What was detected, in a Spanish phrase for the person: «separador «;», Windows-1252, coma decimal». */
export function describeDialect(dialect: CsvDialect): string {
  return [
    `separador «${dialect.delimiter}»`,
    dialect.encoding === 'utf-8' ? (dialect.bom ? 'UTF-8 con BOM' : 'UTF-8') : 'Windows-1252',
    dialect.decimalComma ? 'coma decimal' : 'punto decimal',
  ].join(', ');
}

function parseError(error: unknown, file: string): CsvReadError {
  const where = error as { lines?: number; column?: number | string };
  const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return new CsvReadError(
    file,
    where.lines ?? 1,
    typeof where.column === 'number' ? where.column + 1 : 1,
    `el CSV está mal formado (${detail})`,
  );
}

export interface ReadCsvOptions {
  /** Records to read at most (a file past a row limit need not be read to the end). */
  to?: number;
  /** Longest record in characters; a never-closed quote stops here. */
  maxRecordChars?: number;
  /** Keep lines that are empty (as [''] records) so row numbers stay those of the sheet. */
  keepEmptyLines?: boolean;
}

/** Reads a whole CSV held in memory: its records with their lines, and the dialect it was written in. */
export function readCsvBytes(
  bytes: Uint8Array,
  file: string,
  options: ReadCsvOptions = {},
): { records: CsvRecord[]; dialect: CsvDialect } {
  const { text, encoding, bom } = decodeCsvBytes(bytes, file);
  const delimiter = detectDelimiter(text);
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parseSync(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: !options.keepEmptyLines,
      info: true,
      ...(options.maxRecordChars ? { max_record_size: options.maxRecordChars } : {}),
      ...(options.to ? { to: options.to } : {}),
    }) as unknown as typeof parsed;
  } catch (error) {
    throw parseError(error, file);
  }
  const records = parsed.map(({ record, info }) => ({ line: startLine(record, info.lines), cells: record }));
  const dialect = {
    delimiter,
    encoding,
    bom,
    decimalComma: detectDecimalComma(
      delimiter,
      parsed.map((row) => row.record),
    ),
  };
  return { records, dialect };
}

/** csv-parse counts the line a record ends on; a quoted cell with line breaks starts earlier. */
function startLine(record: string[], endLine: number): number {
  let newlines = 0;
  for (const cell of record)
    for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) newlines++;
  return endLine - newlines;
}

/**
 * Decodes a byte stream as UTF-8 until a byte says otherwise: when the first byte that is not
 * valid UTF-8 comes before any valid multi-byte character, everything so far was ASCII (the same
 * text in Windows-1252), so the rest is decoded as Windows-1252 without re-reading. A file that
 * mixes valid UTF-8 with bytes that are not is refused at that line.
 */
class StreamDecoder {
  encoding: CsvEncoding | null = null;
  bom = false;
  private carry: Uint8Array = new Uint8Array(0);
  private started = false;
  private lines = 1;

  constructor(private readonly file: string) {}

  decode(chunk: Uint8Array, last = false): string {
    let bytes = this.carry.length ? concat(this.carry, chunk) : chunk;
    if (!this.started) {
      if (bytes.length < 3 && !last) {
        this.carry = bytes;
        return '';
      }
      this.started = true;
      this.bom = hasUtf8Bom(bytes);
      if (this.bom) {
        this.encoding = 'utf-8';
        bytes = bytes.subarray(3);
      }
    }
    if (this.encoding === 'windows-1252') {
      this.carry = new Uint8Array(0);
      return this.count(decodeWindows1252(bytes));
    }
    const cut = last ? bytes.length : completeUtf8Length(bytes);
    this.carry = bytes.slice(cut);
    const whole = bytes.subarray(0, cut);
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(whole);
      if (!this.encoding && whole.some((byte) => byte >= 0x80)) this.encoding = 'utf-8';
      return this.count(text);
    } catch {
      if (this.encoding === 'utf-8' || hasUtf8Sequence(whole))
        throw mixedEncoding(this.file, this.lines + lineOfFirstBadUtf8(whole) - 1);
      this.encoding = 'windows-1252';
      const text = decodeWindows1252(concat(whole, this.carry));
      this.carry = new Uint8Array(0);
      return this.count(text);
    }
  }

  private count(text: string): string {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.lines += 1;
    return text;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many leading bytes end on a character boundary (a multi-byte character may be cut). */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

export interface CsvStream {
  records: AsyncGenerator<CsvRecord>;
  /** Known once the first record has been read (the encoding may turn Windows-1252 later). */
  dialect(): CsvDialect;
}

/**
 * Streams the records of a CSV with their lines, for files too large to hold (the data package).
 * The separator is taken from the header line; problems are thrown as CsvReadError.
 */
export function streamCsv(
  stream: Readable,
  file: string,
  options: { maxRecordChars?: number; onBytes?: (bytes: number) => void } = {},
): CsvStream {
  const decoder = new StreamDecoder(file);
  let delimiter: CsvDelimiter = ',';
  let decimalComma = false;
  async function* text(): AsyncGenerator<string> {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      options.onBytes?.(bytes.length);
      const decoded = decoder.decode(bytes);
      if (decoded) yield decoded;
    }
    const rest = decoder.decode(new Uint8Array(0), true);
    if (rest) yield rest;
  }
  async function* records(): AsyncGenerator<CsvRecord> {
    const source = text();
    // The header must be seen before the parser is built: gather text until its first line ends.
    let head = '';
    while (!head.includes('\n')) {
      const next = await source.next();
      if (next.done) break;
      head += next.value;
    }
    delimiter = detectDelimiter(head);
    const input = Readable.from(
      (async function* () {
        if (head) yield head;
        yield* source;
      })(),
    );
    const parser = input.pipe(
      parse({
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        record_delimiter: ['\r\n', '\n'],
        ...(options.maxRecordChars ? { max_record_size: options.maxRecordChars } : {}),
        // on_record reads the line counter in place: `info: true` would copy a snapshot per record.
        on_record: (record: string[], context) => ({ record, lines: context.lines }) as unknown as string[],
      }),
    );
    // pipe() does not pass errors on: a decoding refusal or a failed read must end the parser.
    input.on('error', (error) => parser.destroy(error));
    let seen = 0;
    try {
      for await (const { record, lines } of parser as AsyncIterable<{ record: string[]; lines: number }>) {
        if (seen > 0 && seen <= 2000 && !decimalComma)
          decimalComma = detectDecimalComma(delimiter, [[], record]);
        seen += 1;
        yield { line: startLine(record, lines), cells: record };
      }
    } catch (error) {
      if (error instanceof CsvReadError) throw error;
      throw parseError(error, file);
    }
  }
  return {
    records: records(),
    dialect: () => ({ delimiter, encoding: decoder.encoding ?? 'utf-8', bom: decoder.bom, decimalComma }),
  };
}
