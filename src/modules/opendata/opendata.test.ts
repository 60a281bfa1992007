import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

describe.each(storeKinds)('open data’s consultation counts on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  async function consultation(regionCode: string | null, voters: number) {
    const created = await national.post<{ publicKey: string; statements: Array<{ id: number }> }>(
      '/api/consultations',
      {
        regionCode,
        question: `¿Qué falta en ${regionCode ?? 'Chile'}?`,
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
        statements: ['Transporte nocturno para quien estudia', 'Salas cuna en los centros'],
      },
    );
    expect(created.status).toBe(201);
    const { publicKey, statements } = created.body;
    for (let voter = 0; voter < voters; voter += 1) {
      const joined = await fetch(`${server.url}/api/c/${publicKey}/join`, { method: 'POST' });
      const { token } = (await joined.json()) as { token: string };
      const voted = await fetch(`${server.url}/api/c/${publicKey}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-consultation-token': token },
        body: JSON.stringify({ statementId: statements[0].id, vote: 'agree' }),
      });
      expect(voted.status).toBeLessThan(300);
    }
  }

  it('adds consultas.csv: per published scope, counts only; the package’s own files unchanged', async () => {
    const before = unzipSync(
      new Uint8Array(await (await fetch(`${server.url}/api/opendata/package.zip`)).arrayBuffer()),
    );
    // Nothing published yet: the header alone.
    expect(strFromU8(before['consultas.csv'])).toBe(
      'scope,consultations,participants,published_statements,votes\n',
    );
    await consultation('CL-BI', 3);
    await consultation('CL-BI', 1);
    await consultation('CL-ML', 2); // no published dialogue in Maule: not in the package
    await consultation(null, 2);
    const dialogue = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Lota',
      date: '2026-06-01',
    });
    await server.ctx.db
      .updateTable('dialogues')
      .set({ published_at: new Date().toISOString() })
      .where('id', '=', dialogue.dialogueId)
      .execute();
    const zip = unzipSync(
      new Uint8Array(await (await fetch(`${server.url}/api/opendata/package.zip`)).arrayBuffer()),
    );
    expect(strFromU8(zip['consultas.csv'])).toBe(
      'scope,consultations,participants,published_statements,votes\nCL-BI,2,4,4,4\nCL,1,2,2,2\n',
    );
    expect(strFromU8(zip['consultas.csv'])).not.toMatch(/Transporte|Falta/i);
    // The package's files are still there (FORMAT.md): only a file was added.
    for (const file of Object.keys(before)) expect(Object.keys(zip)).toContain(file);
  });
});
