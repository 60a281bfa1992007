import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvBytes } from '../../platform/files/csv-reader.js';
import type { ApiClient } from '../../test/client.js';
import { seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

type List = {
  total: number;
  pages: number;
  ideas: Array<{
    id: number;
    text: string;
    regionName: string;
    hidden: boolean;
    answerStatus: string | null;
  }>;
};

describe.each(storeKinds)('the ideas list at real volume on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  let biobio: ApiClient;
  let concepcion: Awaited<ReturnType<typeof seedDialogue>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    biobio = await server.signIn('regional', ['CL-BI']);
    const many = Array.from({ length: 120 }, (_, index) => ({ text: `Curso número ${index} de oficios` }));
    concepcion = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo Concepción',
      date: '2026-04-10',
      participants: [{ email: null }],
      ideas: [
        { text: 'Soldadura en Lota con 100% de práctica' },
        { text: 'Soldadura para mujeres', mergedInto: 0 },
        { text: '=HYPERLINK("http://malo")', hidden: true },
        ...many,
      ],
    });
    await seedDialogue(server.ctx.db, {
      regionCode: 'CL-NB',
      title: 'Diálogo Chillán',
      date: '2026-05-10',
      ideas: [{ text: 'Soldadura en Chillán' }],
    });
    await server.ctx.db
      .insertInto('idea_answers')
      .values({
        idea_id: concepcion.ideaIds[0],
        dialogue_id: concepcion.dialogueId,
        region_code: 'CL-BI',
        status: 'en_estudio',
        text: 'Lo estudiamos',
        reason: null,
        initiative_id: null,
        link: null,
        theme_id: null,
        answered_by: null,
        answered_at: new Date().toISOString(),
      })
      .execute();
  });
  afterAll(async () => server?.close());

  it('pages the nation, scopes a region, and names regions, not codes', async () => {
    const first = await national.get<List>('/api/ideas?pageSize=50');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(123); // the hidden one is left out by default
    expect(first.body.pages).toBe(3);
    expect(first.body.ideas).toHaveLength(50);
    const last = await national.get<List>('/api/ideas?pageSize=50&page=3');
    expect(last.body.ideas).toHaveLength(23);
    const ids = new Set([...first.body.ideas, ...last.body.ideas].map((idea) => idea.id));
    expect(ids.size).toBe(73);
    expect(first.body.ideas[0]).toMatchObject({ text: 'Soldadura en Chillán', regionName: 'Ñuble' });
    const mine = await biobio.get<List>('/api/ideas?q=soldadura');
    expect(mine.body.ideas.map((idea) => idea.text)).toEqual([
      'Soldadura en Lota con 100% de práctica',
      'Soldadura para mujeres',
    ]);
    expect((await biobio.get<List>('/api/ideas?region=CL-NB')).body.total).toBe(0);
  });

  it('filters by search (a % is plain text), hidden, merged and answer status', async () => {
    const percent = await national.get<List>(`/api/ideas?q=${encodeURIComponent('100%')}`);
    expect(percent.body.ideas.map((idea) => idea.text)).toEqual(['Soldadura en Lota con 100% de práctica']);
    expect((await national.get<List>(`/api/ideas?q=${encodeURIComponent('%')}`)).body.total).toBe(1);
    const hidden = await national.get<List>(`/api/ideas?dialogue=${concepcion.dialogueId}&hidden=solo`);
    expect(hidden.body.ideas.map((idea) => idea.hidden)).toEqual([true]);
    const unmerged = await national.get<List>(`/api/ideas?q=soldadura&merged=no`);
    expect(unmerged.body.total).toBe(2);
    const studied = await national.get<List>('/api/ideas?answer=en_estudio');
    expect(studied.body.ideas.map((idea) => [idea.text, idea.answerStatus])).toEqual([
      ['Soldadura en Lota con 100% de práctica', 'en_estudio'],
    ]);
    expect((await national.get<List>('/api/ideas?answer=sin_respuesta')).body.total).toBe(122);
    expect((await national.get('/api/ideas?hidden=quizas')).status).toBe(400);
    expect((await national.get('/api/ideas?pageSize=5000')).status).toBe(400);
  });

  it('exports every page as CSV, neutralised, standard or for Excel', async () => {
    const response = await fetch(`${national.baseUrl}/api/ideas.csv?hidden=todas&format=excel`, {
      headers: { cookie: national.sessionCookie },
    });
    expect(response.status).toBe(200);
    const read = readCsvBytes(new Uint8Array(await response.arrayBuffer()), 'ideas.csv');
    expect(read.dialect).toMatchObject({ delimiter: ';', bom: true });
    expect(read.records).toHaveLength(125);
    const hidden = read.records.find((record) => record.cells[5].includes('HYPERLINK'));
    expect(hidden?.cells[5]).toBe('\'=HYPERLINK("http://malo")');
    expect(hidden?.cells[1]).toBe('Biobío');
  });
});
