// Reading a units file for the waves: a CSV with an id column and numeric columns. Every problem
// is reported as `file:line: column: problem`, in Spanish, before any computation starts.
import { AppError, type ErrorIssue } from '../../platform/errors/index.js';
import {
  type CsvDialect,
  CsvReadError,
  describeDialect,
  parseCsvNumber,
  readCsvBytes,
} from '../../platform/files/csv-reader.js';

export interface UnitsTable {
  ids: string[];
  columns: string[];
  /** values[unit][column], every one a finite number. */
  values: number[][];
  /** The balance column's value for each unit, when one was asked for. */
  balance?: string[];
  balanceColumn?: string;
  /** How the CSV was written (separator, encoding, decimals), for the person to see. */
  dialect?: CsvDialect;
}

export interface UnitsRequest {
  idColumn?: string;
  columns?: string[];
  exclude?: string[];
  balanceColumn?: string;
}

/** Units beyond this would need a distance matrix of more than 128 MB. */
export const maxUnits = 4000;

function invalid(file: string, detail: string, issues: ErrorIssue[] = []): AppError {
  return new AppError('rollout_units_invalid', { file, detail }, issues.slice(0, 20));
}

/**
 * Parses a units CSV. `--columns` defaults to every numeric column but the id: a column counts as
 * numeric when most of its values are numbers, and then each value that is not is an error.
 */
export function readUnits(
  content: string | Uint8Array,
  file: string,
  request: UnitsRequest = {},
): UnitsTable {
  const idColumn = request.idColumn ?? 'iso_code';
  let records: Array<{ record: string[]; info: { lines: number } }>;
  let dialect: CsvDialect;
  try {
    const read = readCsvBytes(typeof content === 'string' ? Buffer.from(content) : content, file);
    dialect = read.dialect;
    records = read.records.map(({ line, cells }) => ({
      record: cells.map((cell) => cell.trim()),
      info: { lines: line },
    }));
  } catch (error) {
    if (error instanceof CsvReadError)
      throw invalid(
        file,
        `no es un CSV válido: línea ${error.line}, columna ${error.column}: ${error.detail}.`,
      );
    throw error;
  }
  // Excel in es-CL writes 1,5: read numbers as the file wrote them.
  const isNumber = (value: string) => parseCsvNumber(value, dialect) !== null;
  const header = records[0]?.record;
  if (!header || header.every((name) => name === ''))
    throw invalid(file, 'está vacío (no tiene encabezado).');
  const rows = records.slice(1);
  if (!rows.length) throw invalid(file, 'no tiene filas de datos bajo el encabezado.');

  const indexOf = new Map(header.map((name, index) => [name, index]));
  const idIndex = indexOf.get(idColumn);
  if (idIndex === undefined) {
    throw invalid(
      file,
      `no tiene la columna de identificador «${idColumn}» (columnas: ${header.join(', ')}).`,
    );
  }
  const balanceIndex = request.balanceColumn === undefined ? undefined : indexOf.get(request.balanceColumn);
  if (request.balanceColumn !== undefined && balanceIndex === undefined) {
    throw invalid(file, `no tiene la columna de equilibrio «${request.balanceColumn}».`);
  }

  const issues: ErrorIssue[] = [];
  const ids: string[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of rows) {
    const id = record[idIndex] ?? '';
    if (!id) issues.push({ path: `${file}:${info.lines}: ${idColumn}`, message: 'falta el identificador' });
    else if (seen.has(id)) {
      issues.push({
        path: `${file}:${info.lines}: ${idColumn}`,
        message: `identificador «${id}» repetido (ya en la línea ${seen.get(id)})`,
      });
    } else seen.set(id, info.lines);
    ids.push(id);
  }

  let columns: string[];
  if (request.columns?.length) {
    const missing = request.columns.filter((name) => !indexOf.has(name));
    if (missing.length) throw invalid(file, `no tiene las columnas pedidas: ${missing.join(', ')}.`);
    if (request.columns.includes(idColumn))
      throw invalid(file, `la columna «${idColumn}» es el identificador.`);
    columns = [...new Set(request.columns)];
  } else {
    columns = header.filter((name, index) => {
      if (index === idIndex || index === balanceIndex || name === '') return false;
      const filled = rows.map(({ record }) => record[index] ?? '').filter((value) => value !== '');
      return filled.length > 0 && filled.filter(isNumber).length * 2 > filled.length;
    });
    if (!columns.length) throw invalid(file, 'no tiene columnas numéricas aparte del identificador.');
  }

  const values = rows.map(({ record, info }) =>
    columns.map((name) => {
      const raw = record[indexOf.get(name) ?? -1] ?? '';
      if (!isNumber(raw)) {
        issues.push({
          path: `${file}:${info.lines}: ${name}`,
          message:
            raw === ''
              ? 'falta el valor'
              : `«${raw}» no es un número (leído como CSV con ${describeDialect(dialect)})`,
        });
        return 0;
      }
      return parseCsvNumber(raw, dialect) ?? 0;
    }),
  );
  if (issues.length) {
    throw invalid(file, `${issues.length} problema${issues.length === 1 ? '' : 's'} en los datos.`, issues);
  }

  const balance =
    balanceIndex === undefined ? undefined : rows.map(({ record }) => record[balanceIndex] ?? '');
  const table: UnitsTable = { ids, columns, values, balance, balanceColumn: request.balanceColumn, dialect };
  const excluded = excludeUnits(table, request.exclude ?? [], file);
  if (excluded.ids.length > maxUnits) {
    throw invalid(file, `tiene ${excluded.ids.length} unidades; el máximo es ${maxUnits}.`);
  }
  return excluded;
}

/** Removes the excluded units; an excluded code that is not in the file is an error, not a no-op. */
export function excludeUnits(table: UnitsTable, exclude: string[], file: string): UnitsTable {
  if (!exclude.length) return table;
  const unknown = exclude.filter((code) => !table.ids.includes(code));
  if (unknown.length) {
    throw invalid(
      file,
      `no contiene ${unknown.length === 1 ? 'la unidad excluida' : 'las unidades excluidas'} ${unknown.map((code) => `«${code}»`).join(', ')}.`,
    );
  }
  const keep = table.ids.map((id) => !exclude.includes(id));
  return {
    ...table,
    ids: table.ids.filter((_, index) => keep[index]),
    values: table.values.filter((_, index) => keep[index]),
    balance: table.balance?.filter((_, index) => keep[index]),
  };
}
