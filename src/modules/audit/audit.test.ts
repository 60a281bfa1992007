import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { calendar } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

type Entries = { entries: Array<{ sentence: string; regionName: string | null; entity: string }> };

describe.each(storeKinds)('the audit log as sentences on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('reads each entry as a Spanish sentence with the region’s name, and lists every entity type it holds', async () => {
    const created = await national.post<{ id: number }>('/api/cycles', {
      year: 2026,
      phases: calendar(2026),
    });
    expect(created.status).toBe(201);
    const track = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${created.body.id}`,
    );
    const biobio = track.body.tracks.find((one) => one.regionCode === 'CL-BI');
    expect(
      (await national.put(`/api/tracks/${biobio?.id}/phases`, { phases: calendar(2026) })).status,
    ).toBeLessThan(300);
    const log = await national.get<Entries>('/api/audit?limit=200');
    const sentences = log.body.entries.map((entry) => entry.sentence);
    expect(sentences.some((sentence) => /^.+ creó el ciclo .*\(#\d+\)\.$/.test(sentence))).toBe(true);
    const phases = log.body.entries.find((entry) => entry.entity === 'cycle_track');
    expect(phases?.sentence).toMatch(
      / cambió las fechas de las fases del ciclo regional \(#\d+\), en Biobío\.$/,
    );
    expect(phases?.regionName).toBe('Biobío');
    const entities = await national.get<{ entities: Array<{ entity: string; name: string }> }>(
      '/api/audit/entities',
    );
    expect(entities.body.entities).toEqual(
      expect.arrayContaining([
        { entity: 'cycle', name: 'Ciclos anuales' },
        { entity: 'cycle_track', name: 'Ciclos regionales' },
      ]),
    );
    const held = new Set(log.body.entries.map((entry) => entry.entity));
    expect(entities.body.entities.map((entry) => entry.entity).sort()).toEqual([...held].sort());
  });
});
