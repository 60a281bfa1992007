import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, goLive, joinPhone, phoneIdea, setPhase } from '../dialogues/testing.js';
import { insertEvent } from './queries.js';
import { replayLimit } from './routes.js';

interface Message {
  type: string;
  id?: number;
  event?: string;
  payload?: Record<string, unknown>;
  lastEventId?: number;
  code?: string;
  message?: string;
}

/** A socket that records every message and lets a test wait for one. */
class LiveClient {
  readonly messages: Message[] = [];
  /** Resolves with the close code once the socket is closed. */
  readonly closed: Promise<number>;
  private waiters: Array<() => void> = [];
  constructor(readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('message', (raw) => {
      this.messages.push(JSON.parse(String(raw)) as Message);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(
    server: TestServer,
    dialogueId: number,
    hello: Record<string, unknown>,
    cookie?: string,
    headers: Record<string, string> = {},
  ) {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/dialogues/${dialogueId}`, {
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const client = new LiveClient(socket);
    socket.send(JSON.stringify({ type: 'hello', ...hello }));
    return client;
  }

  // Bounded generously: it returns as soon as the message is there, and a loaded machine is slow.
  async waitFor(match: (message: Message) => boolean, timeoutMs = 10_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    while (true) {
      const found = this.messages.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0 || this.socket.readyState === WebSocket.CLOSED)
        throw new Error(`no matching message within ${timeoutMs} ms: ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  events(name?: string) {
    return this.messages.filter((message) => message.type === 'event' && (!name || message.event === name));
  }

  close() {
    this.socket.close();
  }
}

describe.each(storeKinds)('live socket on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('delivers an event within a second and replays what a reconnecting phone missed', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue, { name: 'Persona Secreta' });
    const screen = await LiveClient.open(server, dialogue.id, {}, national.sessionCookie);
    const ready = await screen.waitFor((message) => message.type === 'ready');
    expect(ready.lastEventId).toBeGreaterThan(0);

    const phoneSocket = await LiveClient.open(server, dialogue.id, {
      deviceToken: phone.deviceToken,
      after: ready.lastEventId,
    });
    await phoneSocket.waitFor((message) => message.type === 'ready');
    const started = Date.now();
    const ideaId = await phoneIdea(phone, dialogue, 'Idea en vivo');
    const created = await screen.waitFor(
      (message) =>
        message.event === 'idea.created' &&
        (message.payload?.idea as { id?: number } | undefined)?.id === ideaId,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(created.payload?.idea).toMatchObject({ id: ideaId, text: 'Idea en vivo' });
    expect(JSON.stringify(created.payload)).not.toContain('participant');
    const heard = await phoneSocket.waitFor((message) => message.event === 'idea.created');
    const lastSeen = heard.id!;
    phoneSocket.close();

    // While the phone is away, two more things happen.
    await phoneIdea(phone, dialogue, 'Otra idea');
    await national.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    const back = await LiveClient.open(server, dialogue.id, {
      deviceToken: phone.deviceToken,
      after: lastSeen,
    });
    await back.waitFor((message) => message.event === 'dialogue.phase');
    const missed = back.events().map((message) => message.event);
    expect(missed).toEqual(['idea.created', 'dialogue.phase']);
    const ids = back.events().map((message) => message.id!);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(ids[0]).toBeGreaterThan(lastSeen);
    // And it stays live after the replay.
    await national.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'ideation' });
    await back.waitFor(
      (message) => message.event === 'dialogue.phase' && message.payload?.phase === 'ideation',
    );
    back.close();
    screen.close();
  });

  it('refuses unknown devices, strangers and staff out of scope', async () => {
    const dialogue = await createDialogue(national, { regionCode: 'CL-ML' });
    const other = await createDialogue(national);
    await goLive(national, other.id);
    const phoneElsewhere = await joinPhone(server, other);
    const cases: Array<[Record<string, unknown>, string | undefined, string]> = [
      [{ deviceToken: 'x'.repeat(43) }, undefined, 'device_unknown'],
      [{ deviceToken: phoneElsewhere.deviceToken }, undefined, 'device_unknown'],
      [{}, undefined, 'unauthenticated'],
      [{}, (await server.signIn('regional', ['CL-BI'])).sessionCookie, 'not_found'],
    ];
    for (const [hello, cookie, code] of cases) {
      const socket = await LiveClient.open(server, dialogue.id, hello, cookie);
      const error = await socket.waitFor((message) => message.type === 'error');
      expect(error.code).toBe(code);
    }
    const garbage = new WebSocket(`${server.url.replace('http', 'ws')}/ws/dialogues/${dialogue.id}`);
    await new Promise((resolve) => garbage.once('open', resolve));
    const client = new LiveClient(garbage);
    garbage.send('not json');
    expect((await client.waitFor((message) => message.type === 'error')).code).toBe('invalid_input');
  });
});

/** Opens a socket expecting the upgrade to be refused; gives the HTTP status and body. */
function refusedUpgrade(server: TestServer, path: string, headers: Record<string, string>) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, { headers });
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    socket.once('open', () => reject(new Error('the upgrade was accepted')));
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += String(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
  });
}

describe.each(storeKinds)('live socket layer on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('gives a socket without `after` the last event id and no history; one far behind must resync', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    await phoneIdea(phone, dialogue, 'Una idea de antes');
    await setPhase(national, dialogue.id, 'voting');
    const fresh = await LiveClient.open(server, dialogue.id, { deviceToken: phone.deviceToken });
    const ready = await fresh.waitFor((message) => message.type === 'ready');
    expect(ready.lastEventId).toBeGreaterThan(2);
    // Live events come after any replay: once this one is heard, a replay would have been sent.
    await setPhase(national, dialogue.id, 'ideation');
    await fresh.waitFor((message) => message.event === 'dialogue.phase');
    expect(fresh.events().map((message) => message.id! > ready.lastEventId!)).toEqual([true]);
    fresh.close();

    // More than the replay limit missed: told to reload over REST instead of a long replay.
    const at = new Date().toISOString();
    for (let n = 0; n <= replayLimit; n += 1)
      await insertEvent(server.ctx.db, dialogue.id, 'votes.changed', '{}', at);
    const behind = await LiveClient.open(server, dialogue.id, {
      deviceToken: phone.deviceToken,
      after: ready.lastEventId,
    });
    const resync = await behind.waitFor((message) => message.type === 'resync');
    expect(resync.lastEventId).toBe(ready.lastEventId! + 1 + replayLimit + 1);
    await setPhase(national, dialogue.id, 'voting');
    await behind.waitFor((message) => message.event === 'dialogue.phase');
    expect(behind.events()).toHaveLength(1);
    behind.close();
  });

  it('refuses the fifth socket of one device while other phones still connect', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const looping = await joinPhone(server, dialogue);
    const others = [await joinPhone(server, dialogue), await joinPhone(server, dialogue)];
    const held: LiveClient[] = [];
    for (let n = 0; n < server.ctx.config.LIVE_SOCKETS_PER_DEVICE; n += 1) {
      const socket = await LiveClient.open(server, dialogue.id, { deviceToken: looping.deviceToken });
      await socket.waitFor((message) => message.type === 'ready');
      held.push(socket);
    }
    const fifth = await LiveClient.open(server, dialogue.id, { deviceToken: looping.deviceToken });
    const refused = await fifth.waitFor((message) => message.type === 'error');
    expect(refused).toMatchObject({ code: 'live_device_limit' });
    expect(refused.message).toContain('Este dispositivo ya tiene 4 conexiones');
    expect(await fifth.closed).toBe(4429);
    for (const other of others) {
      const socket = await LiveClient.open(server, dialogue.id, { deviceToken: other.deviceToken });
      await socket.waitFor((message) => message.type === 'ready');
      socket.close();
    }
    for (const socket of held) socket.close();
  });

  it('refuses a page of another origin before the upgrade, on both live routes', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    for (const path of [`/ws/dialogues/${dialogue.id}`, '/ws/plans/1']) {
      const refused = await refusedUpgrade(server, path, {
        origin: 'https://otro-sitio.example',
        cookie: national.sessionCookie,
      });
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body).error.code).toBe('live_origin_refused');
    }
    const sameOrigin = await LiveClient.open(server, dialogue.id, {}, national.sessionCookie, {
      origin: server.url,
    });
    await sameOrigin.waitFor((message) => message.type === 'ready');
    sameOrigin.close();
  });

  it('checks the Origin of every upgrade and upgrades nothing but the live routes', async () => {
    // @fastify/websocket alone accepts an upgrade to a plain route, without the live routes' checks.
    for (const path of ['/health', '/api/dialogues', '/ws/otra-cosa']) {
      const foreign = await refusedUpgrade(server, path, {
        origin: 'https://otro-sitio.example',
        cookie: national.sessionCookie,
      });
      expect([path, foreign.status, JSON.parse(foreign.body).error.code]).toEqual([
        path,
        403,
        'live_origin_refused',
      ]);
      const own = await refusedUpgrade(server, path, { origin: server.url, cookie: national.sessionCookie });
      expect([path, own.status, JSON.parse(own.body).error.code]).toEqual([path, 404, 'not_found']);
    }
  });

  async function openReady(dialogueId: number, hello: Record<string, unknown>, cookie?: string) {
    const socket = await LiveClient.open(server, dialogueId, hello, cookie);
    await socket.waitFor((message) => message.type === 'ready');
    return socket;
  }

  /** A socket of someone else stays connected and live after the closing. */
  async function stillLive(socket: LiveClient, dialogueId: number) {
    const phase = socket.events('dialogue.phase').length;
    await setPhase(national, dialogueId, phase % 2 === 0 ? 'voting' : 'ideation');
    await socket.waitFor(() => socket.events('dialogue.phase').length > phase);
    expect(socket.socket.readyState).toBe(WebSocket.OPEN);
  }

  it('closes the sockets of a staff session at logout', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const leaving = await server.signIn('national');
    const staying = await openReady(dialogue.id, {}, national.sessionCookie);
    const ofLeaving = await openReady(dialogue.id, {}, leaving.sessionCookie);
    expect((await leaving.post('/api/auth/logout')).status).toBe(200);
    expect(await ofLeaving.closed).toBe(4401);
    expect(ofLeaving.messages.at(-1)).toMatchObject({ type: 'error', code: 'live_closed' });
    await stillLive(staying, dialogue.id);
    staying.close();
  });

  it('closes every socket of an account when it is disabled', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const disabled = await server.signIn('national');
    const staying = await openReady(dialogue.id, {}, national.sessionCookie);
    const sockets = [
      await openReady(dialogue.id, {}, disabled.sessionCookie),
      await openReady(dialogue.id, {}, disabled.sessionCookie),
    ];
    expect((await national.patch(`/api/staff/${disabled.userId}`, { disabled: true })).status).toBe(200);
    for (const socket of sockets) expect(await socket.closed).toBe(4401);
    await stillLive(staying, dialogue.id);
    staying.close();
  });

  it('closes the socket of a participant whose data is erased', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const other = await joinPhone(server, dialogue);
    const staying = await openReady(dialogue.id, { deviceToken: other.deviceToken });
    const ofPhone = await openReady(dialogue.id, { deviceToken: phone.deviceToken });
    expect((await national.post(`/api/participants/${phone.participantId}/erase`)).status).toBe(200);
    expect(await ofPhone.closed).toBe(4401);
    expect(ofPhone.messages.at(-1)).toMatchObject({ type: 'error', code: 'live_closed' });
    // The erased token no longer opens the room.
    const again = await LiveClient.open(server, dialogue.id, { deviceToken: phone.deviceToken });
    expect((await again.waitFor((message) => message.type === 'error')).code).toBe('device_unknown');
    await stillLive(staying, dialogue.id);
    staying.close();
  });
});
