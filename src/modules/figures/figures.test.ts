import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../platform/random.js';
import { figureLabels, figureNames } from '../../platform/vocabulary.js';
import type { ApiClient } from '../../test/client.js';
import { pdfText, pdfTextAvailable } from '../../test/pdf-text.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';
import { hiddenIdeaText } from '../datapackage/exporter.js';
import { createDialogue, goLive, joinPhone, phoneIdea, setPhase, vote } from '../dialogues/testing.js';

/**
 * Issue 16, item 1: every figure is computed once (src/modules/figures) and every surface says the
 * same — the report's JSON, the dashboard, the PDF's text, the XLSX cells, the CSV, the projector, the
 * dialogue's counts, open data (list and package), the staff's data package and the public return —
 * for the demo and for a dialogue run at random, whose true figures the test knows.
 */
type Figures = Record<(typeof figureNames)[number], number>;

interface Truth {
  id: number;
  title: string;
  participants: number;
  ideas: number;
  merged: number;
  hidden: number;
  dots: number;
  dotsOnHidden: number;
  evaluations: number;
  withoutOrganization: number;
  organizationWithoutKind: number;
}

async function bytes(client: ApiClient, url: string) {
  const response = await fetch(client.baseUrl + url, { headers: { cookie: client.sessionCookie } });
  expect(response.status, url).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** Runs a dialogue at random: phones with and without an organisation, cards, votes, a merge, a hide. */
async function randomDialogue(server: TestServer, staff: ApiClient, seed: number): Promise<Truth> {
  const random = mulberry32(seed);
  const int = (below: number) => Math.floor(random() * below);
  const title = `Diálogo al azar ${seed}`;
  const dialogue = await createDialogue(staff, { title, dotsPerParticipant: 5, maxDotsPerIdea: 3 });
  await goLive(staff, dialogue.id);
  const phones = [];
  let withoutOrganization = 0;
  let organizationWithoutKind = 0;
  const people = 3 + int(4);
  for (let index = 0; index < people; index++) {
    const shape = index % 3;
    if (shape === 0) withoutOrganization++;
    if (shape === 1) organizationWithoutKind++;
    phones.push(
      await joinPhone(
        server,
        dialogue,
        shape === 0
          ? {}
          : shape === 1
            ? { organizationName: `Organización sin tipo ${index}` }
            : { organizationName: `Sindicato ${index}`, organizationKind: 'sindicato' },
      ),
    );
  }
  const ideaIds: number[] = [];
  for (const phone of phones)
    for (let count = 1 + int(3); count > 0; count--)
      ideaIds.push(await phoneIdea(phone, dialogue, `Idea ${ideaIds.length + 1} de la semilla ${seed}`));
  for (let count = 1 + int(3); count > 0; count--) {
    const card = await staff.post<{ id: number }>(`/api/dialogues/${dialogue.id}/ideas`, {
      tableId: dialogue.tables[1].id,
      text: `Tarjeta de papel ${count}`,
    });
    expect(card.status).toBe(201);
    ideaIds.push(card.body.id);
  }
  await setPhase(staff, dialogue.id, 'voting');
  // One dot per idea at most: a later merge never exceeds the cap, so no dot is refunded.
  const dotsOn = new Map<number, number>();
  for (const phone of phones) {
    const chosen = new Set<number>();
    for (let tries = 0; tries < 5; tries++) chosen.add(ideaIds[int(ideaIds.length)]);
    for (const ideaId of chosen) {
      const answer = await vote(phone, ideaId, 1);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      dotsOn.set(ideaId, (dotsOn.get(ideaId) ?? 0) + 1);
    }
  }
  // Merge the second idea into the first, then hide the most voted of the rest.
  const [kept, merged, ...rest] = ideaIds;
  expect((await staff.post(`/api/ideas/${merged}/merge`, { intoId: kept })).status).toBe(200);
  const hiddenId = [...rest].sort((a, b) => (dotsOn.get(b) ?? 0) - (dotsOn.get(a) ?? 0))[0];
  expect((await staff.post(`/api/ideas/${hiddenId}/hide`, { reason: 'Datos personales' })).status).toBe(200);
  await setPhase(staff, dialogue.id, 'evaluation');
  let evaluations = 0;
  for (const phone of phones.slice(0, 1 + int(phones.length))) {
    const rating = ['excelente', 'bueno', 'regular', 'malo'][int(4)];
    expect((await phone.put('/api/me/evaluation', { rating })).status).toBe(201);
    evaluations++;
  }
  expect((await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' })).status).toBe(200);
  return {
    id: dialogue.id,
    title,
    participants: people,
    ideas: ideaIds.length,
    merged: 1,
    hidden: 1,
    dots: [...dotsOn.values()].reduce((sum, dots) => sum + dots, 0),
    dotsOnHidden: dotsOn.get(hiddenId) ?? 0,
    evaluations,
    withoutOrganization,
    organizationWithoutKind,
  };
}

/** «Label: value» and [label, value] pairs of the summary, read back into figure names. */
function byLabel(pairs: Array<[string, unknown]>): Partial<Figures> {
  const names = new Map(figureNames.map((name) => [figureLabels.es[name], name]));
  const found: Partial<Figures> = {};
  for (const [label, value] of pairs) {
    const name = names.get(label.trim());
    if (name) found[name] = Number(value);
  }
  return found;
}

async function fromExports(client: ApiClient, query: string) {
  const xlsx = new ExcelJS.Workbook();
  await xlsx.xlsx.load(Buffer.from(await bytes(client, `/api/results/export.xlsx${query}`)) as never);
  const sheet = xlsx.getWorksheet('Resumen');
  const cells: Array<[string, unknown]> = [];
  sheet?.eachRow((row) => cells.push([String(row.getCell(1).value), row.getCell(2).value]));

  const csvText = strFromU8(
    await bytes(client, `/api/results/export.csv${query}${query ? '&' : '?'}table=resumen`),
  );
  const csv = (parse(csvText, { bom: true }) as string[][]).map(
    ([label, value]) => [label, value] as [string, unknown],
  );

  const text = pdfText(await bytes(client, `/api/results/export.pdf${query}`));
  const pdf = text
    .split('\n')
    .map((line) => /^\s*(.+?): (\d+)\s*$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => [match[1], match[2]] as [string, unknown]);
  return { xlsx: byLabel(cells), csv: byLabel(csv), pdf: byLabel(pdf) };
}

/** One dialogue's rows in a data package (found by its title). */
function packageFigures(zip: Uint8Array, title: string) {
  const files = unzipSync(zip);
  const read = (name: string) =>
    parse(strFromU8(files[name]), { bom: true, columns: true }) as Array<Record<string, string>>;
  const dialogue = read('dialogues.csv').find((row) => row.title === title);
  expect(dialogue, title).toBeDefined();
  const ideas = read('ideas.csv').filter((row) => row.dialogue_id === dialogue?.dialogue_id);
  const votes = read('votes.csv').filter((row) => row.dialogue_id === dialogue?.dialogue_id);
  const notMerged = ideas.filter((row) => !row.merged_into);
  return {
    participants: read('participants.csv').filter((row) => row.dialogue_id === dialogue?.dialogue_id).length,
    ideas: ideas.length,
    ideas_after_merge: notMerged.length,
    masked: notMerged.filter((row) => row.text === hiddenIdeaText).length,
    dots: votes.reduce((sum, row) => sum + Number(row.dots), 0),
  };
}

describe.runIf(pdfTextAvailable).each(storeKinds)('one figure on every surface, on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it(
    'says the same figures in JSON, PDF, XLSX, CSV, the projector, open data and the return, for the demo and a random dialogue',
    async () => {
      expect((await national.post('/api/demo')).status).toBe(201);
      const seed = 16_000 + Math.floor(Math.random() * 1000);
      const truth = await randomDialogue(server, national, seed);
      const demo = (
        await national.get<{ dialogues: Array<{ id: number; title: string }> }>('/api/dialogues?region=CL-LL')
      ).body.dialogues[0];
      for (const id of [truth.id, demo.id])
        expect((await national.put(`/api/opendata/dialogues/${id}`, { published: true })).status).toBe(200);

      const scopes = ['', '?region=CL-BI', `?dialogue=${truth.id}`, `?dialogue=${demo.id}`];
      const seen = new Map<string, Figures>();
      for (const query of scopes) {
        const dashboard = (
          await national.get<{ figures: Figures; report: Record<string, number> }>(
            `/api/results/dashboard${query}`,
          )
        ).body;
        const report = (await national.get<Record<string, number>>(`/api/results/report${query}`)).body;
        const figures = dashboard.figures;
        seen.set(query, figures);
        // The parts add up, and FORMAT.md's report says the same under its own names.
        expect(figures.ideas_after_merge).toBe(figures.ideas_visible + figures.ideas_hidden);
        expect(figures.dots_on_hidden).toBeLessThanOrEqual(figures.dots);
        for (const name of [
          'dialogues',
          'participants',
          'organizations',
          'ideas',
          'ideas_after_merge',
          'dots',
        ] as const)
          expect(report[name], `${name} ${query}`).toBe(figures[name]);
        const exports = await fromExports(national, query);
        expect(exports.xlsx, `XLSX ${query}`).toEqual(figures);
        expect(exports.csv, `CSV ${query}`).toEqual(figures);
        expect(exports.pdf, `PDF ${query}`).toEqual(figures);
      }

      const random = seen.get(`?dialogue=${truth.id}`)!;
      expect(random).toEqual({
        dialogues: 1,
        participants: truth.participants,
        organizations: truth.participants - truth.withoutOrganization,
        ideas: truth.ideas,
        ideas_after_merge: truth.ideas - truth.merged,
        ideas_visible: truth.ideas - truth.merged - truth.hidden,
        ideas_hidden: truth.hidden,
        dots: truth.dots,
        dots_on_hidden: truth.dotsOnHidden,
        evaluations: truth.evaluations,
      });
      const national16 = seen.get('')!;
      const bioBio = seen.get('?region=CL-BI')!;
      const lagos = seen.get(`?dialogue=${demo.id}`)!;
      for (const name of ['ideas', 'ideas_visible', 'dots', 'participants'] as const)
        expect(national16[name]).toBeGreaterThanOrEqual(bioBio[name] + lagos[name]);

      // «Sin organización» only for attendances without an organisation.
      const kinds = (
        await national.get<{ participation: { kind: Array<{ key: string; count: number }> } }>(
          `/api/results/dashboard?dialogue=${truth.id}`,
        )
      ).body.participation.kind;
      expect(kinds.find((row) => row.key === 'sin_organizacion')?.count ?? 0).toBe(truth.withoutOrganization);
      expect(kinds.find((row) => row.key === 'sin_tipo')?.count ?? 0).toBe(truth.organizationWithoutKind);

      const published = (
        await server.client().get<{
          dialogues: Array<{
            id: number;
            participants: number;
            ideas: number;
            ideasVisible: number;
            dots: number;
          }>;
        }>('/api/opendata')
      ).body.dialogues;
      const openZip = await bytes(server.client(), '/api/opendata/package.zip');
      const staffZip = await bytes(national, '/api/datapackage/export.zip');
      for (const [id, title, figures] of [
        [truth.id, truth.title, random],
        [demo.id, demo.title, lagos],
      ] as const) {
        // The projector and the live console.
        const screen = (await national.get<{ figures: Partial<Figures> }>(`/api/dialogues/${id}/screen`))
          .body;
        expect(screen.figures).toEqual({
          participants: figures.participants,
          ideas: figures.ideas,
          ideas_after_merge: figures.ideas_after_merge,
          ideas_visible: figures.ideas_visible,
          ideas_hidden: figures.ideas_hidden,
          dots: figures.dots,
          dots_on_hidden: figures.dots_on_hidden,
          evaluations: figures.evaluations,
        });
        // The dialogue's page and list.
        const counts = (await national.get<{ counts: Record<string, number> }>(`/api/dialogues/${id}`)).body
          .counts;
        expect(counts).toMatchObject({
          participants: figures.participants,
          ideas: figures.ideas,
          ideasVisible: figures.ideas_visible,
          ideasHidden: figures.ideas_hidden,
          dotsSpent: figures.dots,
          evaluations: figures.evaluations,
        });
        // Open data: the public list and the pseudonymised package (hidden ideas counted, text withheld).
        expect(published.find((row) => row.id === id)).toMatchObject({
          participants: figures.participants,
          ideas: figures.ideas,
          ideasVisible: figures.ideas_visible,
          dots: figures.dots,
        });
        const open = packageFigures(openZip, title);
        expect(open).toEqual({
          participants: figures.participants,
          ideas: figures.ideas,
          ideas_after_merge: figures.ideas_after_merge,
          masked: figures.ideas_hidden,
          dots: figures.dots,
        });
        const { masked: _none, ...whole } = packageFigures(staffZip, title);
        expect(whole).toEqual({
          participants: figures.participants,
          ideas: figures.ideas,
          ideas_after_merge: figures.ideas_after_merge,
          dots: figures.dots,
        });
        // The public return of the dialogue lists the visible ideas and counts them alike.
        const back = (
          await server
            .client()
            .get<{ ideas: unknown[]; summary: Record<string, number> }>(
              `/api/public/devolucion/dialogues/${id}`,
            )
        ).body;
        expect(back.summary).toMatchObject({ ideas: figures.ideas, ideasVisible: figures.ideas_visible });
        expect(back.ideas).toHaveLength(figures.ideas_visible);
      }
    },
    storyTimeout * 4,
  );
});
