import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import {
  createDialogue,
  errorCode,
  goLive,
  joinPhone,
  phoneIdea,
  setPhase,
  vote,
} from '../dialogues/testing.js';

describe.each(storeKinds)('dot voting on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  async function votingRoom(dots = 5, cap = 3, ideas = 3) {
    const dialogue = await createDialogue(national, { dotsPerParticipant: dots, maxDotsPerIdea: cap });
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const ids: number[] = [];
    for (let i = 0; i < ideas; i += 1) ids.push(await phoneIdea(phone, dialogue, `Idea ${i + 1}`));
    return { dialogue, phone, ids };
  }

  it('refuses votes outside the voting phase with 409 wrong_phase', async () => {
    const { dialogue, phone, ids } = await votingRoom();
    const early = await vote(phone, ids[0], 1);
    expect(early.status).toBe(409);
    expect(errorCode(early.body)).toBe('wrong_phase');
    await setPhase(national, dialogue.id, 'voting');
    expect((await vote(phone, ids[0], 1)).status).toBe(200);
    await setPhase(national, dialogue.id, 'evaluation');
    const late = await vote(phone, ids[0], -1);
    expect(late.status).toBe(409);
    const me = await phone.get<{ myDots: Record<string, number> }>('/api/me');
    expect(me.body.myDots).toEqual({ [ids[0]]: 1 });
  });

  it('holds the budget and the per-idea cap, lets dots move, and explains refusals', async () => {
    const { dialogue, phone, ids } = await votingRoom(5, 3);
    await setPhase(national, dialogue.id, 'voting');
    expect((await vote(phone, ids[0], 3)).body).toEqual({ ideaId: ids[0], dots: 3, dotsLeft: 2 });
    const cap = await vote(phone, ids[0], 1);
    expect(cap.status).toBe(422);
    expect(errorCode(cap.body)).toBe('over_idea_cap');
    expect((await vote(phone, ids[1], 2)).body).toMatchObject({ dots: 2, dotsLeft: 0 });
    const budget = await phone.request<{ error: { code: string; message: string } }>(
      'POST',
      '/api/me/votes',
      { ideaId: ids[2], delta: 1, clientKey: 'over' },
      { 'accept-language': 'en' },
    );
    expect(budget.status).toBe(422);
    expect(budget.body.error).toMatchObject({
      code: 'over_budget',
      message: 'You have no dots left: you used 5 of 5.',
    });
    // Moving a dot: take one back, put it elsewhere.
    expect((await vote(phone, ids[0], -1)).body).toMatchObject({ dots: 2, dotsLeft: 1 });
    expect((await vote(phone, ids[2], 1)).body).toMatchObject({ dots: 1, dotsLeft: 0 });
    const tooMany = await vote(phone, ids[2], -2);
    expect(errorCode(tooMany.body)).toBe('no_dots_to_remove');
    expect(errorCode((await vote(phone, 999999, 1)).body)).toBe('not_found');
    const screen = await national.get<{
      ranking: Array<{ ideaId: number; dots: number }>;
      dotsSpent: number;
    }>(`/api/dialogues/${dialogue.id}/screen`);
    expect(screen.body.dotsSpent).toBe(5);
    // Ties share a rank (1, 1, 3), per question.
    const questionId = dialogue.questions[0].id;
    expect(screen.body.ranking.slice(0, 3)).toEqual([
      { ideaId: ids[0], questionId, text: 'Idea 1', dots: 2, rank: 1 },
      { ideaId: ids[1], questionId, text: 'Idea 2', dots: 2, rank: 1 },
      { ideaId: ids[2], questionId, text: 'Idea 3', dots: 1, rank: 3 },
    ]);
  });

  it('makes a retried vote change nothing and refuses a key reused for another vote', async () => {
    const { dialogue, phone, ids } = await votingRoom();
    await setPhase(national, dialogue.id, 'voting');
    const first = await vote(phone, ids[0], 1, 'same-key');
    const again = await vote(phone, ids[0], 1, 'same-key');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const me = await phone.get<{ dotsLeft: number }>('/api/me');
    expect(me.body.dotsLeft).toBe(4);
    const reused = await vote(phone, ids[1], 1, 'same-key');
    expect(reused.status).toBe(409);
    expect(errorCode(reused.body)).toBe('client_key_reused');
  });

  it('never overspends under concurrency: 20 parallel +1 with budget 5 → exactly 5 accepted', async () => {
    const { dialogue, phone, ids } = await votingRoom(5, 5, 4);
    await setPhase(national, dialogue.id, 'voting');
    // Two "tabs" of the same participant, each with its own client, fire at once.
    const tab = server.client();
    tab.deviceToken = phone.deviceToken;
    const attempts = Array.from({ length: 20 }, (_, i) => vote(i % 2 ? tab : phone, ids[i % ids.length], 1));
    const results = await Promise.all(attempts);
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.filter((status) => status === 422)).toHaveLength(15);
    expect(
      results.filter((result) => result.status === 422).every((r) => errorCode(r.body) === 'over_budget'),
    ).toBe(true);
    const me = await phone.get<{ dotsLeft: number; myDots: Record<string, number> }>('/api/me');
    expect(me.body.dotsLeft).toBe(0);
    expect(Object.values(me.body.myDots).reduce((sum, dots) => sum + dots, 0)).toBe(5);
  });

  it('keeps the cap under concurrency on one idea and idempotency under parallel retries', async () => {
    const { dialogue, phone, ids } = await votingRoom(10, 3, 1);
    await setPhase(national, dialogue.id, 'voting');
    const onOne = await Promise.all(Array.from({ length: 10 }, () => vote(phone, ids[0], 1)));
    expect(onOne.filter((result) => result.status === 200)).toHaveLength(3);
    const other = await joinPhone(server, dialogue);
    const retries = await Promise.all(Array.from({ length: 8 }, () => vote(other, ids[0], 2, 'retry-key')));
    expect(retries.every((result) => result.status === 200)).toBe(true);
    const me = await other.get<{ dotsLeft: number }>('/api/me');
    expect(me.body.dotsLeft).toBe(8);
  });

  it('survives merges racing with votes: no server error, budget and cap still hold', async () => {
    const { dialogue, ids } = await votingRoom(6, 2, 4);
    const phones = [await joinPhone(server, dialogue), await joinPhone(server, dialogue)];
    await setPhase(national, dialogue.id, 'voting');
    const work: Array<Promise<{ status: number }>> = [];
    for (const phone of phones) for (const id of ids) work.push(vote(phone, id, 1), vote(phone, id, 1));
    work.push(national.post(`/api/ideas/${ids[0]}/merge`, { intoId: ids[1] }));
    work.push(national.post(`/api/ideas/${ids[2]}/merge`, { intoId: ids[3] }));
    const results = await Promise.all(work);
    expect(results.filter((result) => result.status >= 500)).toEqual([]);
    for (const phone of phones) {
      const me = await phone.get<{ myDots: Record<string, number>; dotsLeft: number }>('/api/me');
      const dots = Object.values(me.body.myDots);
      expect(me.body.myDots).toEqual(expect.any(Object));
      expect(Math.max(...dots)).toBeLessThanOrEqual(2);
      expect(dots.reduce((sum, onIdea) => sum + onIdea, 0) + me.body.dotsLeft).toBe(6);
    }
  });

  it('answers every vote of a batch on its own and reports each changed chain once per batch', async () => {
    const { dialogue, ids } = await votingRoom(2, 2, 3);
    const phones = await Promise.all(Array.from({ length: 12 }, () => joinPhone(server, dialogue)));
    await setPhase(national, dialogue.id, 'voting');
    // Sent at once, these land in one or a few batches: each phone's third dot is over budget, and a
    // phone that erred must not undo the others' dots.
    const results = await Promise.all(
      phones.flatMap((phone, index) => [
        vote(phone, ids[index % 3], 1),
        vote(phone, ids[(index + 1) % 3], 1),
        vote(phone, ids[(index + 2) % 3], 1),
      ]),
    );
    expect(results.filter((result) => result.status >= 500)).toEqual([]);
    expect(results.filter((result) => result.status === 200)).toHaveLength(24);
    expect(results.filter((result) => errorCode(result.body) === 'over_budget')).toHaveLength(12);
    const screen = await national.get<{
      dotsSpent: number;
      ranking: Array<{ ideaId: number; dots: number }>;
    }>(`/api/dialogues/${dialogue.id}/screen`);
    expect(screen.body.dotsSpent).toBe(24);
    expect(screen.body.ranking.reduce((sum, idea) => sum + idea.dots, 0)).toBe(24);
    const lastEvent = async () => {
      const events = await server.app.ctx.db
        .selectFrom('dialogue_events')
        .select('payload_json')
        .where('dialogue_id', '=', dialogue.id)
        .where('type', '=', 'votes.changed')
        .orderBy('id', 'desc')
        .limit(1)
        .execute();
      return JSON.parse(events[0].payload_json) as {
        ideas: Array<{ ideaId: number; dots: number }>;
        dotsSpent: number;
        participantsDone: number;
      };
    };
    // The event's figures (kept running between batches on SQLite) agree with the stored votes,
    // batch after batch, across a merge that moves dots between chains.
    const agrees = async (spent: number) => {
      const [event, state] = await Promise.all([
        lastEvent(),
        national.get<{ dotsSpent: number; ranking: Array<{ ideaId: number; dots: number }> }>(
          `/api/dialogues/${dialogue.id}/screen`,
        ),
      ]);
      expect(event.dotsSpent).toBe(spent);
      expect(state.body.dotsSpent).toBe(spent);
      expect(event.ideas.length).toBeGreaterThan(0);
      for (const idea of event.ideas)
        expect(idea.dots).toBe(state.body.ranking.find((ranked) => ranked.ideaId === idea.ideaId)?.dots ?? 0);
    };
    await agrees(24);
    expect((await vote(phones[0], ids[0], -1)).status).toBe(200);
    await agrees(23);
    expect((await vote(phones[0], ids[2], 1)).status).toBe(200);
    await agrees(24);
    expect((await national.post(`/api/ideas/${ids[2]}/merge`, { intoId: ids[1] })).status).toBe(200);
    const withdrawn = await vote(phones[1], ids[2], -1);
    expect(withdrawn.body).toMatchObject({ ideaId: ids[1] });
    await agrees(23);
    expect((await vote(phones[1], ids[0], 1)).status).toBe(200);
    await agrees(24);
    expect((await lastEvent()).participantsDone).toBe(12);
  });

  it('describes the room in the OpenAPI document', async () => {
    const document = await server.client().get<{ paths: Record<string, unknown> }>('/api/openapi.json');
    for (const path of [
      '/api/me/votes',
      '/api/join/{code}/participants',
      '/api/dialogues/{id}/phase',
      '/api/me',
    ])
      expect(document.body.paths).toHaveProperty([path]);
  });
});
