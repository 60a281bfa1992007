import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

// PostgreSQL may close the app's idle connections (a restart, an administrator, a failover). Without
// a listener on the pool that error would end the process; the app must go on with new connections.
describe.runIf(storeKinds.includes('postgres'))('PostgreSQL connections closed by the server', () => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer('postgres');
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('keeps serving after every idle connection of the app is terminated', async () => {
    // Open several pooled connections, then let them go idle.
    const before = await Promise.all(Array.from({ length: 6 }, () => national.get('/api/dialogues')));
    expect(before.every((response) => response.status === 200)).toBe(true);
    const url = new URL(server.app.ctx.config.DATABASE_URL!);
    const database = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    // The pool says so for each connection it drops; wait for all of them, not for a time.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const dropped = () =>
      warn.mock.calls.filter(([message]) => String(message).startsWith('PostgreSQL cerró una conexión'))
        .length;
    let killedCount = 0;
    try {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      killedCount = killed.rowCount ?? 0;
    } finally {
      await admin.end();
    }
    while (dropped() < killedCount) await new Promise((resolve) => setTimeout(resolve, 10));
    warn.mockRestore();
    const after = await Promise.all(Array.from({ length: 6 }, () => national.get('/api/dialogues')));
    expect(after.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });
});
