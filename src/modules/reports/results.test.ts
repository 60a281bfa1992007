import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../platform/files/cells.js';
import { parseCsvNumber, readCsvBytes } from '../../platform/files/csv-reader.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';
import type { Report } from './service.js';

describe('formula injection', () => {
  it('prefixes an apostrophe to text starting with = + - @ tab or CR, and leaves the rest', () => {
    for (const dangerous of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")'])
      expect(neutraliseCell(dangerous)).toBe(`'${dangerous}`);
    for (const safe of ['Cursos de soldadura', ' =espacio', '1,5', '', 'a=b'])
      expect(neutraliseCell(safe)).toBe(safe);
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBe(null);
  });
});

async function upload(client: ApiClient, url: string, files: Record<string, string>) {
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)])),
  );
  const form = new FormData();
  form.append('file', new Blob([zip], { type: 'application/zip' }), 'paquete.zip');
  const response = await fetch(client.baseUrl + url, {
    method: 'POST',
    headers: { cookie: client.sessionCookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

async function download(client: ApiClient, url: string) {
  const response = await fetch(client.baseUrl + url, { headers: { cookie: client.sessionCookie } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe.each(storeKinds)('results over HTTP on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    const regional = await server.signIn('regional', ['CL-BI']);
    expect((await regional.post('/api/demo')).status).toBe(403);
    const loaded = await national.post<{ dialogues: number; participants: number }>('/api/demo');
    expect(loaded.status).toBe(201);
    expect(loaded.body).toMatchObject({ dialogues: 16, participants: 411 });
    const again = await national.post<{ error: { code: string } }>('/api/demo');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('demo_store_not_empty');
  });
  it(
    'loads the demo once for the national team, refuses it afterwards and to others',
    () => step1(),
    storyTimeout,
  );

  const step2 = step(step1, async () => {
    const all = await national.get<Report>('/api/results/report');
    expect(all.body.dialogues).toBe(16);
    expect(all.body.by_region).toHaveLength(16);
    const regional = await server.signIn('regional', ['CL-BI']);
    const own = await regional.get<Report>('/api/results/report');
    expect(own.body).toMatchObject({ dialogues: 1, by_region: [{ region_code: 'CL-BI' }] });
    expect((await regional.get('/api/results/report?region=CL-RM')).status).toBe(404);
    const dashboard = await regional.get<{
      dialogues: Array<{ region_code: string }>;
      lorenz: number[][];
      summary: string;
    }>('/api/results/dashboard');
    expect(dashboard.body.dialogues.every((dialogue) => dialogue.region_code === 'CL-BI')).toBe(true);
    expect(dashboard.body.summary).toMatch(/^1 diálogo, \d+ participantes/);
    expect((await server.client().get('/api/results/report')).status).toBe(401);
    // A facilitator of the region who runs none of its dialogues sees no results.
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    expect((await facilitator.get<Report>('/api/results/report')).body.dialogues).toBe(0);
    const zip = unzipSync((await download(facilitator, '/api/datapackage/export.zip')).bytes);
    expect(strFromU8(zip['dialogues.csv']).trim().split('\n')).toHaveLength(1);
  });
  it('scopes reports and dashboards to the caller’s regions', () => step2(), storyTimeout);

  const step3 = step(step2, async () => {
    const pdf = await download(national, '/api/results/export.pdf');
    expect(pdf.status).toBe(200);
    expect(strFromU8(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const xlsx = await download(national, '/api/results/export.xlsx?region=CL-BI');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Participación por sector');
    const csv = await download(national, '/api/results/export.csv?table=regiones');
    expect(csv.type).toContain('text/csv');
    expect(parse(strFromU8(csv.bytes).replace(/^\ufeff/, ''))).toHaveLength(17);
    // «CSV para Excel» beside it: `;`, a BOM, decimal commas; the same cells when read back.
    const forExcel = await download(national, '/api/results/export.csv?table=regiones&format=excel');
    expect([...forExcel.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const standard = readCsvBytes(csv.bytes, 'a.csv');
    const excel = readCsvBytes(forExcel.bytes, 'b.csv');
    expect(standard.dialect.delimiter).toBe(',');
    expect(excel.dialect.delimiter).toBe(';');
    expect(excel.records.map((record) => record.cells.length)).toEqual(
      standard.records.map((record) => record.cells.length),
    );
    for (const [row, record] of excel.records.entries())
      for (const [column, cell] of record.cells.entries()) {
        const plain = standard.records[row].cells[column];
        const number = parseCsvNumber(plain, standard.dialect);
        if (number === null) expect(cell).toBe(plain);
        else expect(parseCsvNumber(cell, excel.dialect)).toBe(number);
      }
    expect((await national.get('/api/results/export.csv?table=regiones&format=libre')).status).toBe(400);
  });
  it('exports PDF, XLSX (one sheet per table) and CSV with neutralised cells', () => step3(), storyTimeout);

  const step4 = step(step3, async () => {
    const refusedOrDone = await upload(national, '/api/datapackage/import', {
      'dialogues.csv':
        'dialogue_id,region_code,title,date,dots_per_participant\nX1,CL-AI,"=cmd|\' /C calc\'!A0",2025-06-01,3\n',
      'participants.csv': 'participant_id,dialogue_id\nY1,X1\n',
      'ideas.csv': 'idea_id,dialogue_id,text\nZ1,X1,"=HYPERLINK(""http://malo"")"\n',
      'votes.csv': 'dialogue_id,idea_id,participant_id,dots\nX1,Z1,Y1,3\n',
    });
    expect(refusedOrDone.status).toBe(201);
    const scoped = await national.get<{ dialogues: Array<{ id: number; title: string }> }>(
      '/api/results/dashboard?region=CL-AI',
    );
    const dialogue = scoped.body.dialogues.find((candidate) => candidate.title.startsWith('='))?.id;
    const csv = await download(
      national,
      `/api/results/export.csv?dialogue=${dialogue}&table=ideas_principales`,
    );
    const rows = parse(strFromU8(csv.bytes).replace(/^\ufeff/, '')) as string[][];
    expect(rows[1][1]).toBe('\'=HYPERLINK("http://malo")');
    expect(rows[1][4]).toBe("'=cmd|' /C calc'!A0");
    const xlsx = await download(national, `/api/results/export.xlsx?dialogue=${dialogue}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ideas con más votos');
    const values = sheet
      ?.getSheetValues()
      .flat()
      .filter((value) => typeof value === 'string') as string[];
    // XLSX text cells are typed as text: the exact text, no apostrophe, never a formula.
    expect(values).toContain('=HYPERLINK("http://malo")');
    expect(values.some((value) => value.startsWith("'"))).toBe(false);
    sheet?.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
  it('neutralises an idea text that looks like a formula in the exports', () => step4(), storyTimeout);

  const step5 = step(step4, async () => {
    const before = await national.get<Report>('/api/results/report');
    const refused = await upload(national, '/api/datapackage/import', {
      'dialogues.csv':
        'dialogue_id,region_code,title,date,dots_per_participant\nB1,CL-BI,Bien,2025-06-01,3\nB2,CL-ZZ,Mal,2025-13-01,3\n',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('package_refused');
    expect(refused.body.error.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'dialogues.csv:3: region_code',
      'dialogues.csv:3: date',
    ]);
    expect((await national.get<Report>('/api/results/report')).body.dialogues).toBe(before.body.dialogues);
    const zip = await download(national, '/api/datapackage/export.zip');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([
      'dialogues.csv',
      'evaluations.csv',
      'ideas.csv',
      'organizations.csv',
      'participants.csv',
      'votes.csv',
    ]);
    expect(strFromU8(files['dialogues.csv'])).toContain('D0001,CL-AP,');
  });
  it(
    'takes a refused .zip package with file:line: column issues and stores nothing',
    () => step5(),
    storyTimeout,
  );

  const step6 = step(step5, async () => {
    const anonymous = server.client();
    expect((await anonymous.get<{ dialogues: unknown[] }>('/api/opendata')).body.dialogues).toEqual([]);
    const dashboard = await national.get<{ dialogues: Array<{ id: number; region_code: string }> }>(
      '/api/results/dashboard?region=CL-BI',
    );
    const dialogueId = dashboard.body.dialogues[0].id;
    const regional = await server.signIn('regional', ['CL-BI']);
    expect((await regional.put(`/api/opendata/dialogues/${dialogueId}`, { published: true })).status).toBe(
      403,
    );
    expect((await national.put(`/api/opendata/dialogues/${dialogueId}`, { published: true })).status).toBe(
      200,
    );
    const listed = await anonymous.get<{ dialogues: Array<{ id: number; participants: number }> }>(
      '/api/opendata',
    );
    expect(listed.body.dialogues.map((dialogue) => dialogue.id)).toEqual([dialogueId]);
    const first = await download(anonymous, '/api/opendata/package.zip');
    const files = unzipSync(first.bytes);
    const participants = parse(strFromU8(files['participants.csv']), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(participants).toHaveLength(listed.body.dialogues[0].participants);
    expect(participants.every((row) => /^[0-9a-f]{16}$/.test(row.participant_id))).toBe(true);
    // Every remaining sector × gender × age cell holds 5 or more people; the others are blank.
    const cells = new Map<string, number>();
    for (const row of participants) {
      const cell = `${row.sector}|${row.gender}|${row.age_band}`;
      cells.set(cell, (cells.get(cell) ?? 0) + 1);
    }
    for (const [cell, count] of cells) if (cell !== '||') expect(count).toBeGreaterThanOrEqual(5);
    const evaluations = parse(strFromU8(files['evaluations.csv']), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(evaluations.every((row) => row.comment === '')).toBe(true);
    expect(strFromU8(files['organizations.csv'])).not.toMatch(/Sindicato|Municipalidad|OTEC /);
    // Stable: the same pseudonyms in a second download.
    const second = unzipSync((await download(anonymous, '/api/opendata/package.zip')).bytes);
    expect(strFromU8(second['participants.csv'])).toBe(strFromU8(files['participants.csv']));
  });
  it(
    'publishes closed dialogues as pseudonymised open data, with small cells suppressed',
    () => step6(),
    storyTimeout,
  );
});
