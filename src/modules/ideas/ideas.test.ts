import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import {
  createDialogue,
  errorCode,
  goLive,
  joinPhone,
  key,
  phoneIdea,
  setPhase,
  vote,
} from '../dialogues/testing.js';

interface StaffIdea {
  id: number;
  text: string;
  hiddenReason: string | null;
  mergedIntoId: number | null;
  dots: number;
  totalDots: number;
  source: string;
}

describe.each(storeKinds)('ideas, moderation and merges on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('stores a phone idea once per clientKey, and one that arrives after ideation as a late card', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const body = { questionId: dialogue.questions[0].id, text: 'Cursos en la tarde', clientKey: 'idea-1' };
    const first = await phone.post<{ idea: { id: number; editable: boolean } }>('/api/me/ideas', body);
    expect(first.status).toBe(201);
    expect(first.body.idea.editable).toBe(true);
    const retry = await phone.post<{ idea: { id: number } }>('/api/me/ideas', body);
    expect(retry.status).toBe(200);
    expect(retry.body.idea.id).toBe(first.body.idea.id);
    const long = await phone.post('/api/me/ideas', { ...body, clientKey: 'idea-2', text: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(errorCode(long.body)).toBe('invalid_input');
    const badQuestion = await phone.post('/api/me/ideas', {
      ...body,
      clientKey: 'idea-3',
      questionId: 999999,
    });
    expect(errorCode(badQuestion.body)).toBe('unknown_question');
    const edit = await phone.patch<{ idea: { text: string } }>(`/api/me/ideas/${first.body.idea.id}`, {
      text: 'Cursos en la tarde y noche',
    });
    expect(edit.body.idea.text).toBe('Cursos en la tarde y noche');
    const other = await joinPhone(server, dialogue);
    expect((await other.patch(`/api/me/ideas/${first.body.idea.id}`, { text: 'ajeno' })).status).toBe(404);
    await setPhase(national, dialogue.id, 'voting');
    // Queued offline across the phase change: kept, out of the room, a late card for the console.
    const late = await phone.post<{ idea: { id: number; late: boolean } }>('/api/me/ideas', {
      ...body,
      clientKey: 'idea-4',
      text: 'Escrita sin conexión',
    });
    expect(late.status).toBe(201);
    expect(late.body.idea.late).toBe(true);
    expect((await phone.patch(`/api/me/ideas/${first.body.idea.id}`, { text: 'tarde' })).status).toBe(409);
    const ideas = await national.get<{ ideas: StaffIdea[] }>(`/api/dialogues/${dialogue.id}/ideas`);
    expect(ideas.body.ideas).toHaveLength(1);
    const all = await national.get<{ ideas: Array<StaffIdea & { late: boolean }> }>(
      `/api/dialogues/${dialogue.id}/ideas?includeHidden=1`,
    );
    expect(all.body.ideas.find((idea) => idea.id === late.body.idea.id)).toMatchObject({
      late: true,
      hiddenReason: null,
      text: 'Escrita sin conexión',
    });
    const mine = await phone.get<{ myIdeas: Array<{ id: number; fate: { state: string } }> }>('/api/me');
    expect(mine.body.myIdeas.find((idea) => idea.id === late.body.idea.id)?.fate.state).toBe('late');
    const screen = await national.get<{ ranking: Array<{ ideaId: number }> }>(
      `/api/dialogues/${dialogue.id}/screen`,
    );
    expect(screen.body.ranking.map((row) => row.ideaId)).not.toContain(late.body.idea.id);
    // The facilitator accepts it: it joins the room (and the vote).
    const accepted = await national.post<StaffIdea & { late: boolean }>(
      `/api/ideas/${late.body.idea.id}/unhide`,
    );
    expect(accepted.body.late).toBe(false);
    expect(
      (await national.get<{ ideas: StaffIdea[] }>(`/api/dialogues/${dialogue.id}/ideas`)).body.ideas,
    ).toHaveLength(2);
    await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
    const closed = await phone.post('/api/me/ideas', { ...body, clientKey: 'idea-5' });
    expect(closed.status).toBe(409);
    expect(errorCode(closed.body)).toBe('wrong_phase');
    expect(JSON.stringify(ideas.body)).not.toContain('participant');
  });

  it('types in paper cards, fixes typos, hides with a reason and unhides, all audited', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const card = await national.post<StaffIdea>(`/api/dialogues/${dialogue.id}/ideas`, {
      tableId: dialogue.tables[1].id,
      text: 'Capasitación en oficios',
    });
    expect(card.status).toBe(201);
    expect(card.body.source).toBe('card');
    const badTable = await national.post(`/api/dialogues/${dialogue.id}/ideas`, {
      tableId: 999999,
      text: 'x',
    });
    expect(errorCode(badTable.body)).toBe('unknown_table');
    const fixed = await national.patch<StaffIdea>(`/api/ideas/${card.body.id}`, {
      text: 'Capacitación en oficios',
    });
    expect(fixed.body.text).toBe('Capacitación en oficios');
    const noReason = await national.post(`/api/ideas/${card.body.id}/hide`, { reason: '  ' });
    expect(noReason.status).toBe(400);
    const hidden = await national.post<StaffIdea>(`/api/ideas/${card.body.id}/hide`, {
      reason: 'Datos personales',
    });
    expect(hidden.body.hiddenReason).toBe('Datos personales');
    const visible = await national.get<{ ideas: StaffIdea[] }>(`/api/dialogues/${dialogue.id}/ideas`);
    expect(visible.body.ideas).toHaveLength(0);
    const all = await national.get<{ ideas: StaffIdea[] }>(
      `/api/dialogues/${dialogue.id}/ideas?includeHidden=1`,
    );
    expect(all.body.ideas).toHaveLength(1);
    const shown = await national.post<StaffIdea>(`/api/ideas/${card.body.id}/unhide`);
    expect(shown.body.hiddenReason).toBeNull();
    const audit = await national.get(`/api/audit?entity=idea&entityId=${card.body.id}`);
    const text = JSON.stringify(audit.body);
    for (const action of ['idea.create', 'idea.edit', 'idea.hide', 'idea.unhide'])
      expect(text).toContain(action);
    const maule = await server.signIn('regional', ['CL-ML']);
    expect((await maule.post(`/api/ideas/${card.body.id}/hide`, { reason: 'x' })).status).toBe(404);
  });

  it('refuses every moderation once the dialogue is closed (409), and changes nothing', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const add = (text: string) =>
      national.post<StaffIdea>(`/api/dialogues/${dialogue.id}/ideas`, {
        tableId: dialogue.tables[0].id,
        text,
      });
    const first = (await add('Capacitación en oficios')).body;
    const second = (await add('Cursos de oficios')).body;
    const third = (await add('Becas de movilización')).body;
    await national.post(`/api/ideas/${third.id}/merge`, { intoId: first.id });
    const fourth = (await add('Oculta antes del cierre')).body;
    await national.post(`/api/ideas/${fourth.id}/hide`, { reason: 'Repetida' });
    await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
    const attempts = [
      national.patch(`/api/ideas/${first.id}`, { text: 'Cambiada después del cierre' }),
      national.post(`/api/ideas/${first.id}/hide`, { reason: 'Tarde' }),
      national.post(`/api/ideas/${fourth.id}/unhide`),
      national.post(`/api/ideas/${second.id}/merge`, { intoId: first.id }),
      national.post(`/api/ideas/${third.id}/unmerge`),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(409);
      expect(errorCode(answer.body)).toBe('dialogue_closed');
    }
    const after = await national.get<{ ideas: StaffIdea[] }>(
      `/api/dialogues/${dialogue.id}/ideas?includeHidden=1`,
    );
    const byId = new Map(after.body.ideas.map((idea) => [idea.id, idea]));
    expect(byId.get(first.id)?.text).toBe('Capacitación en oficios');
    expect(byId.get(first.id)?.hiddenReason).toBeNull();
    expect(byId.get(fourth.id)?.hiddenReason).toBe('Repetida');
    expect(byId.get(second.id)?.mergedIntoId).toBeNull();
    expect(byId.get(third.id)?.mergedIntoId).toBe(first.id);
  });

  it('merges with dots following, refuses loops, and unmerges restoring refunded dots', async () => {
    const dialogue = await createDialogue(national, { dotsPerParticipant: 6, maxDotsPerIdea: 3 });
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const a = await phoneIdea(phone, dialogue, 'Idea A');
    const b = await phoneIdea(phone, dialogue, 'Idea B');
    const c = await phoneIdea(phone, dialogue, 'Idea C');
    await setPhase(national, dialogue.id, 'voting');
    expect((await vote(phone, a, 2)).status).toBe(200);
    expect((await vote(phone, b, 2)).status).toBe(200);
    expect((await vote(phone, c, 1)).status).toBe(200);

    // A into B: 2 + 2 = 4 > cap 3, so one dot comes back from A.
    const merged = await national.post<{ merge: { id: number; sourceId: number; targetId: number } }>(
      `/api/ideas/${a}/merge`,
      { intoId: b },
    );
    expect(merged.status).toBe(200);
    expect(merged.body.merge).toMatchObject({ sourceId: a, targetId: b });
    let me = await phone.get<{
      myDots: Record<string, number>;
      dotsLeft: number;
      ideas: Array<{ id: number }>;
    }>('/api/me');
    expect(me.body.myDots).toEqual({ [b]: 3, [c]: 1 });
    expect(me.body.dotsLeft).toBe(2);
    expect(me.body.ideas.map((idea) => idea.id).sort()).toEqual([b, c].sort());
    const overCap = await vote(phone, a, 1);
    expect(errorCode(overCap.body)).toBe('over_idea_cap');

    // Loops: B into A (A's chain ends at B), and A again (already merged), and itself.
    const loop = await national.post(`/api/ideas/${b}/merge`, { intoId: a });
    expect(loop.status).toBe(422);
    expect(errorCode(loop.body)).toBe('merge_loop');
    expect(errorCode((await national.post(`/api/ideas/${a}/merge`, { intoId: c })).body)).toBe(
      'already_merged',
    );
    expect(errorCode((await national.post(`/api/ideas/${c}/merge`, { intoId: c })).body)).toBe('merge_loop');

    // B into C: the chain A → B → C; totals at C.
    await national.post(`/api/ideas/${b}/merge`, { intoId: c });
    const ideas = await national.get<{ ideas: StaffIdea[] }>(`/api/dialogues/${dialogue.id}/ideas`);
    const byId = new Map(ideas.body.ideas.map((idea) => [idea.id, idea]));
    expect(byId.get(c)?.totalDots).toBe(3);
    expect(byId.get(a)?.mergedIntoId).toBe(b);
    expect(errorCode((await national.post(`/api/ideas/${c}/merge`, { intoId: a })).body)).toBe('merge_loop');

    // Undo both: the refunded dots come back where they were, within budget and cap.
    expect((await national.post(`/api/ideas/${b}/unmerge`)).status).toBe(200);
    const unmergedA = await national.post<StaffIdea>(`/api/ideas/${a}/unmerge`);
    expect(unmergedA.body.mergedIntoId).toBeNull();
    me = await phone.get('/api/me');
    expect(me.body.myDots).toEqual({ [a]: 2, [b]: 2, [c]: 1 });
    expect(me.body.dotsLeft).toBe(1);
    expect(errorCode((await national.post(`/api/ideas/${a}/unmerge`)).body)).toBe('not_merged');
  });

  it('gives back refunded dots only within the budget at unmerge', async () => {
    const dialogue = await createDialogue(national, { dotsPerParticipant: 4, maxDotsPerIdea: 2 });
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const a = await phoneIdea(phone, dialogue, 'A');
    const b = await phoneIdea(phone, dialogue, 'B');
    const c = await phoneIdea(phone, dialogue, 'C');
    await setPhase(national, dialogue.id, 'voting');
    await vote(phone, a, 2);
    await vote(phone, b, 2);
    await national.post(`/api/ideas/${a}/merge`, { intoId: b });
    // The two refunded dots are spent on C meanwhile.
    expect((await vote(phone, c, 2)).body.dotsLeft).toBe(0);
    await national.post(`/api/ideas/${a}/unmerge`);
    const me = await phone.get<{ myDots: Record<string, number>; dotsLeft: number }>('/api/me');
    expect(me.body.dotsLeft).toBe(0);
    expect(me.body.myDots).toEqual({ [b]: 2, [c]: 2 });
  });

  it('never answers 500 to malformed bodies', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const idea = await phoneIdea(phone, dialogue, 'Una idea');
    const junk: unknown[] = [
      '{',
      'null',
      '[]',
      '"texto"',
      '12',
      {},
      { text: 12 },
      { text: null },
      { ideaId: 'x', delta: 1.5, clientKey: '' },
      { ideaId: -1, delta: 0, clientKey: 'k' },
      { ideaId: idea, delta: 1e308, clientKey: 'k'.repeat(1000) },
      { questionId: [], text: {}, clientKey: true },
      { tableId: '1', consent: 'yes', sector: 'nope' },
      { rating: 'genial' },
      { status: 'deleted' },
      { phase: 'lunch' },
      { intoId: 'x' },
      { reason: 5 },
      { userIds: ['a'] },
      {
        regionCode: 'CL-XX',
        title: '',
        date: '2026-13-45',
        dotsPerParticipant: -1,
        questions: 'q',
        tables: null,
      },
      { __proto__: { polluted: true }, text: 'x' },
    ];
    const targets: Array<[ApiClient, string, string]> = [
      [phone, 'POST', '/api/me/ideas'],
      [phone, 'PATCH', `/api/me/ideas/${idea}`],
      [phone, 'POST', '/api/me/votes'],
      [phone, 'PUT', '/api/me/evaluation'],
      [server.client(), 'POST', `/api/join/${dialogue.joinCode}/participants`],
      [national, 'POST', '/api/dialogues'],
      [national, 'PATCH', `/api/dialogues/${dialogue.id}`],
      [national, 'POST', `/api/dialogues/${dialogue.id}/status`],
      [national, 'POST', `/api/dialogues/${dialogue.id}/phase`],
      [national, 'PUT', `/api/dialogues/${dialogue.id}/facilitators`],
      [national, 'POST', `/api/dialogues/${dialogue.id}/ideas`],
      [national, 'PATCH', `/api/ideas/${idea}`],
      [national, 'POST', `/api/ideas/${idea}/hide`],
      [national, 'POST', `/api/ideas/${idea}/merge`],
      [national, 'POST', '/api/organizations'],
    ];
    for (const [client, method, url] of targets) {
      for (const body of junk) {
        const response = await client.request(method, url, body);
        expect(response.status, `${method} ${url} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (response.status >= 400) expect(errorCode(response.body)).toEqual(expect.any(String));
      }
    }
    for (const url of [
      '/api/dialogues/abc',
      '/api/dialogues/0/screen',
      '/api/ideas/99999999999999999999/unhide',
    ]) {
      const post = url.endsWith('unhide');
      expect((await national.request(post ? 'POST' : 'GET', url, post ? {} : undefined)).status).toBeLessThan(
        500,
      );
    }
    expect((await server.client().get('/api/join/%00%ff')).status).toBeLessThan(500);
    expect(
      (await phone.post('/api/me/ideas', { questionId: 1, text: 'x', clientKey: key() })).status,
    ).toBeLessThan(500);
  });
});
