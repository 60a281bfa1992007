import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { isAppError } from '../errors/index.js';
import { MB, sheetLimits } from './limits.js';
import { readSheet } from './sheet.js';
import { unzipBounded } from './zip.js';

const progressImport = '/api/initiatives/progress-import?dryRun=true';
type Refusal = { error: { code: string; message: string; issues: Array<{ path: string }> } };

async function xlsxWith(cells: Record<string, string>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('avance');
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A zip whose one CSV repeats a line until it is `bytes` long: tiny packed, huge unpacked. */
function bomb(file: string, bytes: number): Uint8Array {
  const line = 'id,dialogue_id,text\n';
  return zipSync({ [file]: strToU8(line.repeat(Math.ceil(bytes / line.length))) }, { level: 9 });
}

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? { code: error.code, params: error.params } : { code: String(error) };
  }
  return null;
};

describe('bounded unzip', () => {
  const bounds = { entries: 3, fileBytes: 2 * MB, totalBytes: 3 * MB, ratio: 100, ratioFloorBytes: MB };

  it('stops a file past its limit, the total past its limit and a bomb past the ratio, naming the file', () => {
    // Random-looking text compresses little, so only the size limits apply.
    const noisy = (bytes: number) => strToU8(randomBytes(bytes / 2).toString('hex'));
    expect(codeOf(() => unzipBounded(zipSync({ 'a.csv': noisy(2.5 * MB) }), () => true, bounds))).toEqual({
      code: 'zip_file_too_large',
      params: { file: 'a.csv', limit: '2 MB' },
    });
    const twoFiles = zipSync({ 'a.csv': noisy(1.8 * MB), 'b.csv': noisy(1.8 * MB) });
    expect(codeOf(() => unzipBounded(twoFiles, () => true, bounds))).toMatchObject({
      code: 'zip_total_too_large',
      params: { file: 'b.csv' },
    });
    expect(codeOf(() => unzipBounded(bomb('ideas.csv', 2 * MB), () => true, bounds))).toMatchObject({
      code: 'zip_ratio_too_high',
      params: { file: 'ideas.csv', limit: 100 },
    });
    const many = zipSync({
      'a.csv': strToU8('1'),
      'b.csv': strToU8('2'),
      'c.csv': strToU8('3'),
      'd.csv': strToU8('4'),
    });
    expect(codeOf(() => unzipBounded(many, () => true, bounds))).toMatchObject({
      code: 'zip_too_many_entries',
    });
  });

  it('gives back exactly what was packed, and skips what is not wanted', () => {
    const text = 'idea con tildes: participación\n'.repeat(1000);
    const files = unzipBounded(
      zipSync({ 'ideas.csv': strToU8(text), 'otro.bin': new Uint8Array(10) }),
      (name) => name.endsWith('.csv'),
      bounds,
    );
    expect([...files.keys()]).toEqual(['ideas.csv']);
    expect(Buffer.from(files.get('ideas.csv') ?? []).toString('utf8')).toBe(text);
  });
});

describe('bounded spreadsheets', () => {
  it('refuses a cell far beyond the rows or columns without walking the declared size', async () => {
    await expect(
      readSheet('a.xlsx', Buffer.from(await xlsxWith({ A1: 'initiative_id', XFD1: 'x' }))),
    ).rejects.toMatchObject({
      code: 'sheet_too_many_columns',
      params: { cell: 'XFD1', limit: sheetLimits.columns },
    });
    await expect(
      readSheet('a.xlsx', Buffer.from(await xlsxWith({ A1: 'initiative_id', A1048576: '7' }))),
    ).rejects.toMatchObject({ code: 'sheet_too_many_rows', params: { row: 1048576 } });
  });

  it('counts the cells in the XML before building them, and bounds a cell and a CSV', async () => {
    const cells = '<c r="A1"><v>1</v></c>'.repeat(sheetLimits.cells + 1);
    const xlsx = zipSync(
      {
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`,
        ),
      },
      { level: 0 },
    );
    await expect(readSheet('a.xlsx', Buffer.from(xlsx))).rejects.toMatchObject({
      code: 'sheet_too_many_cells',
    });
    const long = `initiative_id,note\n1,${'n'.repeat(sheetLimits.cellChars + 1)}\n`;
    await expect(readSheet('a.csv', Buffer.from(long))).rejects.toMatchObject({
      code: 'sheet_cell_too_long',
      params: { cell: 'B2' },
    });
    const rows = `initiative_id\n${'1\n'.repeat(sheetLimits.rows + 5)}`;
    await expect(readSheet('a.csv', Buffer.from(rows))).rejects.toMatchObject({
      code: 'sheet_too_many_rows',
    });
    expect((await readSheet('a.csv', Buffer.from('initiative_id,note\n1,«bien»\n'))).rows).toEqual([
      ['initiative_id', 'note'],
      ['1', '«bien»'],
    ]);
  });
});

describe('uploads over HTTP', () => {
  let server: TestServer;
  let national: ApiClient;
  let facilitator: ApiClient;
  let regional: ApiClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    [national, facilitator, regional] = await Promise.all([
      server.signIn('national'),
      server.signIn('facilitator', ['CL-BI']),
      server.signIn('regional', ['CL-BI']),
    ]);
  });
  afterAll(async () => server?.close());

  it('refuses the 6.5 KB spreadsheet whose one cell sits at XFD1048576, and the server keeps answering', async () => {
    const attack = await xlsxWith({ A1: 'initiative_id', B1: 'status', XFD1048576: 'x' });
    expect(attack.byteLength).toBeLessThan(20_000);
    const refused = await regional.upload<Refusal>(progressImport, { name: 'avance.xlsx', data: attack });
    expect(refused.status).toBe(422);
    expect(['sheet_too_many_rows', 'sheet_too_many_columns']).toContain(refused.body.error.code);
    expect(refused.body.error.message).toMatch(/La planilla (tiene|usa) más de/);
    expect((await server.client().get('/health')).status).toBe(200);
  });

  it('checks permission before reading a byte of the file', async () => {
    const attack = await xlsxWith({ A1: 'initiative_id', XFD1048576: 'x' });
    const asFacilitator = await facilitator.upload<Refusal>(progressImport, { name: 'a.xlsx', data: attack });
    expect(asFacilitator.status).toBe(403);
    const anonymous = await server.client().upload<Refusal>(progressImport, { name: 'a.xlsx', data: attack });
    expect(anonymous.status).toBe(401);
    const zip = bomb('ideas.csv', 20 * MB);
    const asRegional = await regional.upload<Refusal>('/api/datapackage/import', {
      name: 'p.zip',
      data: zip,
    });
    expect(asRegional.status).toBe(403);
  });

  it('refuses a zip bomb in a data package naming the file and the limit, storing nothing', async () => {
    const zip = bomb('ideas.csv', 100 * MB);
    expect(zip.byteLength).toBeLessThan(300_000);
    const refused = await national.upload<Refusal>('/api/datapackage/import', { name: 'p.zip', data: zip });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('zip_ratio_too_high');
    expect(refused.body.error.message).toContain('«ideas.csv»');
    expect(refused.body.error.message).toContain('100 veces');
    const dialogues = await national.get<{ total: number }>('/api/dialogues');
    expect(dialogues.body.total).toBe(0);
  });

  it('refuses a file over the size limit with 413 naming the limit', async () => {
    const big = `initiative_id,note\n${'1,nota\n'.repeat(Math.ceil((6 * MB) / 7))}`;
    const refused = await regional.upload<Refusal>(progressImport, { name: 'avance.csv', data: big });
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({ code: 'upload_too_large' });
    expect(refused.body.error.message).toContain('5 MB');
  });

  it('names the missing file field, and refuses a body that is not multipart', async () => {
    for (const url of [progressImport, '/api/datapackage/import']) {
      const missing = await national.upload<Refusal>(url, null, { otro: 'campo' });
      expect(missing.status, url).toBe(400);
      expect(missing.body.error.code).toBe('upload_missing');
      expect(missing.body.error.issues[0].path).toBe('body.file');
      const wrongField = await national.upload<Refusal>(url, { name: 'a.csv', data: 'x', field: 'archivo' });
      expect(wrongField.status, url).toBe(400);
      const json = await national.post<Refusal>(url, { file: 'x' });
      expect(json.status, url).toBe(415);
      expect(json.body.error.code).toBe('upload_not_multipart');
      expect(json.body.error.message).toContain('multipart/form-data');
    }
  });
});
