import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import {
  formulaStart,
  hostileComment,
  hostileDialogue,
  hostileIdeas,
  hostileOrganization,
  hostileTitle,
} from '../../test/formulas.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { importPackage } from './importer.js';
import { zipSource } from './source.js';
import { openTestContext } from './testing.js';

async function download(client: ApiClient, url: string): Promise<Uint8Array> {
  const response = await fetch(client.baseUrl + url, { headers: { cookie: client.sessionCookie } });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

const rowsOf = (zip: Record<string, Uint8Array>, file: string) =>
  parse(strFromU8(zip[file]), { columns: true, bom: true }) as Array<Record<string, string>>;

/** Every cell of every CSV of the package: none may start a formula. */
function expectInert(zip: Record<string, Uint8Array>) {
  for (const [file, bytes] of Object.entries(zip))
    for (const row of parse(strFromU8(bytes), { bom: true }) as string[][])
      for (const cell of row) expect(cell, `${file}: ${cell}`).not.toMatch(formulaStart);
}

/** The texts a package gives back once imported into an empty store of the same kind. */
async function imported(kind: TestServer['kind'], zip: Uint8Array) {
  const other = await openTestContext(kind);
  try {
    await importPackage(other.ctx, zipSource(zip), { locale: 'es' });
    const db = other.ctx.db;
    return {
      ideas: (await db.selectFrom('ideas').select('text').orderBy('id').execute()).map((row) => row.text),
      titles: (await db.selectFrom('dialogues').select('title').execute()).map((row) => row.title),
      organizations: (await db.selectFrom('organizations').select('name').execute()).map((row) => row.name),
      comments: (await db.selectFrom('evaluations').select('comment').execute()).map((row) => row.comment),
    };
  } finally {
    await other.close();
  }
}

describe.each(storeKinds)('formula injection in the data packages on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  let dialogueId: number;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    dialogueId = await hostileDialogue(server, national);
  }, 60_000);
  afterAll(async () => server?.close());

  it('writes phone texts inert in the staff package and imports them back exactly', async () => {
    const bytes = await download(national, `/api/datapackage/export.zip`);
    const zip = unzipSync(bytes);
    expectInert(zip);
    const ideas = rowsOf(zip, 'ideas.csv').map((row) => row.text);
    // An apostrophe goes before a formula start, and before apostrophes that precede one.
    expect(ideas).toEqual([
      '\'=HYPERLINK("http://x")',
      "'-5 % de desempleo",
      "'+56 9 1234 5678",
      "'@SUMA(A1:A9)",
      '\'＝HYPERLINK("http://ancho")',
      "'ya empezaba con comilla",
      '\'\'=HYPERLINK("http://y")',
    ]);
    expect(rowsOf(zip, 'dialogues.csv').map((row) => row.title)).toEqual([`'${hostileTitle}`]);
    expect(rowsOf(zip, 'organizations.csv').map((row) => row.name)).toEqual([`'${hostileOrganization}`]);
    expect(rowsOf(zip, 'evaluations.csv').map((row) => row.comment)).toEqual([`'${hostileComment}`]);

    const back = await imported(kind, bytes);
    expect(back.ideas).toEqual(hostileIdeas);
    expect(back.titles).toEqual([hostileTitle]);
    expect(back.organizations).toEqual([hostileOrganization]);
    expect(back.comments).toEqual([hostileComment]);
  });

  it('writes them inert in the open-data package too, which also imports back exactly', async () => {
    const published = await national.put(`/api/opendata/dialogues/${dialogueId}`, { published: true });
    expect(published.status).toBe(200);
    const bytes = await download(server.client(), '/api/opendata/package.zip');
    const zip = unzipSync(bytes);
    expectInert(zip);
    expect(rowsOf(zip, 'ideas.csv').map((row) => row.text)).toContain('\'=HYPERLINK("http://x")');
    expect(rowsOf(zip, 'dialogues.csv').map((row) => row.title)).toEqual([`'${hostileTitle}`]);
    const back = await imported(kind, bytes);
    expect(back.ideas).toEqual(hostileIdeas);
    expect(back.titles).toEqual([hostileTitle]);
  });

  it('reads a quote the exporter did not add as text: only a quote before a formula start is taken away', async () => {
    const { ctx, close } = await openTestContext(kind);
    try {
      const encode = (text: string) => new TextEncoder().encode(text);
      const zip = zipSync({
        'dialogues.csv': encode(
          "dialogue_id,region_code,title,date,dots_per_participant\nD1,CL-BI,'Mesa' de Lota,2025-04-10,3\n",
        ),
        'ideas.csv': encode("idea_id,dialogue_id,text\nI1,D1,'-5 %\nI2,D1,''+56\nI3,D1,'hola'\nI4,D1,=1+1\n"),
      });
      await importPackage(ctx, zipSource(zip), { locale: 'es' });
      const ideas = await ctx.db.selectFrom('ideas').select('text').orderBy('id').execute();
      expect(ideas.map((row) => row.text)).toEqual(['-5 %', "'+56", "'hola'", '=1+1']);
      const dialogue = await ctx.db.selectFrom('dialogues').select('title').executeTakeFirstOrThrow();
      expect(dialogue.title).toBe("'Mesa' de Lota");
    } finally {
      await close();
    }
  });
});
