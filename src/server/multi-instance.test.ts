import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDialogue, goLive } from '../modules/dialogues/testing.js';
import { ApiClient } from '../test/client.js';
import { type ServerProcess, spawnServer } from '../test/process.js';
import { createPgDatabase, redisAvailable, storeKinds, testRedisUrl } from '../test/stores.js';

const canRun = storeKinds.includes('postgres') && (await redisAvailable());

/**
 * Two Minga instances on one PostgreSQL and one Redis, as behind a load balancer: a session opened
 * on A works on B, and a vote taken by A reaches a screen connected to B within a second.
 */
describe.runIf(canRun)('two instances on PostgreSQL and Redis', () => {
  const servers: ServerProcess[] = [];
  let dropDatabase: (() => Promise<void>) | undefined;
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await dropDatabase?.();
  });

  it('shares sessions and pushes live events across instances', async () => {
    const database = await createPgDatabase();
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url, REDIS_URL: testRedisUrl };
    const a = await spawnServer(env);
    servers.push(a);
    const b = await spawnServer(env);
    servers.push(b);

    const onA = new ApiClient(a.url);
    expect(
      (await onA.post('/api/setup', { email: 'ana@sence.cl', name: 'Ana', password: 'una-clave-larga' }))
        .status,
    ).toBe(201);
    await onA.login('ana@sence.cl', 'una-clave-larga');
    // The same cookie and CSRF token, sent to instance B.
    const onB = new ApiClient(b.url);
    onB.sessionCookie = onA.sessionCookie;
    onB.csrfToken = onA.csrfToken;
    expect((await onB.get('/api/auth/me')).status).toBe(200);

    const dialogue = await createDialogue(onB);
    await goLive(onA, dialogue.id);
    const phone = new ApiClient(a.url);
    const joined = await phone.post<{ deviceToken: string }>(`/api/join/${dialogue.joinCode}/participants`, {
      tableId: dialogue.tables[0].id,
      sector: 'empleador',
      consent: true,
    });
    phone.deviceToken = joined.body.deviceToken;
    const idea = await phone.post<{ idea: { id: number } }>('/api/me/ideas', {
      questionId: dialogue.questions[0].id,
      text: 'Más cursos de electricidad para mujeres',
      clientKey: 'multi-1',
    });
    expect((await onA.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' })).status).toBe(200);

    // The projector screen listens on instance B with the staff cookie.
    const socket = new WebSocket(`${b.url.replace('http', 'ws')}/ws/dialogues/${dialogue.id}`, {
      headers: { cookie: onA.sessionCookie },
    });
    const messages: Array<{ type: string; event?: string; payload?: { dots?: number } }> = [];
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.on('message', (raw) => messages.push(JSON.parse(String(raw))));
    socket.send(JSON.stringify({ type: 'hello' }));
    const readyBy = Date.now() + 5000;
    while (!messages.some((message) => message.type === 'ready') && Date.now() < readyBy) await sleep(10);
    expect(messages.some((message) => message.type === 'ready')).toBe(true);
    const before = messages.length;

    const sentAt = Date.now();
    const voted = await phone.post('/api/me/votes', {
      ideaId: idea.body.idea.id,
      delta: 2,
      clientKey: 'multi-vote-1',
    });
    expect(voted.status).toBe(200);
    let arrived: number | null = null;
    while (Date.now() - sentAt < 1000) {
      if (
        messages
          .slice(before)
          .some((message) => message.type === 'event' && message.event === 'votes.changed')
      ) {
        arrived = Date.now();
        break;
      }
      await sleep(5);
    }
    socket.close();
    expect(arrived, `no votes.changed on B within 1 s: ${JSON.stringify(messages)}`).not.toBeNull();
    expect(arrived! - sentAt).toBeLessThan(1000);
  }, 120_000);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
