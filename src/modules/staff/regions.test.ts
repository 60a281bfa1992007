import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../platform/auth/password.js';
import { now } from '../../platform/db/index.js';
import { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { insertStaff, replaceStaffRegions } from './queries.js';

type ErrorBody = { error: { code: string; message: string; issues: Array<{ path: string }> } };
const password = 'una-clave-larga';

describe.each(storeKinds)('staff accounts belong to regions on %s', (kind) => {
  let server: TestServer;
  let national: Awaited<ReturnType<TestServer['signIn']>>;
  let biobio: Awaited<ReturnType<TestServer['signIn']>>;
  let counter = 0;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
    biobio = await server.signIn('regional', ['CL-BI']);
  });
  afterAll(async () => server?.close());

  const account = async (role: string, regions: string[]) => {
    counter += 1;
    const email = `cuenta${counter}@sence.test`;
    const created = await national.post<{ id: number }>('/api/staff', {
      email,
      name: `Persona Secreta ${counter}`,
      password,
      role,
      regions,
    });
    expect(created.status).toBe(201);
    return { id: created.body.id, email, name: `Persona Secreta ${counter}` };
  };

  /** A row as an older version left it: a facilitator with no region at all. */
  const legacyWithoutRegions = async () => {
    counter += 1;
    const email = `sin-region${counter}@sence.test`;
    const name = `Sin Región ${counter}`;
    const id = await insertStaff(server.ctx.db, {
      email,
      name,
      role: 'facilitator',
      password_hash: await hashPassword(password),
      locale: 'es',
      created_at: now(),
      disabled_at: null,
    });
    await replaceStaffRegions(server.ctx.db, id, []);
    return { id, email, name };
  };

  const canStillSignIn = async (email: string) => {
    const client = new ApiClient(server.url);
    const response = await client.post('/api/auth/login', { email, password });
    return response.status === 200;
  };

  it('refuses a facilitator or a regional manager without a region, naming body.regions, in Spanish and English', async () => {
    for (const role of ['facilitator', 'regional']) {
      for (const regions of [[], undefined]) {
        const refused = await national.post<ErrorBody>('/api/staff', {
          email: `sin.${role}.${regions ? 'vacia' : 'ausente'}@sence.test`,
          name: 'Sin región',
          password,
          role,
          ...(regions ? { regions } : {}),
        });
        expect(refused.status).toBe(400);
        expect(refused.body.error.code).toBe('regions_required');
        expect(refused.body.error.message).toContain('al menos una región');
        expect(refused.body.error.issues.map((issue) => issue.path)).toEqual(['body.regions']);
      }
    }
    const english = await national.request<ErrorBody>(
      'POST',
      '/api/staff',
      { email: 'sin.en@sence.test', name: 'No region', password, role: 'facilitator' },
      { 'accept-language': 'en' },
    );
    expect(english.body.error.message).toContain('at least one region');
    const list = await national.get<{ users: Array<{ email: string }> }>('/api/staff');
    expect(list.body.users.map((user) => user.email).filter((email) => email.startsWith('sin.'))).toEqual([]);
    // The national team needs none.
    const nationalAccount = await national.post('/api/staff', {
      email: 'otra.nacional@sence.test',
      name: 'Otra nacional',
      password,
      role: 'national',
    });
    expect(nationalAccount.status).toBe(201);
  });

  it('refuses to take the last region away or to make a national account regional without one', async () => {
    const facilitator = await account('facilitator', ['CL-BI']);
    const emptied = await national.patch<ErrorBody>(`/api/staff/${facilitator.id}`, { regions: [] });
    expect(emptied.status).toBe(400);
    expect(emptied.body.error.code).toBe('regions_required');
    expect(emptied.body.error.issues[0].path).toBe('body.regions');
    const fromBiobio = await biobio.patch<ErrorBody>(`/api/staff/${facilitator.id}`, { regions: [] });
    expect(fromBiobio.body.error.code).toBe('regions_required');
    const nat = await account('national', []);
    const demoted = await national.patch<ErrorBody>(`/api/staff/${nat.id}`, { role: 'facilitator' });
    expect(demoted.status).toBe(400);
    expect(demoted.body.error.code).toBe('regions_required');
    const withRegion = await national.patch(`/api/staff/${nat.id}`, {
      role: 'facilitator',
      regions: ['CL-ML'],
    });
    expect(withRegion.status).toBe(200);
  });

  it('lets a Biobío manager manage only accounts wholly within Biobío, never one with no region', async () => {
    const own = await account('facilitator', ['CL-BI']);
    const shared = await account('facilitator', ['CL-BI', 'CL-RM']);
    const orphan = await legacyWithoutRegions();

    const list = await biobio.get<{ users: Array<{ email: string }> }>('/api/staff');
    const listed = JSON.stringify(list.body);
    expect(listed).toContain(own.email);
    for (const hidden of [shared, orphan]) {
      expect(listed).not.toContain(hidden.email);
      expect(listed).not.toContain(hidden.name);
    }

    for (const target of [shared, orphan]) {
      for (const patch of [{ password: 'clave-del-atacante' }, { name: 'Otro nombre' }, { disabled: true }]) {
        const refused = await biobio.patch(`/api/staff/${target.id}`, patch);
        expect([403, 404]).toContain(refused.status);
        const text = JSON.stringify(refused.body);
        expect(text).not.toContain(target.email);
        expect(text).not.toContain(target.name);
      }
      // Nothing changed: the old password still works and the account is not disabled.
      expect(await canStillSignIn(target.email)).toBe(true);
      const attacker = await new ApiClient(server.url).post('/api/auth/login', {
        email: target.email,
        password: 'clave-del-atacante',
      });
      expect(attacker.status).toBe(401);
    }
    const all = await national.get<{ users: Array<{ id: number; name: string }> }>('/api/staff');
    expect(all.body.users.find((user) => user.id === shared.id)?.name).toBe(shared.name);

    // Nor may the manager widen an own facilitator beyond Biobío, or pull one in from elsewhere.
    const widen = await biobio.patch(`/api/staff/${own.id}`, { regions: ['CL-BI', 'CL-RM'] });
    expect(widen.status).toBe(403);
    const pullIn = await biobio.patch(`/api/staff/${shared.id}`, { regions: ['CL-BI'] });
    expect(pullIn.status).toBe(404);
    // What is theirs they do manage.
    const reset = await biobio.patch(`/api/staff/${own.id}`, { password: 'nueva-clave-larga' });
    expect(reset.status).toBe(200);
  });

  it('gives a manager whose account has no region no reach at all', async () => {
    counter += 1;
    const email = `gestora-sin-region${counter}@sence.test`;
    const id = await insertStaff(server.ctx.db, {
      email,
      name: 'Gestora sin región',
      role: 'regional',
      password_hash: await hashPassword(password),
      locale: 'es',
      created_at: now(),
      disabled_at: null,
    });
    expect(id).toBeGreaterThan(0);
    const manager = new ApiClient(server.url);
    await manager.login(email, password);
    const orphan = await legacyWithoutRegions();
    const list = await manager.get<{ users: unknown[] }>('/api/staff');
    expect(list.body.users).toEqual([]);
    expect((await manager.patch(`/api/staff/${orphan.id}`, { password: 'clave-del-atacante' })).status).toBe(
      404,
    );
    const create = await manager.post('/api/staff', {
      email: `nueva${counter}@sence.test`,
      name: 'Nueva',
      password,
      role: 'facilitator',
      regions: ['CL-RM'],
    });
    expect(create.status).toBe(403);
  });
});
