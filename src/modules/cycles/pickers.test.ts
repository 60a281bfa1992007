import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

interface Candidates {
  candidates: Array<{ refId: number; label: string; date: string | null; attached: boolean }>;
}
interface Track {
  phases: Array<{
    id: number;
    attachments: Array<{ refId: number; label: string | null; date: string | null }>;
  }>;
}
interface Returns {
  dialogues: Array<{ id: number; title: string; regionName: string }>;
  total: number;
}

/**
 * Issue 16, item 4: a phase attaches what it produced by picking it from the region's list (by
 * title, never by typing an id), and the public home lists the dialogues whose return is public.
 */
describe.each(storeKinds)('pickers and public returns on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('offers the region’s dialogues by title, marks the attached one, and refuses other regions', async () => {
    const coronel = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Coronel',
      date: '2027-03-18',
    });
    await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo 100% de Lota_sur',
      date: '2027-03-20',
    });
    await seedDialogue(server.ctx.db, { regionCode: 'CL-ML', title: 'Diálogo de Talca', date: '2027-03-19' });
    await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Borrador de Arauco',
      date: '2027-05-01',
      status: 'draft',
    });
    const national = await server.signIn('national');
    const cycle = await national.post<{ id: number }>('/api/cycles', { year: 2027, phases: calendar(2027) });
    expect(cycle.status).toBe(201);
    const manager = await server.signIn('regional', ['CL-BI']);
    const cycles = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${cycle.body.id}`,
    );
    const trackId = cycles.body.tracks.find((track) => track.regionCode === 'CL-BI')!.id;
    const track = await manager.get<Track>(`/api/tracks/${trackId}`);
    const phaseId = track.body.phases[0].id;

    const all = await manager.get<Candidates>(`/api/phases/${phaseId}/candidates?kind=dialogue`);
    expect(all.status).toBe(200);
    expect(all.body.candidates.map((row) => row.label)).toEqual([
      'Borrador de Arauco',
      'Diálogo 100% de Lota_sur',
      'Diálogo de Coronel',
    ]);
    const found = await manager.get<Candidates>(`/api/phases/${phaseId}/candidates?kind=dialogue&q=CORONEL`);
    expect(found.body.candidates).toEqual([
      { refId: coronel.dialogueId, label: 'Diálogo de Coronel', date: '2027-03-18', attached: false },
    ]);
    // % and _ are letters of the title, not wildcards.
    const percent = await manager.get<Candidates>(
      `/api/phases/${phaseId}/candidates?kind=dialogue&q=${encodeURIComponent('100%')}`,
    );
    expect(percent.body.candidates.map((row) => row.label)).toEqual(['Diálogo 100% de Lota_sur']);
    expect(
      (await manager.get<Candidates>(`/api/phases/${phaseId}/candidates?kind=dialogue&q=o_s`)).body
        .candidates,
    ).toEqual([]);

    const attached = await manager.post(`/api/phases/${phaseId}/attachments`, {
      kind: 'dialogue',
      refId: coronel.dialogueId,
    });
    expect(attached.status).toBe(201);
    const again = await manager.get<Candidates>(`/api/phases/${phaseId}/candidates?kind=dialogue&q=coronel`);
    expect(again.body.candidates[0].attached).toBe(true);
    const shown = await manager.get<Track>(`/api/tracks/${trackId}`);
    expect(shown.body.phases[0].attachments).toEqual([
      expect.objectContaining({ refId: coronel.dialogueId, label: 'Diálogo de Coronel', date: '2027-03-18' }),
    ]);

    // Online consultations: the region's and the national ones, not another region's.
    for (const [regionCode, question] of [
      ['CL-BI', '¿Qué cursos faltan en el Biobío?'],
      [null, '¿Qué cursos faltan en Chile?'],
      ['CL-ML', '¿Qué cursos faltan en el Maule?'],
    ] as const)
      expect(
        (
          await national.post('/api/consultations', {
            regionCode,
            question,
            opensAt: '2027-04-01T12:00:00.000Z',
            closesAt: '2027-04-30T12:00:00.000Z',
          })
        ).status,
      ).toBe(201);
    const consultations = await manager.get<Candidates>(
      `/api/phases/${phaseId}/candidates?kind=consultation`,
    );
    expect(consultations.body.candidates.map((row) => row.label).sort()).toEqual([
      'Consulta en línea: ¿Qué cursos faltan en Chile?',
      'Consulta en línea: ¿Qué cursos faltan en el Biobío?',
    ]);

    const maule = await server.signIn('regional', ['CL-ML']);
    expect((await maule.get(`/api/phases/${phaseId}/candidates?kind=dialogue`)).status).toBe(404);
    expect((await manager.get(`/api/phases/${phaseId}/candidates?kind=acta`)).status).toBe(400);
    expect((await server.client().get(`/api/phases/${phaseId}/candidates?kind=dialogue`)).status).toBe(401);
  });

  it('lists the public returns newest first, by region, in bounded pages', async () => {
    const anon = server.client();
    const page = await anon.get<Returns>('/api/public/devolucion/dialogues?limit=2');
    expect(page.status).toBe(200);
    // The draft is not public; the closed ones are, newest first.
    expect(page.body.total).toBe(3);
    expect(page.body.dialogues.map((row) => row.title)).toEqual([
      'Diálogo 100% de Lota_sur',
      'Diálogo de Talca',
    ]);
    const next = await anon.get<Returns>('/api/public/devolucion/dialogues?limit=2&offset=2');
    expect(next.body.dialogues.map((row) => row.title)).toEqual(['Diálogo de Coronel']);
    const maule = await anon.get<Returns>('/api/public/devolucion/dialogues?region=CL-ML');
    expect(maule.body.dialogues).toEqual([
      expect.objectContaining({ title: 'Diálogo de Talca', regionName: 'Maule' }),
    ]);
    expect((await anon.get('/api/public/devolucion/dialogues?limit=101')).status).toBe(400);
    expect((await anon.get('/api/public/devolucion/dialogues?region=XX')).status).toBe(400);
  });
});
