import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue } from '../../modules/dialogues/testing.js';
import { startTestServer, type TestServer } from '../../test/server.js';

/**
 * The live hub's Redis is unreachable (nothing listens on port 9): a committed change must still
 * answer as committed, once, so that nobody retries it into a duplicate.
 */
describe('a change whose announcement fails', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { REDIS_URL: 'redis://127.0.0.1:9' });
  });
  afterAll(async () => server?.close());

  it('answers a plan change and a dialogue change as done, and stores each once', async () => {
    const national = await server.signIn('national');
    const plan = await national.post<{ id: number }>('/api/plans', {
      title: 'Plan con el anuncio caído',
      regionCode: 'CL-BI',
      startDate: '2027-01-04',
    });
    expect(plan.status).toBe(201);
    const member = await national.post(`/api/plans/${plan.body.id}/members`, { name: 'Ana Pérez' });
    expect(member.status).toBe(201);
    const members = await server.ctx.db
      .selectFrom('karabirrdt_members')
      .select('id')
      .where('plan_id', '=', plan.body.id)
      .execute();
    expect(members).toHaveLength(1);

    const dialogue = await createDialogue(national);
    const opened = await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    expect(opened.status).toBe(200);
  }, 30_000);
});
