import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/index.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { waitFor } from '../../test/smtp.js';
import { storeKinds } from '../../test/stores.js';
import { addDialogue, addIdea, childcare, stamp, training, transport } from './test-data.js';

interface Job {
  id: number;
  scope: string;
  status: string;
  stage: string | null;
  percent: number;
  ideaCount: number;
  runId: number | null;
  result: { k: number; themeCount: number } | null;
  error: string | null;
}

async function jobOf(client: ApiClient, id: number): Promise<Job> {
  const response = await client.get<Job>(`/api/synthesis/jobs/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function until(client: ApiClient, id: number, check: (job: Job) => boolean, what: string) {
  let last: Job | null = null;
  await waitFor(
    async () => {
      last = await jobOf(client, id);
      return check(last);
    },
    what,
    90_000,
  );
  return last as unknown as Job;
}

describe.each(storeKinds)('theme jobs on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const dialogue = await addDialogue(server.ctx.db, 'CL-BI', 'Diálogo Concepción');
    for (const text of [...training, ...transport, ...childcare])
      await addIdea(server.ctx.db, dialogue, text);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('runs in the background, reports its progress and stores its run', async () => {
    const started = await national.post<Job>('/api/synthesis/jobs', { scope: 'CL-BI', k: 3, seed: 4 });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ scope: 'CL-BI', ideaCount: 12 });
    expect(['queued', 'running', 'done']).toContain(started.body.status);
    const done = await until(national, started.body.id, (job) => job.status === 'done', 'trabajo terminado');
    expect(done).toMatchObject({ percent: 100, error: null, result: { k: 3, themeCount: 3 } });
    const list = await national.get<{ job: Job | null; run: { id: number }; themes: unknown[] }>(
      '/api/synthesis/themes?scope=CL-BI',
    );
    expect(list.body.job).toBeNull();
    expect(list.body.run.id).toBe(done.runId);
    expect(list.body.themes).toHaveLength(3);
    // Each theme reads as a phrase, says why its ideas are together and which represent it best.
    const transport = (list.body.themes as Array<{ id: number; label: string }>).find((theme) =>
      /transporte|buses/i.test(theme.label),
    );
    const detail = await national.get<{
      phrases: Array<{ phrase: string; ideas: number }>;
      representatives: number[];
      ideas: Array<{ id: number }>;
    }>(`/api/synthesis/themes/${transport?.id}`);
    expect(detail.body.phrases).toContainEqual({ phrase: 'transporte público', ideas: 4 });
    expect(detail.body.representatives).toHaveLength(4);
    expect(detail.body.ideas.map((idea) => idea.id)).toEqual(
      expect.arrayContaining(detail.body.representatives),
    );

    // An ended job cannot be cancelled; someone outside the region does not see it.
    const cancel = await national.post<{ error: { code: string } }>(`/api/synthesis/jobs/${done.id}/cancel`);
    expect(cancel.status).toBe(409);
    expect(cancel.body.error.code).toBe('synthesis_job_ended');
    const maule = await server.signIn('regional', ['CL-ML']);
    expect((await maule.get(`/api/synthesis/jobs/${done.id}`)).status).toBe(404);
    expect((await maule.post(`/api/synthesis/jobs/${done.id}/cancel`)).status).toBe(404);
  });

  it('refuses bad requests before queueing anything', async () => {
    const tooMany = await national.post<{ error: { code: string } }>('/api/synthesis/jobs', {
      scope: 'CL-BI',
      k: 50,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('synthesis_too_many_themes');
    const viewer = await server.signIn('regional', ['CL-ML']);
    expect((await viewer.post('/api/synthesis/jobs', { scope: 'CL-BI' })).status).toBe(404);
    expect((await national.get('/api/synthesis/jobs/999999')).status).toBe(404);
  });

  it('closes a job cut off by a restart as failed', async () => {
    const id = await server.ctx.db
      .insertInto('synthesis_jobs')
      .values({
        scope: 'CL-BI',
        k: null,
        seed: 1,
        status: 'running',
        stage: 'agrupación',
        percent: 60,
        idea_count: 12,
        run_id: null,
        result_json: null,
        error: null,
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const job = await jobOf(national, id.id);
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/reinició/);
  });
});

/** Ideas on top of the demo, so that a national run lasts long enough to look at the server during it. */
async function addManyIdeas(db: Db, count: number) {
  const dialogues = await db.selectFrom('dialogues').select('id').execute();
  const words = [...training, ...transport, ...childcare].join(' ').split(' ');
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, index) => ({
      dialogue_id: dialogues[(start + index) % dialogues.length].id,
      question_id: null,
      table_id: null,
      participant_id: null,
      text: Array.from({ length: 8 }, () => words[next() % words.length]).join(' '),
      source: 'card' as const,
      hidden_reason: null,
      hidden_at: null,
      merged_into_id: null,
      client_key: null,
      external_id: null,
      created_at: stamp,
      updated_at: stamp,
    }));
    await db.insertInto('ideas').values(rows).execute();
  }
}

describe('a national theme run on the demo', () => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    national = await server.signIn('national');
    expect((await national.post('/api/demo')).status).toBe(201);
    await addManyIdeas(server.ctx.db, 20_000);
  }, 120_000);
  afterAll(async () => server?.close());

  it('leaves the server answering while it runs, and can be cancelled', async () => {
    const started = await national.post<Job>('/api/synthesis/jobs', { scope: 'CL' });
    expect(started.status).toBe(202);
    const id = started.body.id;
    // Wait until the clustering itself is under way (past reading the texts).
    const running = await until(
      national,
      id,
      (job) => job.status === 'running' && job.stage !== null && job.stage !== 'texto',
      'agrupación nacional en curso',
    );
    expect(running.percent).toBeGreaterThanOrEqual(30);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    // /health answered while the job was still running: the run is off the event loop.
    expect((await jobOf(national, id)).status).toBe('running');

    const list = await national.get<{ job: Job | null }>('/api/synthesis/themes?scope=CL');
    expect(list.body.job).toMatchObject({ id, status: 'running' });
    const second = await national.post<{ error: { code: string } }>('/api/synthesis/jobs', { scope: 'CL' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('synthesis_job_open');

    const cancelled = await national.post<Job>(`/api/synthesis/jobs/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const after = await national.get<{ job: Job | null; run: unknown }>('/api/synthesis/themes?scope=CL');
    expect(after.body.job).toBeNull();
    expect(after.body.run).toBeNull();
    // The scope is free again.
    const again = await national.post<Job>('/api/synthesis/jobs', { scope: 'CL', k: 12 });
    expect(again.status).toBe(202);
    const done = await until(national, again.body.id, (job) => job.status === 'done', 'segunda agrupación');
    expect(done.result?.k).toBe(12);
  }, 180_000);
});
