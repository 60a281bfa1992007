import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { calendar, seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';

type ErrorBody = {
  error: { code: string; message: string; issues: Array<{ path: string; message: string }> };
};

async function upload(client: ApiClient, url: string, name: string, data: Buffer | string) {
  const form = new FormData();
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
  const response = await fetch(client.baseUrl + url, {
    method: 'POST',
    headers: { cookie: client.sessionCookie, 'x-csrf-token': client.csrfToken },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe.each(storeKinds)('annual cycle and portfolio on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  let biobio: ApiClient;
  let cycleId: number;
  let trackId: number;
  let seeded: Awaited<ReturnType<typeof seedDialogue>>;
  let initiativeId: number;

  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    biobio = await server.signIn('regional', ['CL-BI']);
    seeded = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo Concepción',
      date: '2027-03-20',
      participants: [
        { email: 'ana@correo.cl', notify: true, rating: 'excelente' },
        { email: 'beto@correo.cl', notify: false, rating: 'bueno' },
        { email: null, rating: 'regular' },
      ],
      ideas: [
        { text: 'Cursos de soldadura en Lota', by: 0, votes: [[1, 3]] },
        { text: 'Soldadura para mujeres', by: 1, mergedInto: 0, votes: [[0, 1]] },
        { text: 'Idea oculta', by: 2, hidden: true },
        { text: 'Horarios vespertinos', by: 2 },
      ],
    });
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    const phases = calendar(2027);
    phases[2] = { ...phases[2], startsOn: '2027-05-15' }; // starts before prioritisation ends
    const refused = await national.post<ErrorBody>('/api/cycles', { year: 2027, phases });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('phase_dates_out_of_order');
    expect(refused.body.error.message).toContain('cartera anual empieza (2027-05-15)');
    expect((await national.get<{ cycles: unknown[] }>('/api/cycles')).body.cycles).toHaveLength(0);
  });
  it('refuses phase dates out of order and stores nothing', () => step1(), storyTimeout);

  const step2 = step(step1, async () => {
    expect((await biobio.post('/api/cycles', { year: 2027, phases: calendar(2027) })).status).toBe(403);
    const created = await national.post<{ id: number; regions: string[] }>('/api/cycles', {
      year: 2027,
      phases: calendar(2027),
    });
    expect(created.status).toBe(201);
    expect(created.body.regions).toHaveLength(16);
    cycleId = created.body.id;
    expect(
      (await national.post<ErrorBody>('/api/cycles', { year: 2027, phases: calendar(2027) })).body.error.code,
    ).toBe('cycle_year_taken');
    const mine = await biobio.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${cycleId}`,
    );
    expect(mine.body.tracks.map((track) => track.regionCode)).toEqual(['CL-BI']);
    trackId = mine.body.tracks[0].id;
    const all = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${cycleId}`,
    );
    const maule = all.body.tracks.find((track) => track.regionCode === 'CL-ML')!;
    expect((await biobio.get(`/api/tracks/${maule.id}`)).status).toBe(404);
    const track = await biobio.get<{
      phases: Array<{ phase: string }>;
      feedbackSessions: Array<{ plannedOn: string }>;
    }>(`/api/tracks/${trackId}`);
    expect(track.body.phases.map((phase) => phase.phase)).toEqual([
      'escucha_activa',
      'priorizacion',
      'cartera_anual',
      'implementacion',
      'evaluacion',
    ]);
    expect(track.body.feedbackSessions.map((session) => session.plannedOn)).toEqual([
      '2027-10-01',
      '2028-01-01',
    ]);
  });
  it(
    'lets only the national team start the cycle; tracks, phases and quarterly feedback are planned',
    () => step2(),
    storyTimeout,
  );

  const step3 = step(step2, async () => {
    const track = await biobio.get<{ phases: Array<{ id: number; phase: string }> }>(
      `/api/tracks/${trackId}`,
    );
    const listening = track.body.phases[0].id;
    const attached = await biobio.post(`/api/phases/${listening}/attachments`, {
      kind: 'dialogue',
      refId: seeded.dialogueId,
    });
    expect(attached.status).toBe(201);
    const other = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-ML',
      title: 'Talca',
      date: '2027-03-02',
    });
    const foreign = await biobio.post<ErrorBody>(`/api/phases/${listening}/attachments`, {
      kind: 'dialogue',
      refId: other.dialogueId,
    });
    expect(foreign.body.error.code).toBe('reference_unknown');
    // An interview recorded in the listening feature, attached by reference and labelled from it.
    const db = server.ctx.db;
    const at = new Date().toISOString();
    const actor = await db
      .insertInto('actors')
      .values({
        region_code: 'CL-BI',
        name: 'Cámara de comercio de Lota',
        position: null,
        organization_id: null,
        sector: 'empleador',
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const guide = await db
      .insertInto('interview_guides')
      .values({ title: 'Pauta regional', description: null, created_by: null, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const recorded = await db
      .insertInto('interviews')
      .values({
        actor_id: actor.id,
        guide_id: guide.id,
        region_code: 'CL-BI',
        interviewer: 'Ana',
        date: '2027-02-10',
        notes: null,
        created_by: null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const interview = await biobio.post<{ label: string }>(`/api/phases/${listening}/attachments`, {
      kind: 'interview',
      refId: recorded.id,
    });
    expect(interview.status).toBe(201);
    expect(interview.body.label).toBe('Entrevista a Cámara de comercio de Lota (2027-02-10)');
    const missing = await biobio.post<ErrorBody>(`/api/phases/${listening}/attachments`, {
      kind: 'interview',
      refId: 999_999,
    });
    expect(missing.body.error.code).toBe('reference_unknown');
    // An online consultation of the region, or a national one, serves the track; another region's does not.
    const consultation = async (region: string | null) => {
      const made = await server.ctx.db
        .insertInto('consultations')
        .values({
          region_code: region,
          question: `¿Qué opinas de la capacitación (${region ?? 'nacional'})?`,
          level: 'consultar',
          opens_at: at,
          closes_at: at,
          public_key: `cycle-${region ?? 'CL'}-${Math.random().toString(36).slice(2)}`,
          created_by: null,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return biobio.post<{ label: string } & ErrorBody>(`/api/phases/${listening}/attachments`, {
        kind: 'consultation',
        refId: made.id,
      });
    };
    const regional = await consultation('CL-BI');
    expect(regional.status).toBe(201);
    expect(regional.body.label).toBe('Consulta en línea: ¿Qué opinas de la capacitación (CL-BI)?');
    expect((await consultation(null)).status).toBe(201);
    expect((await consultation('CL-ML')).body.error.code).toBe('reference_unknown');
    const outside = await biobio.post<ErrorBody>(`/api/tracks/${trackId}/feedback-sessions`, {
      title: 'Muy pronto',
      audience: 'participantes',
      plannedOn: '2027-04-01',
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('feedback_outside_implementation');
    const session = await biobio.post<{ id: number }>(`/api/tracks/${trackId}/feedback-sessions`, {
      title: 'Devolución con el consejo',
      audience: 'consejo',
      plannedOn: '2027-08-01',
      ref: { kind: 'council', id: 7 },
    });
    expect(session.status).toBe(201);
    const held = await biobio.patch<{ heldOn: string }>(`/api/feedback-sessions/${session.body.id}`, {
      heldOn: '2027-08-05',
      attendees: 18,
      notes: 'Se presentó la cartera',
    });
    expect(held.body.heldOn).toBe('2027-08-05');
  });
  it(
    'attaches the dialogue to active listening and records feedback sessions inside implementation',
    () => step3(),
    storyTimeout,
  );

  const step4 = step(step3, async () => {
    const base = {
      cycleId,
      regionCode: 'CL-BI',
      title: 'Escuela de soldadura',
      responsibleUnit: 'Dirección Regional Biobío',
      budgetPesos: 45_000_000,
    };
    const bare = await biobio.post<ErrorBody>('/api/initiatives', base);
    expect(bare.status).toBe(422);
    expect(bare.body.error.code).toBe('source_required');
    const foreign = await biobio.post('/api/initiatives', {
      ...base,
      regionCode: 'CL-ML',
      sources: [{ kind: 'idea', refId: seeded.ideaIds[0] }],
    });
    expect(foreign.status).toBe(404);
    const hidden = await biobio.post<ErrorBody>('/api/initiatives', {
      ...base,
      sources: [{ kind: 'idea', refId: seeded.ideaIds[2] }],
    });
    expect(hidden.body.error.code).toBe('reference_unknown');
    // A synthesis theme of Biobío holding the merged idea «Soldadura para mujeres».
    const at = new Date().toISOString();
    const theme = await server.ctx.db
      .insertInto('synthesis_themes')
      .values({
        scope: 'CL-BI',
        label: 'Oficios',
        keywords_json: '[]',
        kept: 0,
        label_locked: 0,
        status: 'active',
        merged_into_id: null,
        run_id: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await server.ctx.db
      .insertInto('synthesis_assignments')
      .values({ scope: 'CL-BI', idea_id: seeded.ideaIds[1], theme_id: theme.id, pinned: 0, updated_at: at })
      .execute();
    const unknownTheme = await biobio.post<ErrorBody>('/api/initiatives', {
      ...base,
      sources: [{ kind: 'theme', refId: 999_999 }],
    });
    expect(unknownTheme.body.error.code).toBe('reference_unknown');
    const created = await biobio.post<{ id: number; status: string; sources: unknown[] }>(
      '/api/initiatives',
      {
        ...base,
        sources: [
          { kind: 'idea', refId: seeded.ideaIds[0] },
          { kind: 'theme', refId: theme.id, label: 'Oficios' },
        ],
        milestones: [{ title: 'Convenio firmado', dueOn: '2027-08-31' }],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('propuesta');
    initiativeId = created.body.id;
    const discard = await biobio.patch<ErrorBody>(`/api/initiatives/${initiativeId}`, {
      status: 'descartada',
    });
    expect(discard.body.error.code).toBe('discard_reason_required');
    const approved = await biobio.patch<{ status: string; updates: unknown[] }>(
      `/api/initiatives/${initiativeId}`,
      {
        status: 'aprobada',
        note: 'Aprobada por el consejo',
      },
    );
    expect(approved.body.status).toBe('aprobada');
    const outbox = await server.ctx.db.selectFrom('notification_outbox').selectAll().orderBy('id').execute();
    // Ana proposed the idea and voted for the merged one; Beto did not consent: only Ana, once per change.
    expect(outbox.map((row) => row.email)).toEqual(['ana@correo.cl', 'ana@correo.cl']);
    // An initiative born of the theme alone tells Ana too: she voted for an idea the theme holds.
    const fromTheme = await biobio.post<{ id: number }>('/api/initiatives', {
      ...base,
      title: 'Red de talleres de oficios',
      sources: [{ kind: 'theme', refId: theme.id }],
    });
    expect(fromTheme.status).toBe(201);
    const themeNews = await server.ctx.db
      .selectFrom('notification_outbox')
      .select(['email'])
      .where('dedupe_key', 'like', `initiative-source:${fromTheme.body.id}:%`)
      .execute();
    expect(themeNews.map((row) => row.email)).toEqual(['ana@correo.cl']);
    const dropped = await biobio.patch(`/api/initiatives/${fromTheme.body.id}`, {
      status: 'descartada',
      discardReason: 'Se suma a la escuela de soldadura',
    });
    expect(dropped.status).toBe(200);
    expect(outbox[1].subject).toContain('aprobada');
    expect(outbox[1].body_text).toContain('pasó de «propuesta» a «aprobada»');
  });
  it(
    'requires a source for every initiative and a reason to discard; notifies only consenting participants',
    () => step4(),
    storyTimeout,
  );

  const step5 = step(step4, async () => {
    const good = `initiative_id,status,progress_percent,note\r\n${initiativeId},en ejecución,40,Primer curso abierto\r\n`;
    const dry = await upload(biobio, '/api/initiatives/progress-import?dryRun=true', 'avance.csv', good);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      changes: [
        {
          initiativeId,
          status: { before: 'aprobada', after: 'en_ejecucion' },
          progress: { before: 0, after: 40 },
        },
      ],
    });
    expect((await biobio.get<{ status: string }>(`/api/initiatives/${initiativeId}`)).body.status).toBe(
      'aprobada',
    );

    // The same file as Excel in es-CL saves it: `;`, Windows-1252 (ó is one byte, F3), no BOM.
    const excelCl = Buffer.from(
      `initiative_id;status;progress_percent;note\r\n${initiativeId};en ejecución;40;Capacitación abierta\r\n`,
      'latin1',
    );
    const fromExcel = await upload(
      biobio,
      '/api/initiatives/progress-import?dryRun=true',
      'avance.csv',
      excelCl,
    );
    expect(fromExcel.status).toBe(200);
    expect(fromExcel.body).toMatchObject({
      detected: { delimiter: ';', encoding: 'windows-1252', bom: false, decimalComma: false },
      changes: [{ initiativeId, status: { after: 'en_ejecucion' }, note: 'Capacitación abierta' }],
    });
    expect((fromExcel.body.detected as { summary: string }).summary).toBe(
      'separador «;», Windows-1252, punto decimal',
    );
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(excelCl.toString('latin1'))]);
    const fromBom = await upload(
      biobio,
      '/api/initiatives/progress-import?dryRun=true',
      'avance.csv',
      withBom,
    );
    expect(fromBom.body).toMatchObject({
      detected: { delimiter: ';', encoding: 'utf-8', bom: true },
      changes: [{ note: 'Capacitación abierta' }],
    });
    // A refusal names the file, the line and the column.
    const broken = await upload(
      biobio,
      '/api/initiatives/progress-import?dryRun=true',
      'avance.csv',
      `initiative_id;status\r\n${initiativeId};en "ejecución"\r\n`,
    );
    expect(broken.status).toBe(422);
    expect((broken.body as ErrorBody).error.issues[0].path).toBe('avance.csv:2: columna 2');

    const bad = `initiative_id,status,progress_percent\r\n${initiativeId},en ejecución,40\r\n99999,aprobada,10\r\n${initiativeId},lista,101\r\n`;
    const refused = await upload(biobio, '/api/initiatives/progress-import', 'avance.csv', bad);
    expect(refused.status).toBe(422);
    const issues = (refused.body as ErrorBody).error.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(issues).toContain('avance.csv:3: initiative_id: iniciativa desconocida «99999»');
    expect(issues.some((issue) => issue.startsWith('avance.csv:4: status: estado desconocido «lista»'))).toBe(
      true,
    );
    expect(issues.some((issue) => issue.startsWith('avance.csv:4: progress_percent'))).toBe(true);
    expect((await biobio.get<{ status: string }>(`/api/initiatives/${initiativeId}`)).body.status).toBe(
      'aprobada',
    );

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('avance');
    sheet.addRow(['initiative_id', 'status', 'progress_percent', 'note']);
    sheet.addRow([initiativeId, 'en_ejecucion', 40, 'Primer curso abierto']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const applied = await upload(biobio, '/api/initiatives/progress-import', 'avance.xlsx', xlsx);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ dryRun: false, applied: 1 });
    const after = await biobio.get<{
      status: string;
      progressPercent: number;
      updates: Array<{ origin: string }>;
    }>(`/api/initiatives/${initiativeId}`);
    expect(after.body).toMatchObject({ status: 'en_ejecucion', progressPercent: 40 });
    expect(after.body.updates[0].origin).toBe('bulk');
    const audit = await national.get<{ entries: Array<{ action: string }> }>(
      `/api/audit?entity=initiative&entityId=${initiativeId}`,
    );
    expect(audit.body.entries.map((entry) => entry.action)).toContain('initiative.progress_import');
  });
  it(
    'updates progress in bulk: dry run changes nothing, bad rows reject the whole file, XLSX applies',
    () => step5(),
    storyTimeout,
  );

  const step6 = step(step5, async () => {
    for (const title of ['＝HYPERLINK("http://x")', "'=1+1", '-5 % de cobertura']) {
      expect((await biobio.patch(`/api/initiatives/${initiativeId}`, { title })).status).toBe(200);
      const template = await biobio.get<string>(`/api/cycles/${cycleId}/progress-template.csv`);
      expect(template.headers.get('content-type')).toContain('text/csv');
      const row = (template.body as string).split('\r\n').find((line) => line.startsWith(`${initiativeId},`));
      expect(row?.split(',')[1]).toBe(
        title.includes('"') ? `"'${title.replaceAll('"', '""')}"` : `'${title}`,
      );
    }
    expect(
      (await biobio.patch(`/api/initiatives/${initiativeId}`, { title: 'Escuela de soldadura' })).status,
    ).toBe(200);
  });
  it('writes the progress template with the titles inert for spreadsheets', () => step6(), storyTimeout);

  const step7 = step(step6, async () => {
    const board = await national.get<{
      tracks: Array<{
        regionCode: string;
        currentPhase: string;
        late: Array<{ kind: string }>;
        feedbackHeld: number;
        initiatives: Record<string, number>;
      }>;
    }>(`/api/cycles/${cycleId}/board?on=2027-09-15`);
    expect(board.body.tracks).toHaveLength(16);
    const bi = board.body.tracks.find((track) => track.regionCode === 'CL-BI')!;
    expect(bi.currentPhase).toBe('implementacion');
    expect(bi.feedbackHeld).toBe(1);
    expect(bi.initiatives.en_ejecucion).toBe(1);
    expect(bi.late.map((item) => item.kind).sort()).toEqual(['milestone', 'phase', 'phase', 'phase']);
    const regional = await biobio.get<{ tracks: unknown[] }>(`/api/cycles/${cycleId}/board`);
    expect(regional.body.tracks).toHaveLength(1);

    const indicators = await biobio.get<{
      regions: Array<Record<string, unknown>>;
      satisfaction: Array<Record<string, unknown>>;
    }>(`/api/cycles/${cycleId}/indicators?region=CL-BI`);
    // 2 visible ideas (one hidden, one merged: the figures module's `ideas_visible`); the idea the
    // merged one went into has a known outcome (the initiative came from the merged idea).
    expect(indicators.body.regions[0]).toMatchObject({
      ideas: 2,
      ideasWithOutcome: 1,
      feedbackPlanned: 3,
      feedbackHeld: 1,
      medianDaysToFirstFeedback: 138,
    });
    expect(indicators.body.satisfaction).toEqual([
      { year: 2027, total: 3, excelente: 1, bueno: 1, regular: 1, malo: 0, positiveShare: 2 / 3 },
    ]);
  });
  it('shows every region on the board with what is late, and the indicators', () => step7(), storyTimeout);

  const step8 = step(step7, async () => {
    const maule = await server.signIn('regional', ['CL-ML']);
    const track = await biobio.get<{
      phases: Array<{ id: number; attachments: Array<{ id: number }> }>;
      feedbackSessions: Array<{ id: number }>;
    }>(`/api/tracks/${trackId}`);
    const initiative = await biobio.get<{ milestones: Array<{ id: number }> }>(
      `/api/initiatives/${initiativeId}`,
    );
    const phase = track.body.phases[0];
    const missing = 999_999;
    const cases: Array<[string, number, (id: number) => Promise<{ status: number; body: unknown }>]> = [
      ['fase', phase.id, (id) => maule.post(`/api/phases/${id}/completion`, { completed: true })],
      ['fase', phase.id, (id) => maule.post(`/api/phases/${id}/attachments`, { kind: 'dialogue', refId: 1 })],
      ['adjunto', phase.attachments[0].id, (id) => maule.delete(`/api/attachments/${id}`)],
      [
        'sesión',
        track.body.feedbackSessions[0].id,
        (id) => maule.patch(`/api/feedback-sessions/${id}`, { attendees: 3 }),
      ],
      ['iniciativa', initiativeId, (id) => maule.get(`/api/initiatives/${id}`)],
      [
        'iniciativa',
        initiativeId,
        (id) => maule.post(`/api/initiatives/${id}/milestones`, { title: 'x', dueOn: '2027-09-01' }),
      ],
      [
        'hito',
        initiative.body.milestones[0].id,
        (id) => maule.patch(`/api/milestones/${id}`, { doneOn: null }),
      ],
    ];
    for (const [what, id, request] of cases) {
      const [real, ghost] = [await request(id), await request(missing)];
      expect([real.status, ghost.status]).toEqual([404, 404]);
      expect((real.body as ErrorBody).error.message).toBe(`No encontrado: ${what} ${id}.`);
      expect((ghost.body as ErrorBody).error.message).toBe(`No encontrado: ${what} ${missing}.`);
    }
  });
  it(
    'answers a manager of another region about a phase, attachment, session, initiative or milestone as about a missing one',
    () => step8(),
    storyTimeout,
  );

  const step9 = step(step8, async () => {
    const visitor = server.client();
    const idea = await visitor.get<{
      outcome: string;
      initiatives: Array<{ title: string; status: string; milestones: unknown[] }>;
    }>(`/api/public/devolucion/ideas/${seeded.ideaIds[1]}`);
    expect(idea.status).toBe(200);
    expect(idea.body.outcome).toBe('initiative');
    expect(idea.body.initiatives[0]).toMatchObject({ title: 'Escuela de soldadura', status: 'en_ejecucion' });
    expect((await visitor.get(`/api/public/devolucion/ideas/${seeded.ideaIds[2]}`)).status).toBe(404);
    const dialogue = await visitor.get<{
      ideas: Array<{ text: string; merged: unknown[]; initiatives: unknown[] }>;
    }>(`/api/public/devolucion/dialogues/${seeded.dialogueId}`);
    expect(dialogue.body.ideas.map((row) => row.text)).toEqual([
      'Cursos de soldadura en Lota',
      'Horarios vespertinos',
    ]);
    expect(dialogue.body.ideas[0].merged).toHaveLength(1);
  });
  it('shows the return to participants publicly, without login', () => step9(), storyTimeout);

  const step10 = step(step9, async () => {
    await biobio.patch(`/api/tracks/${trackId}`, { evaluationNotes: 'Convocar antes a las empresas' });
    const next = await national.post<{ id: number; carriedInitiatives: number }>('/api/cycles', {
      year: 2028,
      phases: calendar(2028),
    });
    expect(next.status).toBe(201);
    expect(next.body.carriedInitiatives).toBe(1);
    const tracks = await biobio.get<{ tracks: Array<{ id: number }> }>(`/api/cycles/${next.body.id}`);
    const track = await biobio.get<{ startingNotes: string }>(`/api/tracks/${tracks.body.tracks[0].id}`);
    expect(track.body.startingNotes).toBe('Convocar antes a las empresas');
    const carried = await biobio.get<{
      initiatives: Array<{ id: number; carriedFromId: number; status: string }>;
    }>(`/api/initiatives?cycleId=${next.body.id}`);
    expect(carried.body.initiatives).toMatchObject([{ carriedFromId: initiativeId, status: 'en_ejecucion' }]);
    const copy = await biobio.get<{ sources: unknown[]; milestones: unknown[] }>(
      `/api/initiatives/${carried.body.initiatives[0].id}`,
    );
    expect(copy.body.sources).toHaveLength(2);
    expect(copy.body.milestones).toHaveLength(1);
    const old = await biobio.patch<ErrorBody>(`/api/initiatives/${initiativeId}`, { progressPercent: 50 });
    expect(old.body.error.code).toBe('cycle_closed');
  });
  it(
    'starts the next cycle from the evaluation and carries over unfinished initiatives',
    () => step10(),
    storyTimeout,
  );
});
