import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvLine } from './csv.js';
import { CsvReadError, describeDialect, parseCsvNumber, readCsvBytes, streamCsv } from './csv-reader.js';

// The bytes Excel in es-CL writes for «CSV (delimitado por comas)»: `;`, Windows-1252, 1,5.
const excelCl = Buffer.from(
  'región;monto;nota\r\nÑuble;1.234,5;“capacitación” €\r\nBiobío;0,25;\r\n',
  'latin1',
);
// Fix the three Windows-1252 characters that Latin-1 cannot say: “ (0x93), ” (0x94), € (0x80).
excelCl[excelCl.indexOf(0x201c & 0xff)] = 0x93;
excelCl[excelCl.indexOf(0x201d & 0xff)] = 0x94;
excelCl[excelCl.indexOf(0x20ac & 0xff)] = 0x80;

async function drain(bytes: Buffer, file: string, chunk = 7) {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += chunk) chunks.push(bytes.subarray(at, at + chunk));
  const stream = streamCsv(Readable.from(chunks), file);
  const records = [];
  for await (const record of stream.records) records.push(record);
  return { records, dialect: stream.dialect() };
}

describe('the one CSV reader', () => {
  it('reads what Excel in es-CL saves: `;`, Windows-1252 and decimal commas, and says so', () => {
    const { records, dialect } = readCsvBytes(excelCl, 'montos.csv');
    expect(records.map((record) => record.cells)).toEqual([
      ['región', 'monto', 'nota'],
      ['Ñuble', '1.234,5', '“capacitación” €'],
      ['Biobío', '0,25', ''],
    ]);
    expect(dialect).toEqual({ delimiter: ';', encoding: 'windows-1252', bom: false, decimalComma: true });
    expect(describeDialect(dialect)).toBe('separador «;», Windows-1252, coma decimal');
    expect(parseCsvNumber('1.234,5', dialect)).toBe(1234.5);
    expect(parseCsvNumber('0,25', dialect)).toBe(0.25);
    expect(parseCsvNumber('n/d', dialect)).toBeNull();
  });

  it('reads UTF-8 with and without a BOM, with `,` or `;`, and keeps point decimals apart', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('región;n\nÑuble;3\n')]);
    const read = readCsvBytes(withBom, 'a.csv');
    expect(read.records[0].cells).toEqual(['región', 'n']);
    expect(read.dialect).toEqual({ delimiter: ';', encoding: 'utf-8', bom: true, decimalComma: false });
    const plain = readCsvBytes(Buffer.from('región,"monto; total"\nÑuble,1.5\n'), 'b.csv');
    expect(plain.records[1].cells).toEqual(['Ñuble', '1.5']);
    expect(plain.dialect).toEqual({ delimiter: ',', encoding: 'utf-8', bom: false, decimalComma: false });
    expect(parseCsvNumber('1.5', plain.dialect)).toBe(1.5);
    expect(parseCsvNumber('1,5', plain.dialect)).toBeNull();
  });

  it('refuses naming file, line and column', () => {
    const broken = () => readCsvBytes(Buffer.from('a;b\n1;2\n3;x"y"\n'), 'roto.csv');
    expect(broken).toThrow(CsvReadError);
    expect(broken).toThrow(/^roto\.csv:3:2: el CSV está mal formado/);
    const mixed = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('a\nb\nacci\xf3n\n', 'latin1'),
    ]);
    expect(() => readCsvBytes(mixed, 'mezcla.csv')).toThrow(/^mezcla\.csv:3:1: el archivo dice ser UTF-8/);
    const utf16 = Buffer.from('\ufeffa\tb\n', 'utf16le');
    expect(() => readCsvBytes(utf16, 'unicode.txt')).toThrow(/unicode\.txt:1:1: .*UTF-16/);
  });

  it('streams the same: Windows-1252 found after pages of ASCII, a mixed file refused at its line', async () => {
    const ascii = Array.from({ length: 300 }, (_, index) => `F${index};${index},5`).join('\r\n');
    const bytes = Buffer.concat([Buffer.from(`id;valor\r\n${ascii}\r\n`), Buffer.from('Ñ;1\r\n', 'latin1')]);
    const { records, dialect } = await drain(bytes, 'largo.csv', 64);
    expect(records).toHaveLength(302);
    expect(records.at(-1)).toEqual({ line: 302, cells: ['Ñ', '1'] });
    expect(dialect).toEqual({ delimiter: ';', encoding: 'windows-1252', bom: false, decimalComma: true });
    // A character cut between chunks stays one character.
    const utf8 = await drain(Buffer.from('id,texto\n1,"capacitación\nen dos líneas"\n2,ñandú\n'), 'u.csv', 3);
    expect(utf8.records.map((record) => [record.line, ...record.cells])).toEqual([
      [1, 'id', 'texto'],
      [2, '1', 'capacitación\nen dos líneas'],
      [4, '2', 'ñandú'],
    ]);
    expect(utf8.dialect.encoding).toBe('utf-8');
    const mixed = Buffer.concat([Buffer.from('id,t\n1,ñandú\n'), Buffer.from('2,acci\xf3n\n', 'latin1')]);
    await expect(drain(mixed, 'mezcla.csv', 100)).rejects.toThrow(/^mezcla\.csv:3:1: el archivo mezcla/);
  });

  it('writes «CSV para Excel» beside the standard one, and reads it back', () => {
    const rows: Array<Array<string | number>> = [
      ['región', 'promedio'],
      ['Ñuble', 2.5],
    ];
    const standard = csvDocument(rows.map((row) => csvLine(row)));
    const excel = csvDocument(
      rows.map((row) => csvLine(row, '\r\n', 'excel')),
      'excel',
    );
    expect(standard).toBe('región,promedio\nÑuble,2.5\n');
    expect(excel).toBe('\uFEFFregión;promedio\r\nÑuble;2,5\r\n');
    const back = readCsvBytes(Buffer.from(excel), 'excel.csv');
    expect(back.dialect).toEqual({ delimiter: ';', encoding: 'utf-8', bom: true, decimalComma: true });
    expect(parseCsvNumber(back.records[1].cells[1], back.dialect)).toBe(2.5);
  });
});
