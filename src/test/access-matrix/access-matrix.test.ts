import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { roles } from './harness.js';
import { buildWorld, entries, publicRoutes, runMatrix } from './matrix.js';
import type { World } from './world.js';

/**
 * Issue #5: every route × every kind of caller against region A's real data — allowed or refused as
 * the tables of ./participation.ts, ./listening.ts, ./portfolio.ts, ./planning.ts and ./admin.ts
 * declare, and every refusal leaks nothing (see ./harness.ts for what each cell means).
 * MINGA_MATRIX_PRINT=1 prints the statuses observed, row by row.
 */
describe.each(storeKinds)('access matrix on %s', (kind) => {
  let server: TestServer;
  let world: World;
  beforeAll(async () => {
    server = await startTestServer(kind);
    world = await buildWorld(server);
  }, 120_000);
  afterAll(async () => server?.close());

  it('has a row for every registered route, of the route’s access kind, and no row for a route that is gone', () => {
    const registered = new Map(
      server.app.mingaRoutes.map((route) => [`${route.method} ${route.url}`, route.access]),
    );
    const problems: string[] = [];
    const covered = new Set<string>(publicRoutes);
    for (const id of publicRoutes)
      if (registered.get(id) !== 'public')
        problems.push(`${id} is listed as public but is not a public route`);
    for (const { feature, row } of entries) {
      const id = `${row.method} ${row.url}`;
      covered.add(id);
      const access = registered.get(id);
      if (!access) problems.push(`${row.label} (feature ${feature}): no such route is registered`);
      else if (access !== row.access)
        problems.push(`${row.label}: the route is ${access}, the row is written for ${row.access}`);
    }
    for (const id of registered.keys())
      if (!covered.has(id))
        problems.push(
          `${id} has no row in the access matrix: add one to the feature's table in src/server/access-matrix/`,
        );
    const labels = entries.map((entry) => entry.row.label);
    for (const label of labels)
      if (labels.indexOf(label) !== labels.lastIndexOf(label)) problems.push(`${label} has two rows`);
    expect(problems).toEqual([]);
  });

  it('answers every route as its row says, for every caller, and refusals reveal nothing', async () => {
    const outcome = await runMatrix(world);
    if (process.env.MINGA_MATRIX_PRINT)
      for (const { label, statuses } of outcome.observed.sort((a, b) => a.label.localeCompare(b.label)))
        console.info(
          label.padEnd(70),
          roles.map((role) => String(statuses[role] ?? '-').padEnd(4)).join(' '),
        );
    if (process.env.MINGA_MATRIX_PRINT) {
      for (const problem of outcome.problems) console.info(problem);
      console.info(`${entries.length} rows × ${roles.length} callers: ${outcome.calls} calls`);
    }
    expect(outcome.problems).toEqual([]);
    expect(outcome.calls).toBeGreaterThan(entries.length * roles.length);
  }, 180_000);
});
