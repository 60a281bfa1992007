import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/index.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';
import { addDialogue, addIdea, childcare, stamp, training, transport, vote } from './test-data.js';

interface ThemeList {
  scope: string;
  unassigned: number;
  run: { kChoice: string } | null;
  themes: Array<{
    id: number;
    label: string;
    keywords: string[];
    ideaCount: number;
    dots: number;
    dialogueCount: number;
  }>;
}
interface ThemeDetail {
  label: string;
  dots: number;
  ideas: Array<{
    id: number;
    text: string;
    dots: number;
    pinned: boolean;
    dialogue: { id: number; title: string };
    table: { number: number; name: string } | null;
  }>;
}

describe.each(storeKinds)('synthesis themes and duplicates on %s', (kind) => {
  let server: TestServer;
  let db: Db;
  let first: Awaited<ReturnType<typeof addDialogue>>;
  let second: Awaited<ReturnType<typeof addDialogue>>;
  let maule: Awaited<ReturnType<typeof addDialogue>>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    db = server.ctx.db;
    first = await addDialogue(db, 'CL-BI', 'Diálogo Concepción');
    second = await addDialogue(db, 'CL-BI', 'Diálogo Los Ángeles');
    maule = await addDialogue(db, 'CL-ML', 'Diálogo Talca');
    for (const [index, text] of [...training, ...transport, ...childcare].entries()) {
      ids[`idea${index}`] = await addIdea(db, index % 2 ? second : first, text);
    }
    // A copy merged into the first training idea: its dots count there.
    ids.merged = await addIdea(db, first, 'Cursos de oficios para jóvenes', { merged_into_id: ids.idea0 });
    ids.hidden = await addIdea(db, first, 'Texto ofensivo escondido', {
      hidden_at: stamp,
      hidden_reason: 'ofensiva',
    });
    await vote(db, first, ids.idea0, 3);
    await vote(db, first, ids.merged, 2);
    await vote(db, second, ids.idea5, 4);
    await addIdea(db, maule, 'Más fiscalización laboral en el campo');
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    const national = await server.signIn('national');
    const run = await national.post<{ k: number; ideaCount: number }>('/api/synthesis/runs', {
      scope: 'CL-BI',
      k: 3,
      seed: 4,
    });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ k: 3, ideaCount: 12 });
    const list = await national.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    expect(list.status).toBe(200);
    expect(list.body.themes).toHaveLength(3);
    expect(list.body.unassigned).toBe(0);
    expect(list.body.themes.map((theme) => theme.ideaCount)).toEqual([4, 4, 4]);
    // Dots: 3 + 2 (merged copy) on training, 4 on transport; themes sorted by dots.
    expect(list.body.themes.map((theme) => theme.dots)).toEqual([5, 4, 0]);
    expect(list.body.themes[0].label.toLowerCase()).toMatch(/capacitación|oficios|jóvenes|cursos/);
    expect(list.body.themes[0].dialogueCount).toBe(2);

    const detail = await national.get<ThemeDetail>(`/api/synthesis/themes/${list.body.themes[0].id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.ideas[0]).toMatchObject({
      id: ids.idea0,
      dots: 5,
      dialogue: { id: first.id, title: 'Diálogo Concepción' },
      table: { number: 1, name: 'Mesa Uno' },
    });
    expect(detail.body.ideas.map((idea) => idea.text).sort()).toEqual([...training].sort());
  });
  it(
    'groups a region’s ideas into themes weighted by dots at the end of the merge chain',
    () => step1(),
    storyTimeout,
  );

  const step2 = step(step1, async () => {
    const mauleManager = await server.signIn('regional', ['CL-ML']);
    expect((await mauleManager.get('/api/synthesis/themes?scope=CL-BI')).status).toBe(404);
    expect((await mauleManager.get('/api/synthesis/themes?scope=CL')).status).toBe(404);
    expect((await mauleManager.post('/api/synthesis/runs', { scope: 'CL-BI' })).status).toBe(404);
    const national = await server.signIn('national');
    const list = await national.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    expect((await mauleManager.get(`/api/synthesis/themes/${list.body.themes[0].id}`)).status).toBe(404);
    expect(
      (await mauleManager.patch(`/api/synthesis/themes/${list.body.themes[0].id}`, { label: 'x' })).status,
    ).toBe(404);
    const tooMany = await mauleManager.post<{ error: { code: string; message: string } }>(
      '/api/synthesis/runs',
      {
        scope: 'CL-ML',
        k: 5,
      },
    );
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.message).toBe('Pediste 5 temas, pero hay solo 1 ideas en este alcance.');
    const bad = await mauleManager.post('/api/synthesis/runs', { scope: 'Maule', k: 0 });
    expect(bad.status).toBe(400);
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    expect((await facilitator.get('/api/synthesis/themes?scope=CL-BI')).status).toBe(200);
    expect((await facilitator.post('/api/synthesis/runs', { scope: 'CL-BI' })).status).toBe(403);
  });
  it('scopes themes to the caller’s regions and answers 404 outside them', () => step2(), storyTimeout);

  const step3 = step(step2, async () => {
    const manager = await server.signIn('regional', ['CL-BI']);
    const list = await manager.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    const [trainingTheme, transportTheme, childcareTheme] = list.body.themes;
    expect(
      (await manager.patch(`/api/synthesis/themes/${trainingTheme.id}`, { label: 'Formación en oficios' }))
        .status,
    ).toBe(200);
    // Staff decide the transport subsidy belongs with work-life measures.
    const moved = await manager.post(`/api/synthesis/themes/${childcareTheme.id}/ideas`, {
      ideaId: ids.idea7,
    });
    expect(moved.status).toBe(200);
    const split = await manager.post<{ id: number }>(`/api/synthesis/themes/${transportTheme.id}/split`, {
      ideaIds: [ids.idea6],
      label: 'Transporte rural',
    });
    expect(split.status).toBe(201);
    const refusedSplit = await manager.post(`/api/synthesis/themes/${transportTheme.id}/split`, {
      ideaIds: [ids.idea0],
      label: 'x',
    });
    expect(refusedSplit.status).toBe(422);
    expect(
      (await manager.post(`/api/synthesis/themes/${split.body.id}/merge`, { intoId: split.body.id })).status,
    ).toBe(422);

    // New ideas arrive; the theme run again (automatic k) keeps the corrections.
    await addIdea(db, first, 'Capacitación en oficios digitales para jóvenes');
    await addIdea(db, second, 'Más buses de transporte público los domingos');
    const rerun = await manager.post<{ ideaCount: number }>('/api/synthesis/runs', {
      scope: 'CL-BI',
      seed: 9,
    });
    expect(rerun.status).toBe(201);
    expect(rerun.body.ideaCount).toBe(14);
    const after = await manager.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    expect(after.body.unassigned).toBe(0);
    expect(after.body.run?.kChoice).toMatch(/silueta/);
    const byId = new Map(after.body.themes.map((theme) => [theme.id, theme]));
    expect(byId.get(trainingTheme.id)?.label).toBe('Formación en oficios');
    expect(byId.get(split.body.id)?.label).toBe('Transporte rural');
    const childcareDetail = await manager.get<ThemeDetail>(`/api/synthesis/themes/${childcareTheme.id}`);
    expect(childcareDetail.body.ideas.find((idea) => idea.id === ids.idea7)?.pinned).toBe(true);
    const splitDetail = await manager.get<ThemeDetail>(`/api/synthesis/themes/${split.body.id}`);
    expect(splitDetail.body.ideas.map((idea) => idea.id)).toContain(ids.idea6);
    const trainingDetail = await manager.get<ThemeDetail>(`/api/synthesis/themes/${trainingTheme.id}`);
    expect(trainingDetail.body.ideas.map((idea) => idea.text)).toContain(
      'Capacitación en oficios digitales para jóvenes',
    );
    const total = after.body.themes.reduce((sum, theme) => sum + theme.ideaCount, 0);
    expect(total).toBe(14);

    // Merge: the split theme goes back into transport; its ideas follow, pinned.
    const merged = await manager.post(`/api/synthesis/themes/${split.body.id}/merge`, {
      intoId: transportTheme.id,
    });
    expect(merged.status).toBe(200);
    const closed = await manager.get<{ status: string }>(`/api/synthesis/themes/${split.body.id}`);
    expect(closed.body.status).toBe('merged');
    const renameClosed = await manager.patch(`/api/synthesis/themes/${split.body.id}`, { label: 'otra' });
    expect(renameClosed.status).toBe(409);
    const audit = await manager.get<{ entries: Array<{ action: string }> }>('/api/audit');
    const actions = audit.body.entries.map((entry) => entry.action);
    for (const action of [
      'synthesis.run',
      'synthesis.theme.rename',
      'synthesis.idea.move',
      'synthesis.theme.split',
      'synthesis.theme.merge',
    ]) {
      expect(actions).toContain(action);
    }
  });
  it(
    'keeps staff corrections (rename, move, split, merge) through a re-run on new ideas',
    () => step3(),
    storyTimeout,
  );

  const step4 = step(step3, async () => {
    const live = await addDialogue(db, 'CL-BI', 'Diálogo en vivo');
    const original = await addIdea(db, live, 'Más buses nocturnos para los trabajadores de turno');
    await addIdea(db, live, 'Salas cuna en los lugares de trabajo');
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    const manager = await server.signIn('regional', ['CL-BI']);
    const empty = await manager.get<{ duplicates: unknown[] }>(
      `/api/dialogues/${live.id}/ideas/${original}/duplicates`,
    );
    expect(empty.status).toBe(200);
    expect(empty.body.duplicates).toEqual([]);
    // A new idea arrives, with a typo and no accents: the index catches up on the next request.
    const copy = await addIdea(db, live, 'mas buses nocturnos para trabajadores de turnos');
    const found = await manager.get<{ duplicates: Array<{ ideaId: number; score: number; text: string }> }>(
      `/api/dialogues/${live.id}/ideas/${copy}/duplicates`,
    );
    expect(found.status).toBe(200);
    expect(found.body.duplicates[0]).toMatchObject({
      ideaId: original,
      text: 'Más buses nocturnos para los trabajadores de turno',
    });
    expect(found.body.duplicates[0].score).toBeGreaterThan(0.7);
    expect(found.body.duplicates).toHaveLength(1);
    // Merged away: no longer suggested.
    await db
      .updateTable('ideas')
      .set({ merged_into_id: copy, updated_at: new Date(Date.now() + 1000).toISOString() })
      .where('id', '=', original)
      .execute();
    const afterMerge = await manager.get<{ duplicates: unknown[] }>(
      `/api/dialogues/${live.id}/ideas/${copy}/duplicates`,
    );
    expect(afterMerge.body.duplicates).toEqual([]);
    // A facilitator who does not run this dialogue, a Maule manager, a wrong idea: 404.
    expect((await facilitator.get(`/api/dialogues/${live.id}/ideas/${copy}/duplicates`)).status).toBe(404);
    const mauleManager = await server.signIn('regional', ['CL-ML']);
    expect((await mauleManager.get(`/api/dialogues/${live.id}/ideas/${copy}/duplicates`)).status).toBe(404);
    expect((await manager.get(`/api/dialogues/${maule.id}/ideas/${copy}/duplicates`)).status).toBe(404);
    await db
      .insertInto('dialogue_facilitators')
      .values({ dialogue_id: live.id, user_id: facilitator.userId })
      .execute();
    expect((await facilitator.get(`/api/dialogues/${live.id}/ideas/${copy}/duplicates`)).status).toBe(200);
  });
  it('suggests near-duplicates in a live dialogue, incrementally, with a score', () => step4(), storyTimeout);
});
