import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive, joinPhone, phoneIdea, setPhase } from '../modules/dialogues/testing.js';
import type { RegisteredRoute } from '../platform/http/route.js';
import type { ApiClient } from '../test/client.js';
import { startTestServer, type TestServer } from '../test/server.js';
import { storeKinds } from '../test/stores.js';

/**
 * Properties every route of every feature must have, checked over the live route registry so that
 * a new feature is covered the day it is registered: staff routes refuse anonymous callers and
 * cookie writes without the CSRF token, and no input at all makes any JSON endpoint answer 500 —
 * on both stores: PostgreSQL refuses a NUL byte or an id beyond 32 bits where SQLite stores it, so
 * only there does such input reach a failing statement (issue #13 found 351 answers 500 there).
 */
describe.each(storeKinds)('every registered route on %s', (kind) => {
  let server: TestServer;
  let routes: RegisteredRoute[];
  let national: ApiClient;
  let phone: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    routes = server.app.mingaRoutes;
    national = await server.signIn('national');
    // A phone in a live dialogue, so participant routes reach their validation and service.
    const dialogue = await createDialogue(national, {});
    await goLive(national, dialogue.id);
    phone = await joinPhone(server, dialogue);
    await phoneIdea(phone, dialogue, 'Una idea para que los votos tengan destino');
    await setPhase(national, dialogue.id, 'voting');
  }, 120_000);
  afterAll(async () => server?.close());

  const concrete = (url: string, id = '1') =>
    url.replace(/:(\w+)/g, (_, name: string) => (name === 'code' ? 'ABC234' : id));

  it('refuses anonymous callers on staff routes with 401, whatever the input', async () => {
    const staffRoutes = routes.filter((route) => route.access === 'staff');
    expect(staffRoutes.length).toBeGreaterThan(3);
    for (const route of staffRoutes) {
      const response = await server
        .client()
        .request(
          route.method,
          concrete(route.url, 'x'),
          route.method === 'GET' ? undefined : { bogus: true },
        );
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses cookie-authenticated writes without the CSRF token with 403', async () => {
    const writes = routes.filter((route) => route.access === 'staff' && route.method !== 'GET');
    const token = national.csrfToken;
    national.csrfToken = '';
    try {
      for (const route of writes) {
        if (route.url === '/api/auth/logout') continue;
        const response = await national.request<{ error: { code: string } }>(
          route.method,
          concrete(route.url),
          {},
        );
        expect(response.status, `${route.method} ${route.url}`).toBe(403);
        expect(response.body.error.code).toBe('csrf_failed');
      }
    } finally {
      national.csrfToken = token;
    }
  });

  it('never answers 500 to random or hostile input on any JSON endpoint (fast-check)', async () => {
    const candidates = routes.filter((route) => route.url !== '/api/auth/logout');
    // What an attacker types: NUL and other control characters, text that is only invisible
    // characters, ids past 32 and 53 bits, numbers written in hex or exponent form.
    const hostile = fc.oneof(
      fc.constantFrom(
        '\u0000',
        'a\u0000b',
        '\u200B\u200B',
        '\uFEFF',
        '\u0007bell',
        '\u001b[31m',
        '0x10',
        '1e400',
        ' 7 ',
        'x'.repeat(300_000),
      ),
      fc.constantFrom(2147483648, 2 ** 53, -2147483649, 1e308, 0.5, -0),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile);
    const bodies = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      hostile,
      fc.dictionary(
        fc.constantFrom(
          'text',
          'name',
          'email',
          'id',
          'ideaId',
          'delta',
          'status',
          'phase',
          'regionCode',
          'title',
          'date',
          'tableId',
          'rating',
          'password',
          'clientKey',
          'organizationId',
          'question',
          'comment',
        ),
        value,
      ),
    );
    const ids = fc.oneof(
      fc.constantFrom(
        '1',
        '0',
        '-1',
        '999999999999',
        '2147483648',
        '9007199254740993',
        '0x10',
        'abc',
        '%00',
        '1e3',
        "1'",
        '%E2%80%8B',
      ),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...candidates), bodies, ids, async (route, body, id) => {
        const client =
          route.access === 'staff' ? national : route.access === 'participant' ? phone : server.client();
        const response = await client.request(
          route.method,
          concrete(route.url, id || '1'),
          route.method === 'GET' ? undefined : body,
        );
        expect(response.status, `${route.method} ${route.url} ${JSON.stringify(body)}`).toBeLessThan(500);
      }),
      { numRuns: Math.max(200, candidates.length * 8), seed: 20261125 },
    );
    // Bounded by the number of runs, not by time: a few runs load the demo data and cluster its
    // 1,820 ideas, which takes seconds on a busy two-core machine.
  }, 180_000);
});
