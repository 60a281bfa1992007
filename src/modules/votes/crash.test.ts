import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/client.js';
import { spawnServer } from '../../test/process.js';
import { createPgDatabase, storeKinds } from '../../test/stores.js';
import { createDialogue, type DialogueBody, goLive } from '../dialogues/testing.js';

/**
 * Crash safety: votes are sent by many phones at once, the server is killed with SIGKILL in the
 * middle, restarted on the same store, and every acknowledged vote must be there, none counted twice,
 * no budget exceeded; a retry of an acknowledged vote (same client key) changes nothing.
 */
describe.each(storeKinds)('votes survive a SIGKILL on %s', (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('keeps every acknowledged vote, exactly once, within budget', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-crash-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const database = kind === 'postgres' ? await createPgDatabase() : null;
    if (database) cleanups.push(database.drop);
    const env = { MINGA_DATA_DIR: dataDir, ...(database ? { DATABASE_URL: database.url } : {}) };

    let server = await spawnServer(env);
    cleanups.push(() => server.kill());
    const staff = new ApiClient(server.url);
    expect(
      (await staff.post('/api/setup', { email: 'ana@sence.cl', name: 'Ana', password: 'una-clave-larga' }))
        .status,
    ).toBe(201);
    await staff.login('ana@sence.cl', 'una-clave-larga');
    const dialogue: DialogueBody = await createDialogue(staff, { dotsPerParticipant: 6, maxDotsPerIdea: 3 });
    await goLive(staff, dialogue.id);
    const phones: Array<ApiClient & { participantId: number }> = [];
    for (let n = 0; n < 16; n += 1) {
      const phone = new ApiClient(server.url);
      const joined = await phone.post<{ participantId: number; deviceToken: string }>(
        `/api/join/${dialogue.joinCode}/participants`,
        {
          tableId: dialogue.tables[n % dialogue.tables.length].id,
          sector: 'trabajador_ocupado',
          consent: true,
        },
      );
      phone.deviceToken = joined.body.deviceToken;
      phones.push(Object.assign(phone, { participantId: joined.body.participantId }));
    }
    const ideaIds: number[] = [];
    for (let n = 0; n < 6; n += 1) {
      const created = await phones[n].post<{ idea: { id: number } }>('/api/me/ideas', {
        questionId: dialogue.questions[0].id,
        text: `Idea número ${n} sobre capacitación en oficios`,
        clientKey: `idea-${n}`,
      });
      ideaIds.push(created.body.idea.id);
    }
    expect((await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' })).status).toBe(200);

    // Every phone fires its whole budget (and a few over-budget attempts) as fast as it can.
    const acknowledged = new Map<string, { phone: number; ideaId: number }>();
    const sent: Array<{ phone: number; key: string; ideaId: number }> = [];
    const fire = phones.map(async (phone, index) => {
      for (let step = 0; step < 8; step += 1) {
        const ideaId = ideaIds[(index + step) % ideaIds.length];
        const key = `crash-${index}-${step}`;
        sent.push({ phone: index, key, ideaId });
        try {
          const response = await phone.post('/api/me/votes', { ideaId, delta: 1, clientKey: key });
          if (response.status === 200) acknowledged.set(key, { phone: index, ideaId });
        } catch {
          return; // the server died under us: this and later votes were never acknowledged
        }
      }
    });
    // Kill it once a good share of the votes are in, while the rest are in flight.
    while (acknowledged.size < 30) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.kill();
    await Promise.all(fire);
    const ackedBeforeCrash = acknowledged.size;
    expect(ackedBeforeCrash).toBeGreaterThanOrEqual(30);

    server = await spawnServer(env, server.port);
    for (const phone of phones) (phone as unknown as { baseUrl: string }).baseUrl = server.url;

    // Retries of everything that was sent: acknowledged ones must not count again.
    for (const attempt of sent) {
      const response = await phones[attempt.phone].post('/api/me/votes', {
        ideaId: attempt.ideaId,
        delta: 1,
        clientKey: attempt.key,
      });
      expect([200, 422]).toContain(response.status);
      if (response.status === 200) acknowledged.set(attempt.key, attempt);
    }

    const rows = await readVotes(kind, dataDir, database?.url, dialogue.id);
    const perPhone = new Map<number, number>();
    for (const row of rows)
      perPhone.set(row.participant_id, (perPhone.get(row.participant_id) ?? 0) + row.dots);
    for (const [index, phone] of phones.entries()) {
      const acked = [...acknowledged.values()].filter((entry) => entry.phone === index).length;
      const stored = perPhone.get(phone.participantId) ?? 0;
      expect(stored, `phone ${index}`).toBe(acked); // nothing lost, nothing counted twice
      expect(stored).toBeLessThanOrEqual(6); // budget
    }
    const actions = await countActions(kind, dataDir, database?.url);
    expect(actions).toBe(acknowledged.size);
  }, 180_000);
});

async function readVotes(kind: string, dataDir: string, url: string | undefined, dialogueId: number) {
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const result = await client.query(
      'select participant_id, idea_id, dots from votes where dialogue_id = $1',
      [dialogueId],
    );
    await client.end();
    return result.rows as Array<{ participant_id: number; idea_id: number; dots: number }>;
  }
  const db = new SQLite(path.join(dataDir, 'minga.sqlite'), { readonly: true });
  try {
    return db
      .prepare('select participant_id, idea_id, dots from votes where dialogue_id = ?')
      .all(dialogueId) as Array<{
      participant_id: number;
      idea_id: number;
      dots: number;
    }>;
  } finally {
    db.close();
  }
}

async function countActions(kind: string, dataDir: string, url: string | undefined) {
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const result = await client.query('select count(*)::int as n from vote_actions where delta > 0');
    await client.end();
    return result.rows[0].n as number;
  }
  const db = new SQLite(path.join(dataDir, 'minga.sqlite'), { readonly: true });
  try {
    return (db.prepare('select count(*) as n from vote_actions where delta > 0').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
