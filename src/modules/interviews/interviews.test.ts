import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';

type Error = { error: { code: string; message: string } };
interface Guide {
  id: number;
  questions: Array<{ id: number; text: string }>;
}
interface Interview {
  answers: Array<{ id: number; text: string; codings: Array<{ passage: string; label: string }> }>;
}

describe.each(storeKinds)('interviews, coding and synthesis on %s', (kind) => {
  let server: TestServer;
  let staff: Record<'biobio' | 'maule' | 'national', ApiClient>;
  let guide: Guide;
  let codes: { barrier: number; idea: number };
  beforeAll(async () => {
    server = await startTestServer(kind);
    // Sign-ins hash passwords (argon2): once per file, not per test.
    const [biobio, maule, national] = await Promise.all([
      server.signIn('regional', ['CL-BI']),
      server.signIn('regional', ['CL-ML']),
      server.signIn('national'),
    ]);
    staff = { biobio, maule, national };
    const created = await national.post<{ id: number }>('/api/interview-guides', {
      title: 'Pauta de escucha activa',
      questions: ['¿Qué necesita su sector en capacitación?', '¿Qué barreras ve para participar?'],
    });
    const list = await national.get<{ guides: Guide[] }>('/api/interview-guides');
    guide = list.body.guides.find((candidate) => candidate.id === created.body.id) as Guide;
    const barrier = await national.post<{ id: number }>('/api/interview-codes', {
      label: 'Barreras de acceso',
    });
    const idea = await national.post<{ id: number }>('/api/interview-codes', {
      label: 'Pertinencia de cursos',
    });
    codes = { barrier: barrier.body.id, idea: idea.body.id };
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    const biobio = staff.biobio;
    expect((await biobio.post('/api/interview-guides', { title: 'Otra', questions: ['¿?'] })).status).toBe(
      403,
    );
    expect((await biobio.post('/api/interview-codes', { label: 'Otro' })).status).toBe(403);
    expect(guide.questions.map((question) => question.text)).toEqual([
      '¿Qué necesita su sector en capacitación?',
      '¿Qué barreras ve para participar?',
    ]);
  });
  it('keeps guides and the codebook to the national team', () => step1(), storyTimeout);

  const step2 = step(step1, async () => {
    const biobio = staff.biobio;
    const actor = await biobio.post<{ id: number }>('/api/actors', {
      regionCode: 'CL-BI',
      name: 'Luis Pérez',
      sector: 'trabajador_desocupado',
    });
    const answer1 = 'Cursos cortos en horario vespertino, cerca de la casa.';
    const answer2 = 'La locomoción es cara y no hay cuidado infantil.';
    const recorded = await biobio.post<{ id: number }>('/api/interviews', {
      actorId: actor.body.id,
      guideId: guide.id,
      interviewer: 'Gestora Biobío',
      date: '2026-03-10',
      answers: [
        { questionId: guide.questions[0].id, text: answer1 },
        { questionId: guide.questions[1].id, text: answer2 },
      ],
    });
    expect(recorded.status).toBe(201);
    const detail = await biobio.get<Interview>(`/api/interviews/${recorded.body.id}`);
    const [first, second] = detail.body.answers;

    const coded = await biobio.post<{ passage: string }>(`/api/interviews/${recorded.body.id}/codings`, {
      answerId: second.id,
      codeId: codes.barrier,
      start: 0,
      end: 25,
    });
    expect(coded.status).toBe(201);
    expect(coded.body.passage).toBe(answer2.slice(0, 25));
    expect(
      (
        await biobio.post(`/api/interviews/${recorded.body.id}/codings`, {
          answerId: first.id,
          codeId: codes.idea,
          start: 0,
          end: 13,
        })
      ).status,
    ).toBe(201);

    const before = await server.ctx.db.selectFrom('coded_passages').select('id').execute();
    const outside = await biobio.post<Error>(`/api/interviews/${recorded.body.id}/codings`, {
      answerId: first.id,
      codeId: codes.idea,
      start: 10,
      end: answer1.length + 5,
    });
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('passage_outside_answer');
    expect(outside.body.error.message).toContain(String(answer1.length));
    const reversed = await biobio.post<Error>(`/api/interviews/${recorded.body.id}/codings`, {
      answerId: first.id,
      codeId: codes.idea,
      start: 8,
      end: 3,
    });
    expect(reversed.status).toBe(400);
    expect(await server.ctx.db.selectFrom('coded_passages').select('id').execute()).toHaveLength(
      before.length,
    );

    const heard = await biobio.get<{ actors: Array<{ id: number }> }>('/api/actors?notHeard=1');
    expect(heard.body.actors.map((entry) => entry.id)).not.toContain(actor.body.id);

    const national = staff.national;
    const synthesis = await national.get<{
      codes: Array<{
        label: string;
        passages: number;
        byRegion: unknown[];
        quotations: Array<{ text: string }>;
      }>;
    }>('/api/interviews/synthesis');
    const barrier = synthesis.body.codes.find((code) => code.label === 'Barreras de acceso');
    expect(barrier).toMatchObject({
      passages: 1,
      byRegion: [{ regionCode: 'CL-BI', passages: 1, interviews: 1 }],
    });
    expect(barrier?.quotations[0].text).toBe('La locomoción es cara y n');

    const audit = await national.get<{ entries: Array<{ action: string }> }>(
      `/api/audit?entity=interview&entityId=${recorded.body.id}`,
    );
    expect(audit.body.entries.map((entry) => entry.action).sort()).toEqual([
      'interview.code',
      'interview.code',
      'interview.create',
    ]);
  });
  it(
    'records an interview, codes passages inside answers, refuses passages outside, and synthesises',
    () => step2(),
    storyTimeout,
  );

  const step3 = step(step2, async () => {
    const biobio = staff.biobio;
    const maule = staff.maule;
    const actor = await maule.post<{ id: number }>('/api/actors', {
      regionCode: 'CL-ML',
      name: 'María',
      sector: 'empleador',
    });
    const before = await server.ctx.db.selectFrom('interviews').select('id').execute();
    const out = await biobio.post('/api/interviews', {
      actorId: actor.body.id,
      guideId: guide.id,
      interviewer: 'X',
      date: '2026-03-10',
      answers: [{ questionId: guide.questions[0].id, text: 'Hola' }],
    });
    expect(out.status).toBe(404);
    const wrong = await maule.post<Error>('/api/interviews', {
      actorId: actor.body.id,
      guideId: guide.id,
      interviewer: 'X',
      date: '2026-03-10',
      answers: [{ questionId: 999999, text: 'Hola' }],
    });
    expect(wrong.body.error.code).toBe('question_not_in_guide');
    const badDate = await maule.post('/api/interviews', {
      actorId: actor.body.id,
      guideId: guide.id,
      interviewer: 'X',
      date: '2026-02-30',
      answers: [{ questionId: guide.questions[0].id, text: 'Hola' }],
    });
    expect(badDate.status).toBe(400);
    expect(await server.ctx.db.selectFrom('interviews').select('id').execute()).toHaveLength(before.length);
    const biobioList = await biobio.get<{ interviews: Array<{ regionCode: string }> }>('/api/interviews');
    expect(biobioList.body.interviews.every((entry) => entry.regionCode === 'CL-BI')).toBe(true);
  });
  it(
    'refuses answers to questions of another guide and interviews of actors out of scope, storing nothing',
    () => step3(),
    storyTimeout,
  );

  const step4 = step(step3, async () => {
    const national = staff.national;
    const initial = await national.get<{ target: number; heard: number; regionTarget: number }>(
      '/api/interviews/coverage',
    );
    expect(initial.body).toMatchObject({ target: 100, heard: 1, regionTarget: 7 });
    const biobio = staff.biobio;
    expect((await biobio.put('/api/interviews/target', { target: 48 })).status).toBe(403);
    expect((await national.put('/api/interviews/target', { target: 48 })).status).toBe(200);
    const after = await national.get<{
      target: number;
      regionTarget: number;
      byRegion: Array<{ regionCode: string; heard: number; gap: number }>;
      bySector: Array<{ sector: string; heard: number }>;
    }>('/api/interviews/coverage');
    expect(after.body.target).toBe(48);
    expect(after.body.regionTarget).toBe(3);
    expect(after.body.byRegion).toHaveLength(16);
    expect(after.body.byRegion.find((row) => row.regionCode === 'CL-BI')).toMatchObject({ heard: 1, gap: 2 });
    expect(after.body.bySector.find((row) => row.sector === 'trabajador_desocupado')?.heard).toBe(1);
    const scoped = await biobio.get<{ byRegion: unknown[] }>('/api/interviews/coverage');
    expect(scoped.body.byRegion).toHaveLength(1);
  });
  it('shows who was heard per region and sector against a configurable target', () => step4(), storyTimeout);
});
