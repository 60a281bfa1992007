import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';

interface Device {
  key: string;
  source: string;
  type: string;
  level: string;
  levelSince: string;
  history: Array<{ level: string; since: string; assumed: boolean }>;
}

describe.each(storeKinds)('participation devices on %s', (kind) => {
  let server: TestServer;
  let staff: Record<'biobio' | 'maule' | 'national', ApiClient>;
  let dialogueId: number;
  beforeAll(async () => {
    server = await startTestServer(kind);
    // Sign-ins hash passwords (argon2): once per file, not per test.
    const [biobio, maule, national] = await Promise.all([
      server.signIn('regional', ['CL-BI']),
      server.signIn('regional', ['CL-ML']),
      server.signIn('national'),
    ]);
    staff = { biobio, maule, national };
    // A dialogue as the dialogue room would store it; this feature only reads it.
    const stamp = new Date().toISOString();
    const row = await server.ctx.db
      .insertInto('dialogues')
      .values({
        region_code: 'CL-BI',
        title: 'Diálogo Biobío 2025',
        date: '2025-05-14',
        status: 'closed',
        phase: null,
        venue: null,
        agenda: null,
        dots_per_participant: 5,
        max_dots_per_idea: 5,
        join_code: 'BIO25',
        external_id: null,
        published_at: null,
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    dialogueId = row.id;
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    const biobio = staff.biobio;
    const list = await biobio.get<{ devices: Device[] }>('/api/devices?region=CL-BI');
    const dialogue = list.body.devices.find((device) => device.key === `dialogue-${dialogueId}`);
    expect(dialogue).toMatchObject({
      type: 'dialogo_innovacion_ciudadana',
      level: 'consultar',
      levelSince: '2025-05-14',
    });
    expect(dialogue?.history[0].assumed).toBe(true);

    const placed = await biobio.post<Device>(`/api/devices/dialogue/${dialogueId}/levels`, {
      level: 'involucrar',
      since: '2026-01-05',
    });
    expect(placed.status).toBe(201);
    expect(placed.body.history.map((step) => step.level)).toEqual(['consultar', 'involucrar']);
    expect(placed.body.level).toBe('involucrar');
  });
  it(
    'lists every dialogue as a device, at the default level until staff place it',
    () => step1(),
    storyTimeout,
  );

  const step2 = step(step1, async () => {
    const biobio = staff.biobio;
    const created = await biobio.post<{ key: string; id: number }>('/api/devices', {
      regionCode: 'CL-BI',
      type: 'mesa_tecnica',
      name: 'Mesa técnica forestal',
      startedOn: '2024-04-01',
      level: 'informar',
    });
    expect(created.status).toBe(201);
    await biobio.post(`/api/devices/instance/${created.body.id}/levels`, {
      level: 'colaborar',
      since: '2026-03-01',
    });
    await biobio.post(`/api/devices/instance/${created.body.id}/levels`, {
      level: 'consultar',
      since: '2025-03-01',
    });
    const early = await biobio.post<{ error: { code: string } }>(
      `/api/devices/instance/${created.body.id}/levels`,
      {
        level: 'empoderar',
        since: '2023-01-01',
      },
    );
    expect(early.status).toBe(422);
    const bad = await biobio.post(`/api/devices/instance/${created.body.id}/levels`, {
      level: 'mandar',
      since: '2026-03-01',
    });
    expect(bad.status).toBe(400);
    const list = await biobio.get<{ devices: Device[] }>('/api/devices?region=CL-BI');
    const table = list.body.devices.find((device) => device.key === created.body.key);
    expect(table?.history.map((step) => `${step.since}:${step.level}`)).toEqual([
      '2024-04-01:informar',
      '2025-03-01:consultar',
      '2026-03-01:colaborar',
    ]);

    const national = staff.national;
    const comparison = await national.get<{
      regions: Array<{
        regionCode: string;
        devices: number;
        highest: string;
        rises: number;
        byLevel: Record<string, number>;
      }>;
    }>('/api/devices/comparison');
    expect(comparison.body.regions).toHaveLength(16);
    expect(comparison.body.regions.find((region) => region.regionCode === 'CL-BI')).toMatchObject({
      devices: 2,
      highest: 'colaborar',
      rises: 3,
      byLevel: { colaborar: 1, involucrar: 1 },
    });
    const audit = await national.get<{ entries: Array<{ action: string }> }>(
      `/api/audit?entity=device&entityId=${created.body.key}`,
    );
    expect(audit.body.entries.map((entry) => entry.action)).toEqual([
      'device.level',
      'device.level',
      'device.create',
    ]);
  });
  it(
    'registers devices with a level history that rises over the years, and compares regions',
    () => step2(),
    storyTimeout,
  );

  const step3 = step(step2, async () => {
    const maule = staff.maule;
    const refused = await maule.post<{ error: { code: string } }>('/api/devices', {
      regionCode: 'CL-BI',
      type: 'consulta_en_linea',
      name: 'Consulta',
      startedOn: '2026-01-01',
      level: 'consultar',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('region_not_managed');
    expect(
      (
        await maule.post(`/api/devices/dialogue/${dialogueId}/levels`, {
          level: 'empoderar',
          since: '2026-06-01',
        })
      ).status,
    ).toBe(404);
    expect((await maule.get('/api/devices?region=CL-BI')).status).toBe(404);
    const own = await maule.get<{ devices: Device[] }>('/api/devices');
    expect(own.body.devices).toEqual([]);
  });
  it('keeps devices to their regions', () => step3(), storyTimeout);
});
