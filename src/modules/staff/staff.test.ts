import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

describe.each(storeKinds)('staff accounts and sessions on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('offers setup on an empty store, creates the first national account once, then refuses', async () => {
    // A store of its own: the other tests add accounts, in whatever order they run.
    const empty = await startTestServer(kind);
    try {
      await firstSetup(empty);
    } finally {
      await empty.close();
    }
  });

  async function firstSetup(server: TestServer) {
    const client = server.client();
    expect((await client.get('/api/setup')).body).toEqual({ needed: true });
    const created = await client.post('/api/setup', {
      email: 'Ana@Sence.cl',
      name: 'Ana',
      password: 'una-clave-larga',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'ana@sence.cl', role: 'national' });
    const me = await client.get<{ regions: string[]; csrfToken: string }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.regions).toHaveLength(16);
    const again = await server
      .client()
      .post('/api/setup', { email: 'b@sence.cl', name: 'B', password: 'otra-clave-larga' });
    expect(again.status).toBe(409);
    expect((await client.get('/api/setup')).body).toEqual({ needed: false });
  }

  it('rejects wrong passwords with 401 and a Spanish message, English on request', async () => {
    const client = server.client();
    const wrong = await client.post<{ error: { code: string; message: string } }>('/api/auth/login', {
      email: 'ana@sence.cl',
      password: 'no-es-la-clave',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({
      code: 'bad_credentials',
      message: 'Correo o contraseña incorrectos.',
    });
    const english = await client.request<{ error: { message: string } }>(
      'POST',
      '/api/auth/login',
      { email: 'ana@sence.cl', password: 'x' },
      { 'accept-language': 'en-GB,en' },
    );
    expect(english.body.error.message).toBe('Wrong e-mail or password.');
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const national = await server.signIn('national');
    const token = national.csrfToken;
    national.csrfToken = '';
    const refused = await national.post('/api/staff', {
      email: 'x@sence.cl',
      name: 'X',
      password: 'una-clave-larga',
      role: 'facilitator',
      regions: ['CL-BI'],
    });
    expect(refused.status).toBe(403);
    expect((refused.body as { error: { code: string } }).error.code).toBe('csrf_failed');
    national.csrfToken = token;
    const accepted = await national.post('/api/staff', {
      email: 'x@sence.cl',
      name: 'X',
      password: 'una-clave-larga',
      role: 'facilitator',
      regions: ['CL-BI'],
    });
    expect(accepted.status).toBe(201);
  });

  it('scopes regional managers to their regions and audits every change', async () => {
    const national = await server.signIn('national');
    const biobio = await server.signIn('regional', ['CL-BI']);
    const created = await national.post<{ id: number }>('/api/staff', {
      email: 'maule@sence.cl',
      name: 'Gestora Maule',
      password: 'una-clave-larga',
      role: 'regional',
      regions: ['CL-ML'],
    });
    expect(created.status).toBe(201);
    // Biobío can neither see nor change the Maule manager.
    const list = await biobio.get<{ users: Array<{ email: string }> }>('/api/staff');
    expect(list.body.users.map((user) => user.email)).not.toContain('maule@sence.cl');
    const change = await biobio.patch(`/api/staff/${created.body.id}`, { name: 'Otro' });
    expect(change.status).toBe(404);
    // A regional manager may add a facilitator in their own region only.
    const own = await biobio.post('/api/staff', {
      email: 'fac-bi@sence.cl',
      name: 'Fac',
      password: 'una-clave-larga',
      role: 'facilitator',
      regions: ['CL-BI'],
    });
    expect(own.status).toBe(201);
    const other = await biobio.post('/api/staff', {
      email: 'fac-ml@sence.cl',
      name: 'Fac',
      password: 'una-clave-larga',
      role: 'facilitator',
      regions: ['CL-ML'],
    });
    expect(other.status).toBe(403);

    const renamed = await national.patch(`/api/staff/${created.body.id}`, { name: 'Gestora del Maule' });
    expect(renamed.status).toBe(200);
    const audit = await national.get<{
      entries: Array<{ action: string; before: { name: string }; after: { name: string } }>;
    }>(`/api/audit?entity=staff_user&entityId=${created.body.id}`);
    expect(audit.body.entries[0]).toMatchObject({
      action: 'staff.update',
      before: { name: 'Gestora Maule' },
      after: { name: 'Gestora del Maule' },
    });
    expect(JSON.stringify(audit.body)).not.toMatch(/password_hash|argon2/);
    const biobioAudit = await biobio.get<{ entries: Array<{ regionCode: string }> }>('/api/audit');
    expect(biobioAudit.body.entries.every((entry) => entry.regionCode === 'CL-BI')).toBe(true);
    // A facilitator manages nothing: the trail (accounts, every change of the region) is not theirs.
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    expect((await facilitator.get('/api/audit')).status).toBe(403);
  });

  it('logs out on the server: the old cookie no longer works', async () => {
    const national = await server.signIn('national');
    const cookie = national.sessionCookie;
    expect((await national.post('/api/auth/logout')).status).toBe(200);
    const replay = server.client();
    replay.sessionCookie = cookie;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
  });

  it('serves the regions with their sources and an OpenAPI document', async () => {
    const client = server.client();
    const regions = await client.get<{ regions: Array<{ code: string; name: string }>; sources: object }>(
      '/api/regions',
    );
    expect(regions.body.regions).toHaveLength(16);
    expect(regions.body.regions.find((region) => region.code === 'CL-BI')?.name).toBe('Biobío');
    const openapi = await client.get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    expect(Object.keys(openapi.body.paths)).toContain('/api/auth/login');
  });
});
