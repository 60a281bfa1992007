import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, goLive, joinPhone, phoneIdea } from '../dialogues/testing.js';

interface Message {
  type: string;
  id?: number;
  event?: string;
  payload?: Record<string, unknown>;
  lastEventId?: number;
  code?: string;
}

/** A socket that records every message and lets a test wait for one. */
class LiveClient {
  readonly messages: Message[] = [];
  private waiters: Array<() => void> = [];
  constructor(readonly socket: WebSocket) {
    socket.on('message', (raw) => {
      this.messages.push(JSON.parse(String(raw)) as Message);
      for (const wake of this.waiters.splice(0)) wake();
    });
    socket.on('close', () => {
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(server: TestServer, dialogueId: number, hello: Record<string, unknown>, cookie?: string) {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/dialogues/${dialogueId}`, {
      headers: cookie ? { cookie } : {},
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const client = new LiveClient(socket);
    socket.send(JSON.stringify({ type: 'hello', ...hello }));
    return client;
  }

  async waitFor(match: (message: Message) => boolean, timeoutMs = 1000): Promise<Message> {
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
    // A staff socket without `after` gets the whole history first.
    await screen.waitFor((message) => message.event === 'participant.joined');
    expect(JSON.stringify(screen.messages)).not.toContain('Persona Secreta');

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
