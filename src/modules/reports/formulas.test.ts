import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { formulaStart, hostileDialogue, hostileIdeas, hostileTitle } from '../../test/formulas.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

async function download(client: ApiClient, url: string): Promise<Uint8Array> {
  const response = await fetch(client.baseUrl + url, { headers: { cookie: client.sessionCookie } });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe.each(storeKinds)('formula injection in the results exports on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  let dialogueId: number;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    dialogueId = await hostileDialogue(server, national);
  }, 60_000);
  afterAll(async () => server?.close());

  it('writes phone texts inert in the CSV: an apostrophe before a formula start or before quotes that precede one', async () => {
    const bytes = await download(
      national,
      `/api/results/export.csv?dialogue=${dialogueId}&table=ideas_principales`,
    );
    const rows = parse(strFromU8(bytes), { bom: true }) as string[][];
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(formulaStart);
    const texts = rows.slice(1).map((row) => row[1]);
    expect(texts.sort()).toEqual(
      [
        '\'=HYPERLINK("http://x")',
        "'-5 % de desempleo",
        "'+56 9 1234 5678",
        "'@SUMA(A1:A9)",
        '\'＝HYPERLINK("http://ancho")',
        "'ya empezaba con comilla",
        '\'\'=HYPERLINK("http://y")',
      ].sort(),
    );
    expect(rows[1][4]).toBe(`'${hostileTitle}`);
  });

  it('writes them as plain text cells in the XLSX, exactly as typed and never as formulas', async () => {
    const bytes = await download(national, `/api/results/export.xlsx?dialogue=${dialogueId}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Ideas con más votos');
    if (!sheet) throw new Error('no sheet of top ideas');
    const texts: string[] = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const idea = row.getCell(2);
      expect(idea.type).toBe(ExcelJS.ValueType.String);
      texts.push(idea.value as string);
      const dialogue = row.getCell(5);
      expect(dialogue.type).toBe(ExcelJS.ValueType.String);
      expect(dialogue.value).toBe(hostileTitle);
    });
    expect(texts.sort()).toEqual([...hostileIdeas].sort());
    for (const worksheet of workbook.worksheets)
      worksheet.eachRow((row) =>
        row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)),
      );
  });
});
