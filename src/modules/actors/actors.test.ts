import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

type Error = { error: { code: string; message: string } };

describe.each(storeKinds)('actor registry and stakeholder map on %s', (kind) => {
  let server: TestServer;
  let staff: Record<'biobio' | 'maule' | 'facilitator' | 'national', ApiClient>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    // Sign-ins hash passwords (argon2): once per file, not per test.
    const [biobio, maule, facilitator, national] = await Promise.all([
      server.signIn('regional', ['CL-BI']),
      server.signIn('regional', ['CL-ML']),
      server.signIn('facilitator', ['CL-ML']),
      server.signIn('national'),
    ]);
    staff = { biobio, maule, facilitator, national };
  });
  afterAll(async () => server?.close());

  it('registers organisations in the shared registry and people with their contact kept apart', async () => {
    const biobio = staff.biobio;
    const organization = await biobio.post<{ id: number }>('/api/actors/organizations', {
      name: 'Sindicato Portuario Talcahuano',
      kind: 'sindicato',
      regionCode: 'CL-BI',
    });
    expect(organization.status).toBe(201);
    // One organisation, one record: it is a row of the foundation's `organizations` table.
    const row = await server.ctx.db
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', organization.body.id)
      .executeTakeFirst();
    expect(row).toMatchObject({
      name: 'Sindicato Portuario Talcahuano',
      kind: 'sindicato',
      region_code: 'CL-BI',
    });
    const duplicate = await biobio.post<Error>('/api/actors/organizations', {
      name: 'sindicato portuario talcahuano',
      kind: 'sindicato',
      regionCode: 'CL-BI',
    });
    expect(duplicate.status).toBe(409);

    const created = await biobio.post<{ id: number }>('/api/actors', {
      regionCode: 'CL-BI',
      name: 'Rosa Cárdenas',
      position: 'Presidenta',
      organizationId: organization.body.id,
      sector: 'trabajador_ocupado',
      email: 'rosa@example.cl',
      phone: '+56 9 1234 5678',
    });
    expect(created.status).toBe(201);
    const list = await biobio.get<{ actors: Array<Record<string, unknown>> }>('/api/actors?region=CL-BI');
    expect(list.body.actors).toHaveLength(1);
    expect(list.body.actors[0]).toMatchObject({
      name: 'Rosa Cárdenas',
      organization: { name: 'Sindicato Portuario Talcahuano' },
      interviews: 0,
    });
    expect(JSON.stringify(list.body)).not.toContain('rosa@example.cl');
    const one = await biobio.get<{ contact: { email: string } }>(`/api/actors/${created.body.id}`);
    expect(one.body.contact.email).toBe('rosa@example.cl');
    const notHeard = await biobio.get<{ actors: unknown[] }>('/api/actors?notHeard=1');
    expect(notHeard.body.actors).toHaveLength(1);

    const audit = await biobio.get<{ entries: Array<{ action: string; after: unknown }> }>(
      `/api/audit?entity=actor&entityId=${created.body.id}`,
    );
    expect(audit.body.entries[0].action).toBe('actor.create');
    expect(JSON.stringify(audit.body)).not.toContain('rosa@example.cl');
  });

  it('refuses an actor in a region the user does not manage, stores nothing, and hides other regions', async () => {
    const biobio = staff.biobio;
    const maule = staff.maule;
    const before = await server.ctx.db.selectFrom('actors').select('id').execute();
    const refused = await biobio.post<Error>('/api/actors', {
      regionCode: 'CL-ML',
      name: 'Pedro',
      sector: 'empleador',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('region_not_managed');
    expect(refused.body.error.message).toContain('CL-ML');
    expect(await server.ctx.db.selectFrom('actors').select('id').execute()).toHaveLength(before.length);

    const own = await maule.post<{ id: number }>('/api/actors', {
      regionCode: 'CL-ML',
      name: 'Pedro Soto',
      sector: 'empleador',
    });
    expect((await biobio.get(`/api/actors/${own.body.id}`)).status).toBe(404);
    expect((await biobio.patch(`/api/actors/${own.body.id}`, { name: 'X' })).status).toBe(404);
    expect(
      (await biobio.put(`/api/actors/${own.body.id}/placement`, { influence: 2, interest: 2 })).status,
    ).toBe(404);
    expect((await biobio.get('/api/stakeholder-map/CL-ML')).status).toBe(404);
    expect((await biobio.get('/api/actors?region=CL-ML')).status).toBe(404);
    const facilitator = staff.facilitator;
    expect((await facilitator.patch(`/api/actors/${own.body.id}`, { name: 'X' })).status).toBe(403);
  });

  it('places actors on the stakeholder map (1–5) and audits the placement', async () => {
    const biobio = staff.biobio;
    const actor = await biobio.post<{ id: number }>('/api/actors', {
      regionCode: 'CL-BI',
      name: 'Gremio Forestal',
      sector: 'empleador',
    });
    // One actor left unplaced, so the test holds alone too.
    await biobio.post('/api/actors', {
      regionCode: 'CL-BI',
      name: 'Sindicato del Puerto',
      sector: 'trabajador_ocupado',
    });
    expect(
      (await biobio.put(`/api/actors/${actor.body.id}/placement`, { influence: 6, interest: 3 })).status,
    ).toBe(400);
    expect(
      (await biobio.put(`/api/actors/${actor.body.id}/placement`, { influence: 5, interest: 3 })).status,
    ).toBe(200);
    expect(
      (await biobio.put(`/api/actors/${actor.body.id}/placement`, { influence: 4, interest: 5 })).status,
    ).toBe(200);
    const map = await biobio.get<{ placed: Array<{ id: number; placement: unknown }>; unplaced: unknown[] }>(
      '/api/stakeholder-map/CL-BI',
    );
    expect(map.body.placed.find((entry) => entry.id === actor.body.id)?.placement).toEqual({
      influence: 4,
      interest: 5,
    });
    expect(map.body.unplaced.length).toBeGreaterThan(0);
    const audit = await biobio.get<{ entries: Array<{ action: string; before: unknown; after: unknown }> }>(
      `/api/audit?entity=actor&entityId=${actor.body.id}`,
    );
    expect(audit.body.entries[0]).toMatchObject({
      action: 'actor.place',
      before: { influence: 5, interest: 3 },
      after: { influence: 4, interest: 5 },
    });
  });

  it('refuses an organisation of another region for an actor', async () => {
    const national = staff.national;
    const other = await national.post<{ id: number }>('/api/actors/organizations', {
      name: 'OTEC Maule',
      kind: 'otec',
      regionCode: 'CL-ML',
    });
    const refused = await national.post<Error>('/api/actors', {
      regionCode: 'CL-BI',
      name: 'Ana',
      sector: 'proveedor_capacitacion',
      organizationId: other.body.id,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('organization_other_region');
  });
});
