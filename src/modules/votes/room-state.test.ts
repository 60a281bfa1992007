import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/**
 * Each instance keeps a live dialogue's dots in memory between batches (votes/room-state.ts), trusted
 * only while the dialogue's last event is the one it saw. Two instances on one store, voting for the
 * same phone in turn and moderating in between, must each see what the other did.
 */
describe.each(storeKinds)('room state across two instances on %s', (kind) => {
  let first: TestServer;
  let second: TestServer;
  beforeAll(async () => {
    first = await startTestServer(kind);
    // The second instance opens the first one's store: the same PostgreSQL database or SQLite file.
    second = await startTestServer(kind, {
      MINGA_DATA_DIR: first.ctx.config.dataDir,
      ...(first.ctx.config.DATABASE_URL ? { DATABASE_URL: first.ctx.config.DATABASE_URL } : {}),
    });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('sees the other instance’s votes, hides and merges', async () => {
    const national = await first.signIn('national');
    const dialogue = await createDialogue(national, { dotsPerParticipant: 3, maxDotsPerIdea: 3 });
    await goLive(national, dialogue.id);
    const onFirst = await joinPhone(first, dialogue);
    const onSecond = Object.assign(second.client(), { deviceToken: onFirst.deviceToken });
    const ideaA = await phoneIdea(onFirst, dialogue, 'Cursos de soldadura en Lota');
    const ideaB = await phoneIdea(onFirst, dialogue, 'Talleres de soldadura para jóvenes');
    const ideaC = await phoneIdea(onFirst, dialogue, 'Bolsa de empleo comunal');
    await setPhase(national, dialogue.id, 'voting');

    expect((await vote(onFirst, ideaA, 1)).body).toMatchObject({ ideaId: ideaA, dots: 1, dotsLeft: 2 });
    expect((await vote(onSecond, ideaB, 1)).body).toMatchObject({ ideaId: ideaB, dots: 1, dotsLeft: 1 });
    // The first instance's kept state predates the second one's vote: it must not be trusted.
    expect((await vote(onFirst, ideaA, 1)).body).toMatchObject({ dots: 2, dotsLeft: 0 });
    const over = await vote(onSecond, ideaC, 1);
    expect(over.status).toBe(422);
    expect(errorCode(over.body)).toBe('over_budget');

    // A merge taken by the second instance: the first one counts B's dot on A's chain.
    const onSecondStaff = Object.assign(second.client(), {
      sessionCookie: national.sessionCookie,
      csrfToken: national.csrfToken,
    });
    expect((await onSecondStaff.post(`/api/ideas/${ideaB}/merge`, { intoId: ideaA })).status).toBe(200);
    expect((await vote(onFirst, ideaA, -1)).body).toMatchObject({ ideaId: ideaA, dots: 2, dotsLeft: 1 });

    // A hide taken by the second instance: the first refuses new dots on that idea.
    expect((await onSecondStaff.post(`/api/ideas/${ideaC}/hide`, { reason: 'Repetida' })).status).toBe(200);
    const hidden = await vote(onFirst, ideaC, 1);
    expect(hidden.status).toBe(409);
    expect(errorCode(hidden.body)).toBe('idea_hidden');
    expect((await vote(onSecond, ideaA, 1)).body).toMatchObject({ dots: 3, dotsLeft: 0 });
  });
});
