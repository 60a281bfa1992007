import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { calendar } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';
import { addDialogue, addIdea, childcare, training, transport, vote } from './test-data.js';

// Written in Biobío too, but in a dialogue no phase of the cycle points to.
const fishing = [
  'Apoyo a la pesca artesanal en las caletas',
  'Capacitación en pesca artesanal y acuicultura para jóvenes',
];

type ErrorBody = { error: { code: string; message: string } };
interface ThemeList {
  scope: string;
  cycle: { id: number; year: number; status: string } | null;
  partial: boolean;
  canChange: boolean;
  unassigned: number;
  run: { ideaCount: number } | null;
  themes: Array<{ id: number; label: string; ideaCount: number; dots: number; dialogueCount: number }>;
}
interface ThemeDetail {
  label: string;
  scope: string;
  partial: boolean;
  canChange: boolean;
  ideas: Array<{
    id: number;
    text: string;
    dots: number;
    pinned: boolean;
    dialogue: { id: number; title: string; regionCode: string };
    table: { number: number; name: string } | null;
  }>;
}
interface TrackBody {
  phases: Array<{ id: number; phase: string }>;
}

describe.each(storeKinds)('synthesis themes for an annual cycle on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  let cycleId: number;
  let scope: string;
  const tracks: Record<string, number> = {};
  const ids: Record<string, number> = {};
  let biobio: Awaited<ReturnType<typeof addDialogue>>;
  let maule: Awaited<ReturnType<typeof addDialogue>>;
  let outside: Awaited<ReturnType<typeof addDialogue>>;
  let themeOf: (text: string) => ThemeList['themes'][number];

  const phaseOf = async (region: string, phase: string) => {
    const track = await national.get<TrackBody>(`/api/tracks/${tracks[region]}`);
    return track.body.phases.find((item) => item.phase === phase)!.id;
  };
  const textsOf = async (client: ApiClient, themeId: number) =>
    (await client.get<ThemeDetail>(`/api/synthesis/themes/${themeId}`)).body.ideas.map((idea) => idea.text);

  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.ctx.db;
    national = await server.signIn('national');
    const created = await national.post<{ id: number }>('/api/cycles', {
      year: 2027,
      phases: calendar(2027),
    });
    cycleId = created.body.id;
    scope = `ciclo-${cycleId}`;
    const cycle = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${cycleId}`,
    );
    for (const track of cycle.body.tracks) tracks[track.regionCode] = track.id;

    biobio = await addDialogue(db, 'CL-BI', 'Diálogo Concepción');
    maule = await addDialogue(db, 'CL-ML', 'Diálogo Talca');
    outside = await addDialogue(db, 'CL-BI', 'Diálogo Lota (fuera del ciclo)');
    for (const [index, text] of training.entries()) ids[`training${index}`] = await addIdea(db, biobio, text);
    for (const [index, text] of transport.entries())
      ids[`transport${index}`] = await addIdea(db, index < 2 ? biobio : maule, text);
    for (const [index, text] of childcare.entries())
      ids[`childcare${index}`] = await addIdea(db, maule, text);
    for (const text of fishing) await addIdea(db, outside, text);
    // A copy merged into the first training idea: its dots count there.
    const copy = await addIdea(db, biobio, 'Cursos de oficios para jóvenes', {
      merged_into_id: ids.training0,
    });
    await vote(db, biobio, ids.training0, 3);
    await vote(db, biobio, copy, 2);
    await vote(db, maule, ids.transport3, 4);
    await vote(db, maule, ids.childcare0, 1);

    // The Biobío dialogue serves active listening, the Maule one prioritisation: any phase counts.
    for (const [dialogue, region, phase] of [
      [biobio.id, 'CL-BI', 'escucha_activa'],
      [maule.id, 'CL-ML', 'priorizacion'],
    ] as const) {
      const attached = await national.post(`/api/phases/${await phaseOf(region, phase)}/attachments`, {
        kind: 'dialogue',
        refId: dialogue,
      });
      expect(attached.status).toBe(201);
    }
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    // The region's own themes first: they cover every Biobío dialogue and must stay apart.
    expect((await national.post('/api/synthesis/runs', { scope: 'CL-BI', k: 3, seed: 4 })).status).toBe(201);
    const run = await national.post<{ scope: string; k: number; ideaCount: number }>('/api/synthesis/runs', {
      scope,
      k: 3,
      seed: 4,
    });
    expect(run.status).toBe(201);
    expect(run.body).toMatchObject({ scope, k: 3, ideaCount: 12 });
    const list = await national.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({
      scope,
      cycle: { id: cycleId, year: 2027, status: 'abierto' },
      partial: false,
      canChange: true,
      unassigned: 0,
    });
    expect(list.body.themes.map((theme) => [theme.ideaCount, theme.dots])).toEqual([
      [4, 5],
      [4, 4],
      [4, 1],
    ]);
    const all = new Map<number, string[]>();
    for (const theme of list.body.themes) all.set(theme.id, await textsOf(national, theme.id));
    themeOf = (text) => list.body.themes.find((theme) => all.get(theme.id)?.includes(text))!;
    expect(all.get(themeOf(training[0]).id)?.sort()).toEqual([...training].sort());
    expect(all.get(themeOf(transport[0]).id)?.sort()).toEqual([...transport].sort());
    expect(themeOf(transport[0]).dialogueCount).toBe(2);
    expect([...all.values()].flat()).not.toContain(fishing[0]);

    const detail = await national.get<ThemeDetail>(`/api/synthesis/themes/${themeOf(training[0]).id}`);
    expect(detail.body).toMatchObject({ scope, canChange: true, partial: false });
    expect(detail.body.ideas[0]).toMatchObject({
      id: ids.training0,
      dots: 5,
      dialogue: { id: biobio.id, title: 'Diálogo Concepción', regionCode: 'CL-BI' },
      table: { number: 1, name: 'Mesa Uno' },
    });
    // The region's run still holds the unattached dialogue's ideas, and no Maule one.
    const region = await national.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    expect(region.body.themes.reduce((sum, theme) => sum + theme.ideaCount, 0)).toBe(8);
  });
  it(
    'groups only the attached dialogues’ ideas, weighted by dots at the end of the merge chain',
    () => step1(),
    storyTimeout,
  );

  const step2 = step(step1, async () => {
    const mauleManager = await server.signIn('regional', ['CL-ML']);
    const list = await mauleManager.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ partial: true, canChange: false, unassigned: 0 });
    // Training is Biobío's alone: not shown. Transport counts only its two Maule ideas.
    const shown = new Map(list.body.themes.map((theme) => [theme.id, theme]));
    expect(shown.has(themeOf(training[0]).id)).toBe(false);
    expect(shown.get(themeOf(transport[0]).id)).toMatchObject({ ideaCount: 2, dots: 4, dialogueCount: 1 });
    expect(shown.get(themeOf(childcare[0]).id)).toMatchObject({ ideaCount: 4, dots: 1 });
    const transportTheme = await mauleManager.get<ThemeDetail>(
      `/api/synthesis/themes/${themeOf(transport[0]).id}`,
    );
    expect(transportTheme.body).toMatchObject({ partial: true, canChange: false });
    expect(transportTheme.body.ideas.map((idea) => idea.dialogue.regionCode)).toEqual(['CL-ML', 'CL-ML']);
    // Outside their regions a theme does not exist for them; inside, changing it is the national team's.
    const trainingId = themeOf(training[0]).id;
    expect((await mauleManager.get(`/api/synthesis/themes/${trainingId}`)).status).toBe(404);
    expect((await mauleManager.patch(`/api/synthesis/themes/${trainingId}`, { label: 'x' })).status).toBe(
      404,
    );
    const refused = await mauleManager.patch<ErrorBody>(`/api/synthesis/themes/${themeOf(transport[0]).id}`, {
      label: 'x',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await mauleManager.post('/api/synthesis/runs', { scope })).status).toBe(403);

    // A facilitator follows the region rules: reads their region's part, runs nothing.
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    const theirs = await facilitator.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.themes.map((theme) => theme.ideaCount).sort()).toEqual([2, 4]);
    expect((await facilitator.post('/api/synthesis/runs', { scope })).status).toBe(403);
    // A region with no dialogue in the cycle sees no themes.
    const arica = await server.signIn('regional', ['CL-AP']);
    expect((await arica.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`)).body.themes).toEqual([]);

    for (const client of [national, mauleManager]) {
      const unknown = await client.get<ErrorBody>('/api/synthesis/themes?scope=ciclo-987654');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('not_found');
      expect((await client.post('/api/synthesis/runs', { scope: 'ciclo-987654' })).status).toBe(404);
    }
    for (const bad of ['ciclo-0', 'ciclo-x', 'Ciclo-1', 'ciclo-', `ciclo-${cycleId}x`, 'ciclo-1234567890']) {
      const answer = await national.get<ErrorBody>(`/api/synthesis/themes?scope=${encodeURIComponent(bad)}`);
      expect(answer.status, bad).toBe(400);
      expect(answer.body.error.code).toBe('invalid_input');
      expect((await national.post('/api/synthesis/runs', { scope: bad })).status, bad).toBe(400);
    }
  });
  it(
    'shows other staff only their regions’ part of a cycle, read-only; unknown cycle 404, bad scope 400',
    () => step2(),
    storyTimeout,
  );

  const step3 = step(step2, async () => {
    const trainingTheme = themeOf(training[0]);
    const transportTheme = themeOf(transport[0]);
    const childcareTheme = themeOf(childcare[0]);
    const regionBefore = await national.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    expect(
      (await national.patch(`/api/synthesis/themes/${trainingTheme.id}`, { label: 'Formación en oficios' }))
        .status,
    ).toBe(200);
    // The transport subsidy goes with work-life measures; rural buses become their own theme.
    expect(
      (await national.post(`/api/synthesis/themes/${childcareTheme.id}/ideas`, { ideaId: ids.transport3 }))
        .status,
    ).toBe(200);
    const split = await national.post<{ id: number }>(`/api/synthesis/themes/${transportTheme.id}/split`, {
      ideaIds: [ids.transport2],
      label: 'Transporte rural',
    });
    expect(split.status).toBe(201);
    // An idea of the region's themes that is not in the cycle cannot be moved into a cycle theme.
    const fishingIdea = (
      await server.ctx.db
        .selectFrom('ideas')
        .select('id')
        .where('text', '=', fishing[0])
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      (await national.post(`/api/synthesis/themes/${childcareTheme.id}/ideas`, { ideaId: fishingIdea }))
        .status,
    ).toBe(404);

    await addIdea(server.ctx.db, biobio, 'Capacitación en oficios digitales para jóvenes');
    await addIdea(server.ctx.db, outside, 'Capacitación en oficios para pescadores jóvenes');
    const stale = await national.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`);
    expect(stale.body.unassigned).toBe(1);
    const rerun = await national.post<{ ideaCount: number }>('/api/synthesis/runs', { scope, seed: 9 });
    expect(rerun.status).toBe(201);
    expect(rerun.body.ideaCount).toBe(13);
    const after = await national.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`);
    expect(after.body.unassigned).toBe(0);
    expect(after.body.themes.reduce((sum, theme) => sum + theme.ideaCount, 0)).toBe(13);
    const byId = new Map(after.body.themes.map((theme) => [theme.id, theme]));
    expect(byId.get(trainingTheme.id)?.label).toBe('Formación en oficios');
    expect(byId.get(split.body.id)?.label).toBe('Transporte rural');
    expect(await textsOf(national, trainingTheme.id)).toContain(
      'Capacitación en oficios digitales para jóvenes',
    );
    expect(await textsOf(national, split.body.id)).toContain(transport[2]);
    const childcareDetail = await national.get<ThemeDetail>(`/api/synthesis/themes/${childcareTheme.id}`);
    expect(childcareDetail.body.ideas.find((idea) => idea.id === ids.transport3)).toMatchObject({
      pinned: true,
      dots: 4,
    });
    for (const theme of after.body.themes)
      expect(await textsOf(national, theme.id)).not.toContain(
        'Capacitación en oficios para pescadores jóvenes',
      );
    // Merge works in the cycle too; the region's themes never moved.
    expect(
      (await national.post(`/api/synthesis/themes/${split.body.id}/merge`, { intoId: transportTheme.id }))
        .status,
    ).toBe(200);
    const regionAfter = await national.get<ThemeList>('/api/synthesis/themes?scope=CL-BI');
    expect(regionAfter.body.themes.map((theme) => [theme.id, theme.label, theme.ideaCount])).toEqual(
      regionBefore.body.themes.map((theme) => [theme.id, theme.label, theme.ideaCount]),
    );
    const audit = await national.get<{ entries: Array<{ action: string; after: unknown }> }>(
      '/api/audit?entity=synthesis_run',
    );
    expect(audit.body.entries.some((entry) => JSON.stringify(entry.after).includes(scope))).toBe(true);
  });
  it('keeps staff corrections through a re-run on new ideas, as for a region', () => step3(), storyTimeout);

  const step4 = step(step3, async () => {
    const biobioManager = await server.signIn('regional', ['CL-BI']);
    const trainingTheme = themeOf(training[0]);
    const prioritisation = await phaseOf('CL-BI', 'priorizacion');
    const attached = await biobioManager.post<{ label: string }>(
      `/api/phases/${prioritisation}/attachments`,
      {
        kind: 'theme',
        refId: trainingTheme.id,
      },
    );
    expect(attached.status).toBe(201);
    expect(attached.body.label).toBe('Formación en oficios');

    const next = await national.post<{ id: number }>('/api/cycles', { year: 2028, phases: calendar(2028) });
    expect(next.status).toBe(201);
    const nextCycle = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${next.body.id}`,
    );
    const nextTrack = nextCycle.body.tracks.find((track) => track.regionCode === 'CL-BI')!;
    const nextPhases = await national.get<TrackBody>(`/api/tracks/${nextTrack.id}`);
    const foreign = await biobioManager.post<ErrorBody>(
      `/api/phases/${nextPhases.body.phases[1].id}/attachments`,
      { kind: 'theme', refId: trainingTheme.id },
    );
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe('reference_unknown');

    // Starting 2028 closed 2027: its themes can be read, not run again or corrected.
    const closedRun = await national.post<ErrorBody>('/api/synthesis/runs', { scope });
    expect(closedRun.status).toBe(409);
    expect(closedRun.body.error.code).toBe('cycle_closed');
    expect(
      (await national.patch(`/api/synthesis/themes/${trainingTheme.id}`, { label: 'Otra' })).status,
    ).toBe(409);
    const readable = await national.get<ThemeList>(`/api/synthesis/themes?scope=${scope}`);
    expect(readable.status).toBe(200);
    expect(readable.body.canChange).toBe(false);
  });
  it(
    'attaches a cycle theme to a phase of that cycle only; a closed cycle’s themes are read-only',
    () => step4(),
    storyTimeout,
  );
});
