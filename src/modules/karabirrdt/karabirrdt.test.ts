import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';

type Signed = ApiClient & { userId: number };
type ErrorBody = {
  error: { code: string; message: string; issues: Array<{ path: string; message: string }> };
};

interface View {
  plan: { id: number; title: string };
  members: Array<{ id: number; name: string }>;
  objectives: Array<{ id: number; title: string; dots: number; rank: number }>;
  dreams: Array<{ id: number; text: string; achieved: boolean | null }>;
  tasks: Array<{ id: number; title: string; version: number; status: string; canDo: number[] }>;
  threads: Array<{ id: number; fromTaskId: number; toTaskId: number }>;
  analysis: {
    duration: number;
    criticalPath: number[];
    timing: Record<string, { slack: number; critical: boolean; late: boolean }>;
    checks: { tasksWithoutPeople: number[]; tasksWithoutThreads: number[]; celebrateShare: number };
  };
}

describe.each(storeKinds)('Karabirrdt planning on %s', (kind) => {
  let server: TestServer;
  let national: Signed;
  let biobio: Signed;
  let maule: Signed;
  let facilitator: Signed;
  let planId: number;
  const taskIds: Record<string, number> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    biobio = await server.signIn('regional', ['CL-BI']);
    maule = await server.signIn('regional', ['CL-ML']);
    facilitator = await server.signIn('facilitator', ['CL-BI']);
  });
  afterAll(async () => server?.close());

  const view = async (client: ApiClient = national) => (await client.get<View>(`/api/plans/${planId}`)).body;

  const step1 = step(null, async () => {
    const refused = await biobio.post('/api/plans', { title: 'X', startDate: '2027-01-04' });
    expect(refused.status).toBe(403);
    const badDates = await national.post<ErrorBody>('/api/plans', {
      title: 'X',
      startDate: '2027-03-01',
      endDate: '2027-01-01',
    });
    expect(badDates.status).toBe(422);
    expect(badDates.body.error.message).toContain('anterior a la de inicio');
    const created = await national.post<{ id: number }>('/api/plans', {
      title: 'Instalación del modelo en Biobío',
      regionCode: 'CL-BI',
      startDate: '2027-01-04',
      dotsPerMember: 3,
    });
    expect(created.status).toBe(201);
    planId = created.body.id;
    const nationalPlan = await national.post<{ id: number }>('/api/plans', {
      title: 'Instalación del modelo en las 16 direcciones regionales',
      startDate: '2027-01-04',
    });
    expect((await biobio.get(`/api/plans/${planId}`)).status).toBe(200);
    expect((await maule.get(`/api/plans/${planId}`)).status).toBe(404);
    expect((await facilitator.get(`/api/plans/${planId}`)).status).toBe(404);
    // A facilitator works on no plan: an empty list (it answered 500 on SQLite).
    const facilitatorList = await facilitator.get<{ plans: unknown[] }>('/api/plans');
    expect(facilitatorList.status).toBe(200);
    expect(facilitatorList.body.plans).toEqual([]);
    expect((await biobio.get(`/api/plans/${nationalPlan.body.id}`)).status).toBe(404);
    const mauleList = await maule.get<{ plans: unknown[] }>('/api/plans');
    expect(mauleList.body.plans).toEqual([]);
    const biobioList = await biobio.get<{ plans: Array<{ id: number }> }>('/api/plans');
    expect(biobioList.body.plans.map((plan) => plan.id)).toEqual([planId]);
    expect((await maule.post(`/api/plans/${planId}/members`, { name: 'Intrusa' })).status).toBe(404);
  });
  it('lets the national team create plans and scopes them by region', () => step1(), storyTimeout);

  const step2 = step(step1, async () => {
    const ana = await national.post<{ id: number }>(`/api/plans/${planId}/members`, {
      name: 'Ana Pérez',
      userId: national.userId,
    });
    const luis = await biobio.post<{ id: number }>(`/api/plans/${planId}/members`, { name: 'Luis Soto' });
    expect(ana.status).toBe(201);
    expect(luis.status).toBe(201);
    const dream = await national.post<{ id: number }>(`/api/plans/${planId}/dreams`, {
      memberId: ana.body.id,
      text: 'Que cada región escuche de verdad a las personas trabajadoras',
    });
    expect(dream.status).toBe(201);
    const objectives: number[] = [];
    for (let index = 1; index <= 8; index++) {
      const objective = await national.post<{ id: number }>(`/api/plans/${planId}/objectives`, {
        title: `Objetivo ${index}`,
      });
      expect(objective.status).toBe(201);
      objectives.push(objective.body.id);
    }
    const ninth = await national.post<ErrorBody>(`/api/plans/${planId}/objectives`, { title: 'Noveno' });
    expect(ninth.status).toBe(422);
    expect(ninth.body.error.code).toBe('karabirrdt_too_many_objectives');

    const over = await national.put<ErrorBody>(`/api/plans/${planId}/poll/${ana.body.id}`, {
      dots: [{ objectiveId: objectives[2], dots: 4 }],
    });
    expect(over.status).toBe(422);
    expect(over.body.error.message).toBe('Cada persona reparte 3 puntos; esta distribución usa 4.');
    await national.put(`/api/plans/${planId}/poll/${ana.body.id}`, {
      dots: [
        { objectiveId: objectives[2], dots: 2 },
        { objectiveId: objectives[5], dots: 1 },
      ],
    });
    await biobio.put(`/api/plans/${planId}/poll/${luis.body.id}`, {
      dots: [{ objectiveId: objectives[5], dots: 3 }],
    });
    const current = await view();
    expect(current.objectives.slice(0, 2).map((objective) => [objective.id, objective.dots])).toEqual([
      [objectives[5], 4],
      [objectives[2], 2],
    ]);
    expect(current.objectives[0].rank).toBe(1);
    expect(current.dreams[0].achieved).toBeNull();
  });
  it(
    'builds the dream circle, 6–8 objectives and a straw poll that orders them',
    () => step2(),
    storyTimeout,
  );

  const step3 = step(step2, async () => {
    const { members, objectives } = await view();
    const add = (title: string, step: number, durationDays: number, extra: object = {}) =>
      national.post<{ id: number } & ErrorBody>(`/api/plans/${planId}/tasks`, {
        title,
        step,
        durationDays,
        objectiveId: objectives[0].id,
        hours: 8,
        cost: 50_000,
        canDo: [members[0].id],
        ...extra,
      });
    for (const [title, step, days] of [
      ['Reunir al equipo', 1, 2],
      ['Mapear actores', 3, 5],
      ['Diseñar diálogos', 5, 3],
      ['Realizar diálogos', 7, 10],
      ['Celebrar resultados', 11, 1],
    ] as const) {
      const created = await add(title, step, days);
      expect(created.status).toBe(201);
      taskIds[title] = created.body.id;
    }
    const noStep = await add('Paso inventado', 13, 1);
    expect(noStep.status).toBe(422);
    expect(noStep.body.error.message).toContain('El paso 13 no existe');
    const backwards = await add('Al revés', 7, 1, { startDate: '2027-02-10', dueDate: '2027-02-01' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.error.code).toBe('karabirrdt_dates_out_of_order');
    const stranger = await add('Con persona ajena', 7, 1, { canDo: [999_999] });
    expect(stranger.status).toBe(422);
    expect((await view()).tasks).toHaveLength(5);
  });
  it(
    'adds tasks on the 12 steps and refuses bad steps and dates, storing nothing',
    () => step3(),
    storyTimeout,
  );

  const step4 = step(step3, async () => {
    const thread = (from: string, to: string) =>
      biobio.post<ErrorBody>(`/api/plans/${planId}/threads`, {
        fromTaskId: taskIds[from],
        toTaskId: taskIds[to],
      });
    for (const [from, to] of [
      ['Reunir al equipo', 'Mapear actores'],
      ['Reunir al equipo', 'Diseñar diálogos'],
      ['Mapear actores', 'Realizar diálogos'],
      ['Diseñar diálogos', 'Realizar diálogos'],
      ['Realizar diálogos', 'Celebrar resultados'],
    ]) {
      expect((await thread(from, to)).status).toBe(201);
    }
    const loop = await thread('Celebrar resultados', 'Mapear actores');
    expect(loop.status).toBe(422);
    expect(loop.body.error.message).toBe(
      'Este hilo cerraría un ciclo: «Celebrar resultados» → «Mapear actores» → «Realizar diálogos» → «Celebrar resultados». Los hilos no pueden formar ciclos.',
    );
    expect((await thread('Reunir al equipo', 'Reunir al equipo')).status).toBe(422);
    expect((await thread('Reunir al equipo', 'Mapear actores')).status).toBe(409);
    const current = await view();
    expect(current.threads).toHaveLength(5);
    expect(current.analysis.duration).toBe(18);
    expect(current.analysis.criticalPath).toEqual([
      taskIds['Reunir al equipo'],
      taskIds['Mapear actores'],
      taskIds['Realizar diálogos'],
      taskIds['Celebrar resultados'],
    ]);
    expect(current.analysis.timing[taskIds['Diseñar diálogos']].slack).toBe(2);
    expect(current.analysis.checks.tasksWithoutThreads).toEqual([]);
    expect(current.analysis.checks.celebrateShare).toBeCloseTo(0.2);
  });
  it(
    'links tasks with threads, refuses a loop naming it, and recomputes the critical path',
    () => step4(),
    storyTimeout,
  );

  const step5 = step(step4, async () => {
    const task = (await view()).tasks.find((entry) => entry.id === taskIds['Mapear actores'])!;
    const first = await national.patch<{ version: number; status: string }>(
      `/api/plans/${planId}/tasks/${task.id}`,
      { version: task.version, status: 'in_progress' },
    );
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(task.version + 1);
    const second = await biobio.patch<ErrorBody & { current: { version: number; status: string } }>(
      `/api/plans/${planId}/tasks/${task.id}`,
      { version: task.version, status: 'done' },
    );
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('karabirrdt_version_conflict');
    expect(second.body.current).toMatchObject({ version: task.version + 1, status: 'in_progress' });
    const chosen = await biobio.patch<{ status: string }>(`/api/plans/${planId}/tasks/${task.id}`, {
      version: second.body.current.version,
      status: 'done',
    });
    expect(chosen.body.status).toBe('done');
    const audit = await national.get<{ entries: Array<{ action: string; before: { status: string } }> }>(
      `/api/audit?entity=karabirrdt_task&entityId=${task.id}`,
    );
    expect(audit.body.entries.map((entry) => entry.action)).toEqual([
      'karabirrdt.task.update',
      'karabirrdt.task.update',
      'karabirrdt.task.create',
    ]);
  });
  it('never lets two edits of the same task silently overwrite each other', () => step5(), storyTimeout);

  const step6 = step(step5, async () => {
    const messages: Array<{ type: string; event?: string }> = [];
    // Listening from onInit: the server may speak before the connection promise resolves.
    const socket = await server.app.injectWS(
      `/ws/plans/${planId}`,
      { headers: { cookie: biobio.sessionCookie } },
      { onInit: (ws) => ws.on('message', (data: Buffer) => messages.push(JSON.parse(String(data)))) },
    );
    await waitFor(() => messages.some((message) => message.type === 'ready'));
    await national.post(`/api/plans/${planId}/dreams`, {
      text: 'Que la ciudadanía vea qué pasó con sus ideas',
    });
    await waitFor(() => messages.some((message) => message.event === 'karabirrdt.dream.create'));
    socket.terminate();

    const refusals: Array<{ type: string; code?: string }> = [];
    const outsider = await server.app.injectWS(
      `/ws/plans/${planId}`,
      { headers: { cookie: maule.sessionCookie } },
      { onInit: (ws) => ws.on('message', (data: Buffer) => refusals.push(JSON.parse(String(data)))) },
    );
    await waitFor(() => refusals.length > 0);
    expect(refusals[0]).toMatchObject({ type: 'error', code: 'not_found' });
    outsider.terminate();
  });
  it(
    'pushes every change to the plan room over the WebSocket, only to people of the plan',
    () => step6(),
    storyTimeout,
  );

  const step7 = step(step6, async () => {
    const dream = (await view()).dreams[0];
    const marked = await biobio.patch<{ achieved: boolean }>(`/api/plans/${planId}/dreams/${dream.id}`, {
      achieved: true,
      evaluationNote: 'Las 4 comunas fueron escuchadas',
    });
    expect(marked.body.achieved).toBe(true);
    expect((await view()).dreams[0].achieved).toBe(true);
  });
  it('records at the end which dreams were achieved', () => step7(), storyTimeout);

  const step8 = step(step7, async () => {
    const original = await view();
    const file = await national.get<Record<string, unknown>>(`/api/plans/${planId}/plan.json`);
    expect(file.status).toBe(200);
    const imported = await national.post<{ id: number }>('/api/plans/import', file.body);
    expect(imported.status).toBe(201);
    const copy = (await national.get<View>(`/api/plans/${imported.body.id}`)).body;
    expect(copy.tasks.map((task) => [task.title, task.status])).toEqual(
      original.tasks.map((task) => [task.title, task.status]),
    );
    expect(copy.analysis.duration).toBe(original.analysis.duration);
    expect(copy.objectives.map((objective) => [objective.title, objective.dots])).toEqual(
      original.objectives.map((objective) => [objective.title, objective.dots]),
    );
    expect(copy.dreams.map((dream) => dream.achieved)).toEqual(
      original.dreams.map((dream) => dream.achieved),
    );

    const renamed = await national.patch(`/api/plans/${planId}/tasks/${taskIds['Reunir al equipo']}`, {
      version: original.tasks[0].version,
      title: '=HYPERLINK("http://malo")',
      startDate: '2027-01-04',
      dueDate: '2027-01-05',
    });
    expect(renamed.status).toBe(200);
    const csv = await national.get<string>(`/api/plans/${planId}/tasks.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://malo"")"`);
    const ics = await national.request<string>('GET', `/api/plans/${planId}/tasks.ics`);
    expect(ics.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.body).toContain('DTSTART;VALUE=DATE:20270104\r\nDTEND;VALUE=DATE:20270106\r\n');
    for (const line of ics.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
  it('exports JSON that imports back into the same plan, CSV and iCalendar', () => step8(), storyTimeout);

  const step9 = step(step8, async () => {
    const before = (await national.get<{ plans: unknown[] }>('/api/plans')).body.plans.length;
    const looped = await national.post<ErrorBody>('/api/plans/import', {
      format: 'minga.karabirrdt',
      version: 1,
      plan: { title: 'Con ciclo', startDate: '2027-01-01' },
      tasks: [
        { key: 'a', title: 'A', step: 1 },
        { key: 'b', title: 'B', step: 2 },
        { key: 'c', title: 'C', step: 14, startDate: '2027-02-01', dueDate: '2027-01-01' },
      ],
      threads: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'a', to: 'zz' },
      ],
    });
    expect(looped.status).toBe(422);
    expect(looped.body.error.code).toBe('karabirrdt_invalid_file');
    expect(looped.body.error.issues.map((issue) => issue.path)).toEqual([
      'plan.tasks.2.step',
      'plan.tasks.2.dueDate',
      'plan.threads.2.to',
    ]);
    const onlyLoop = await national.post<ErrorBody>('/api/plans/import', {
      format: 'minga.karabirrdt',
      version: 1,
      plan: { title: 'Con ciclo', startDate: '2027-01-01' },
      tasks: [
        { key: 'a', title: 'A', step: 1 },
        { key: 'b', title: 'B', step: 2 },
      ],
      threads: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
      ],
    });
    expect(onlyLoop.body.error.issues[0].message).toMatch(/ciclo: «[AB]» → «[AB]» → «[AB]»/);
    const notAPlan = await national.post<ErrorBody>('/api/plans/import', { format: 'otro' });
    expect(notAPlan.status).toBe(422);
    expect((await national.get<{ plans: unknown[] }>('/api/plans')).body.plans).toHaveLength(before);
  });
  it('refuses an invalid plan file with every problem and stores nothing', () => step9(), storyTimeout);
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
