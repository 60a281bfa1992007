import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive, joinPhone } from '../../modules/dialogues/testing.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

/** Check-then-insert rules under real concurrency: the requests are all in flight at once. */
describe.each(storeKinds)('one of a kind, under concurrent requests, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('creates one national account when several first setups arrive at once', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        server.client().post('/api/setup', {
          email: `primera${index}@sence.cl`,
          name: `Primera ${index}`,
          password: 'una-clave-larga',
        }),
      ),
    );
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    const accounts = await server.ctx.db.selectFrom('staff_users').select('id').execute();
    expect(accounts).toHaveLength(1);
  });

  it('stores one organisation when staff and phones create the same new name at once', async () => {
    const national = await server.signIn('national');
    const created = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        national.post<{ id: number }>('/api/organizations', {
          name: index % 2 ? 'Cooperativa Los Copihues' : 'cooperativa los copihues',
          regionCode: 'CL-AR',
        }),
      ),
    );
    expect(created.every((response) => response.status < 300)).toBe(true);
    expect(new Set(created.map((response) => response.body.id)).size).toBe(1);

    const dialogue = await createDialogue(national, { regionCode: 'CL-LL' });
    await goLive(national, dialogue.id);
    await Promise.all(
      Array.from({ length: 6 }, () =>
        joinPhone(server, dialogue, { organizationName: 'Sindicato Pesquero Nuevo' }),
      ),
    );
    const rows = await server.ctx.db
      .selectFrom('organizations')
      .select(['id', 'region_code'])
      .where((eb) =>
        eb(eb.fn('lower', ['name']), 'in', ['cooperativa los copihues', 'sindicato pesquero nuevo']),
      )
      .execute();
    expect(rows.map((row) => row.region_code).sort()).toEqual(['CL-AR', 'CL-LL']);
  });
});
