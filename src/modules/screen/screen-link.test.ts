import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, errorCode, goLive, joinPhone } from '../dialogues/testing.js';

interface Link {
  key: string | null;
  url: string | null;
  createdAt: string | null;
}

/** Opens the dialogue's socket with a hello; gives the first message and a promise of the close. */
async function openSocket(server: TestServer, dialogueId: number, hello: Record<string, unknown>) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/ws/dialogues/${dialogueId}`);
  const messages: Array<{ type: string; code?: string }> = [];
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const first = new Promise<{ type: string; code?: string }>((resolve) =>
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw));
      messages.push(message);
      if (messages.length === 1) resolve(message);
    }),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.send(JSON.stringify({ type: 'hello', ...hello }));
  return { socket, first, closed, messages };
}

describe.each(storeKinds)('the projector’s screen link on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind, { PUBLIC_URL: 'https://minga.example.cl' });
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('shows the screen read-only without a staff session, typed in any case, until revoked', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    await joinPhone(server, dialogue);
    const none = await national.get<Link>(`/api/dialogues/${dialogue.id}/screen-link`);
    expect(none.body).toEqual({ key: null, url: null, createdAt: null });
    const made = await national.post<Link>(`/api/dialogues/${dialogue.id}/screen-link`);
    expect(made.status).toBe(200);
    const key = made.body.key!;
    expect(key).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{12}$/);
    expect(made.body.url).toBe(`https://minga.example.cl/p/${key}`);

    const venuePc = server.client(); // no session
    const shown = await venuePc.get<{ dialogue: { id: number; joinCode: string }; participants: number }>(
      `/api/screens/${key}`,
    );
    expect(shown.status).toBe(200);
    expect(shown.body.dialogue.id).toBe(dialogue.id);
    expect(shown.body.participants).toBe(1);
    const typed = `${key.slice(0, 3)} ${key.slice(3, 6)}-${key.slice(6)}`.toLowerCase();
    expect((await venuePc.get(`/api/screens/${encodeURIComponent(typed)}`)).status).toBe(200);
    const qr = await venuePc.get(`/api/screens/${key}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(String(qr.body)).toContain('<svg');
    // Read-only: the link opens no staff door.
    expect((await venuePc.get(`/api/dialogues/${dialogue.id}/screen`)).status).toBe(401);
    expect((await venuePc.get(`/api/dialogues/${dialogue.id}/ideas`)).status).toBe(401);

    // The projector follows the room live with the key; a key of another dialogue is refused.
    const live = await openSocket(server, dialogue.id, { screenKey: key });
    expect((await live.first).type).toBe('ready');
    const other = await createDialogue(national);
    const wrong = await openSocket(server, other.id, { screenKey: key });
    expect((await wrong.first).code).toBe('screen_key_unknown');

    // A new link revokes the old one, and closes the projector that used it.
    const renewed = await national.post<Link>(`/api/dialogues/${dialogue.id}/screen-link`);
    expect(renewed.body.key).not.toBe(key);
    await live.closed;
    const old = await venuePc.get(`/api/screens/${key}`);
    expect(old.status).toBe(404);
    expect(errorCode(old.body)).toBe('screen_key_unknown');
    expect((await venuePc.get(`/api/screens/${renewed.body.key}`)).status).toBe(200);

    const revoked = await national.delete(`/api/dialogues/${dialogue.id}/screen-link`);
    expect(revoked.status).toBe(204);
    expect((await venuePc.get(`/api/screens/${renewed.body.key}`)).status).toBe(404);
    const audit = await national.get(`/api/audit?entity=dialogue&entityId=${dialogue.id}`);
    const text = JSON.stringify(audit.body);
    for (const action of ['screen_link.create', 'screen_link.renew', 'screen_link.revoke'])
      expect(text).toContain(action);
    expect(text).not.toContain(key);
  });

  it('is made only by who may run the dialogue', async () => {
    const dialogue = await createDialogue(national);
    const maule = await server.signIn('regional', ['CL-ML']);
    expect((await maule.post(`/api/dialogues/${dialogue.id}/screen-link`)).status).toBe(404);
    expect((await maule.get(`/api/dialogues/${dialogue.id}/screen-link`)).status).toBe(404);
    expect((await server.client().get('/api/screens/ABCDEFGHJKMN')).status).toBe(404);
    expect((await server.client().get(`/api/screens/${'x'.repeat(41)}`)).status).toBe(400);
  });
});

describe.each(storeKinds)('what the console chooses the projector to show, on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('hides the ranking, spotlights one visible idea and runs a countdown that moves no phase', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const card = await national.post<{ id: number }>(`/api/dialogues/${dialogue.id}/ideas`, {
      tableId: dialogue.tables[0].id,
      text: 'Talleres en la biblioteca',
    });
    const set = (body: Record<string, unknown>) =>
      national.put(`/api/dialogues/${dialogue.id}/screen-view`, body);
    const before = Date.now();
    expect(
      (await set({ rankingHidden: true, spotlightIdeaId: card.body.id, countdownMinutes: 10 })).status,
    ).toBe(200);
    type View = {
      view: { rankingHidden: boolean; spotlight: { text: string } | null; countdownEndsAt: string };
    };
    const screen = await national.get<View & { dialogue: { phase: string } }>(
      `/api/dialogues/${dialogue.id}/screen`,
    );
    expect(screen.body.view.rankingHidden).toBe(true);
    expect(screen.body.view.spotlight?.text).toBe('Talleres en la biblioteca');
    const ends = Date.parse(screen.body.view.countdownEndsAt);
    expect(ends - before).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
    expect(ends - before).toBeLessThanOrEqual(10 * 60_000 + 60_000);
    // A toggle without minutes keeps the countdown running.
    await set({ rankingHidden: false, spotlightIdeaId: null });
    const after = await national.get<View>(`/api/dialogues/${dialogue.id}/screen`);
    expect(after.body.view).toEqual({
      rankingHidden: false,
      spotlight: null,
      countdownEndsAt: screen.body.view.countdownEndsAt,
    });
    expect(screen.body.dialogue.phase).toBe('ideation');
    // The phones show the same countdown; stopping it clears it there too.
    const phone = await joinPhone(server, dialogue);
    type Phone = { countdownEndsAt: string | null; dialogue: { phase: string } };
    const mine = await phone.get<Phone>('/api/me');
    expect(mine.body.countdownEndsAt).toBe(screen.body.view.countdownEndsAt);
    expect(mine.body.dialogue.phase).toBe('ideation');
    await set({ rankingHidden: false, spotlightIdeaId: null, countdownMinutes: null });
    expect((await phone.get<Phone>('/api/me')).body.countdownEndsAt).toBeNull();
    // A hidden idea cannot be spotlighted; bad minutes are a 400.
    await national.post(`/api/ideas/${card.body.id}/hide`, { reason: 'Repetida' });
    expect((await set({ rankingHidden: false, spotlightIdeaId: card.body.id })).status).toBe(404);
    expect((await set({ rankingHidden: false, spotlightIdeaId: null, countdownMinutes: 0 })).status).toBe(
      400,
    );
  });
});
