import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

interface PublicInitiative {
  id: number;
  title: string;
  status: string;
  regionName: string | null;
  progressPercent: number;
  milestones: Array<{ title: string; doneOn: string | null }>;
  ideas: Array<{ id: number; text: string }>;
  dialogues: Array<{ id: number; title: string }>;
  history?: Array<{ statusBefore: string; statusAfter: string; progressAfter: number; note: string | null }>;
}
interface Page {
  initiatives: PublicInitiative[];
  total: number;
}

/**
 * Issue 16, item 3: the public portfolio, nationally and per region, with its origin; searched,
 * filtered and paged; downloadable as CSV and JSON; and nothing in it that is not fit to publish.
 */
describe.each(storeKinds)('the public portfolio on %s', (kind) => {
  let server: TestServer;
  const ids: Record<string, number> = {};
  let ideas: number[] = [];
  let draftIdea = 0;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const closed = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Coronel',
      date: '2027-03-18',
      participants: [{ email: 'daniela@correo.cl', notify: true }],
      ideas: [{ text: 'Escuela de técnicos eólicos', by: 0 }, { text: 'Idea oculta por moderación' }],
    });
    ideas = closed.ideaIds;
    const open = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo aún en curso',
      date: '2027-04-01',
      status: 'live',
      ideas: [{ text: 'Idea de un diálogo que no ha cerrado' }],
    });
    draftIdea = open.ideaIds[0];
    const talca = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-ML',
      title: 'Diálogo de Talca',
      date: '2027-03-20',
      ideas: [{ text: 'Cursos de riego tecnificado' }],
    });
    const talcaSource = [{ kind: 'idea', refId: talca.ideaIds[0] }];
    const national = await server.signIn('national');
    const cycle = await national.post<{ id: number }>('/api/cycles', { year: 2027, phases: calendar(2027) });
    const manager = await server.signIn('regional', ['CL-BI']);
    const make = async (body: Record<string, unknown>, by = manager) => {
      const made = await by.post<{ id: number }>('/api/initiatives', { cycleId: cycle.body.id, ...body });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      return made.body.id;
    };
    ids.wind = await make({
      regionCode: 'CL-BI',
      title: 'Escuela de técnicos eólicos',
      responsibleUnit: 'Dirección Regional del Biobío',
      budgetPesos: 38_000_000,
      sources: [
        { kind: 'idea', refId: ideas[0] },
        { kind: 'idea', refId: ideas[1] },
        { kind: 'idea', refId: draftIdea },
      ],
      milestones: [{ title: 'Primera cohorte', dueOn: '2027-08-01' }],
    });
    ids.national = await make(
      {
        regionCode: null,
        title: 'Portal nacional de cursos',
        responsibleUnit: 'SENCE nacional',
        budgetPesos: 5,
        sources: talcaSource,
      },
      national,
    );
    ids.maule = await make(
      {
        regionCode: 'CL-ML',
        title: 'Cursos de 100% riego_tecnificado',
        responsibleUnit: '=HYPERLINK("x")',
        budgetPesos: 0,
        sources: talcaSource,
      },
      national,
    );
    // Moderated after it became a source: it leaves the public trail.
    await server.ctx.db
      .updateTable('ideas')
      .set({ hidden_at: new Date().toISOString() })
      .where('id', '=', ideas[1])
      .execute();
    const updated = await manager.patch(`/api/initiatives/${ids.wind}`, {
      status: 'en_ejecucion',
      progressPercent: 40,
      note: 'Primera cohorte inscrita',
      reportedOn: '2027-05-02',
    });
    expect(updated.status).toBe(200);
  });
  afterAll(async () => server?.close());

  it('lists every initiative without login, filters by region, status and words, and pages', async () => {
    const anon = server.client();
    const all = await anon.get<Page>('/api/public/cartera');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    const biobio = await anon.get<Page>('/api/public/cartera?region=CL-BI');
    expect(biobio.body.initiatives.map((row) => row.title)).toEqual(['Escuela de técnicos eólicos']);
    const wind = biobio.body.initiatives[0];
    expect(wind).toMatchObject({ status: 'en_ejecucion', progressPercent: 40, regionName: 'Biobío' });
    expect(wind.milestones).toEqual([{ title: 'Primera cohorte', dueOn: '2027-08-01', doneOn: null }]);
    // Only the visible idea of the closed dialogue is public: not the hidden one, not the live dialogue's.
    expect(wind.ideas.map((idea) => idea.text)).toEqual(['Escuela de técnicos eólicos']);
    expect(wind.dialogues.map((dialogue) => dialogue.title)).toEqual(['Diálogo de Coronel']);
    const national = await anon.get<Page>('/api/public/cartera?region=nacional');
    expect(national.body.initiatives.map((row) => row.title)).toEqual(['Portal nacional de cursos']);
    expect((await anon.get<Page>('/api/public/cartera?status=en_ejecucion')).body.total).toBe(1);
    expect((await anon.get<Page>('/api/public/cartera?q=EÓLICOS')).body.total).toBe(1);
    expect((await anon.get<Page>('/api/public/cartera?q=sence')).body.total).toBe(1);
    expect((await anon.get<Page>(`/api/public/cartera?q=${encodeURIComponent('100%')}`)).body.total).toBe(1);
    expect((await anon.get<Page>('/api/public/cartera?q=o_r')).body.total).toBe(0);
    const first = await anon.get<Page>('/api/public/cartera?limit=2');
    const second = await anon.get<Page>('/api/public/cartera?limit=2&offset=2');
    expect(first.body.initiatives).toHaveLength(2);
    expect(second.body.initiatives).toHaveLength(1);
    expect(new Set([...first.body.initiatives, ...second.body.initiatives].map((row) => row.id)).size).toBe(
      3,
    );
    for (const bad of ['limit=101', 'limit=0', 'offset=-1', 'region=XX', 'status=secreta', 'year=20x7'])
      expect((await anon.get(`/api/public/cartera?${bad}`)).status, bad).toBe(400);
    const text = JSON.stringify(all.body);
    expect(text).not.toContain('daniela@correo.cl');
    expect(text).not.toContain('@');
    expect(text).not.toContain('Idea oculta');
    expect(text).not.toContain('no ha cerrado');
  });

  it('shows one initiative with its history and downloads the portfolio as CSV and JSON', async () => {
    const anon = server.client();
    const page = await anon.get<PublicInitiative>(`/api/public/cartera/iniciativas/${ids.wind}`);
    expect(page.status).toBe(200);
    expect(page.body.history).toEqual([
      {
        on: '2027-05-02',
        statusBefore: 'propuesta',
        statusAfter: 'en_ejecucion',
        progressBefore: 0,
        progressAfter: 40,
        note: 'Primera cohorte inscrita',
      },
    ]);
    expect(JSON.stringify(page.body)).not.toMatch(/author|@/);
    expect((await anon.get('/api/public/cartera/iniciativas/999999')).status).toBe(404);
    expect((await anon.get('/api/public/cartera/iniciativas/abc')).status).toBe(400);

    const csv = await anon.get<string>('/api/public/cartera.csv?region=CL-ML');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toBe(
      'id,anio,region,titulo,estado,avance_por_ciento,presupuesto_pesos,unidad_responsable,hitos_cumplidos,hitos_total,motivo_descarte,dialogos,ideas',
    );
    expect(lines).toHaveLength(2);
    // A cell a spreadsheet would run as a formula is written as text.
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    const json = await anon.get<{ initiatives: PublicInitiative[] }>('/api/public/cartera.json');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('cartera.json');
    const parsed = typeof json.body === 'string' ? JSON.parse(json.body) : json.body;
    expect(parsed.initiatives.map((row: PublicInitiative) => row.id).sort()).toEqual(
      [ids.wind, ids.national, ids.maule].sort(),
    );
  });
});
