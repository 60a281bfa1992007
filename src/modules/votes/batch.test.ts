import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantActor } from '../../platform/auth/actor.js';
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
import { voteQueue } from './queue.js';

/**
 * A vote the database itself refuses (not a rule: a failed statement) shares a group commit with
 * honest votes. It is submitted straight to the queue, past the HTTP validation that stops the
 * known cases, to stand for whatever the next unknown one is.
 */
describe.each(storeKinds)('one failing vote in a batch on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('fails alone: every honest vote of the same batch commits', async () => {
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national, { dotsPerParticipant: 5 });
    await goLive(national, dialogue.id);
    const phones = await Promise.all(Array.from({ length: 20 }, () => joinPhone(server, dialogue)));
    const idea = await phoneIdea(phones[0], dialogue, 'Cursos en horario vespertino');
    await setPhase(national, dialogue.id, 'voting');
    const actor = (participantId: number, dialogueId = dialogue.id): ParticipantActor => ({
      kind: 'participant',
      id: participantId,
      dialogueId,
      tableId: dialogue.tables[0].id,
    });
    const queue = voteQueue(server.ctx);
    // All submitted in one turn of the event loop, so they share one batch.
    const honest = phones.map((phone, index) =>
      queue.submit(actor(phone.participantId), { ideaId: idea, delta: 1, clientKey: `honesto-${index}` }),
    );
    const poisoned = [
      // A dialogue that does not exist: the batch's own reads fail.
      queue.submit(actor(phones[1].participantId, 2_000_000_000), {
        ideaId: idea,
        delta: 1,
        clientKey: 'fantasma',
      }),
      // PostgreSQL refuses a NUL byte in text; SQLite stores it (and the HTTP layer refuses it).
      ...(kind === 'postgres'
        ? [queue.submit(actor(phones[2].participantId), { ideaId: idea, delta: 1, clientKey: 'nul\u0000' })]
        : []),
    ];
    const settled = await Promise.allSettled([...honest, ...poisoned]);
    const honestResults = settled.slice(0, honest.length);
    expect(honestResults.map((result) => result.status)).toEqual(honest.map(() => 'fulfilled'));
    expect(settled.slice(honest.length).map((result) => result.status)).toEqual(
      poisoned.map(() => 'rejected'),
    );
    const stored = await server.ctx.db
      .selectFrom('votes')
      .select((eb) => eb.fn.sum<number>('dots').as('dots'))
      .where('idea_id', '=', idea)
      .executeTakeFirstOrThrow();
    expect(Number(stored.dots)).toBe(20);
  });

  it('refuses an erased phone at once, though its token was just used to vote', async () => {
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national, { dotsPerParticipant: 5 });
    await goLive(national, dialogue.id);
    const [phone, other] = await Promise.all([joinPhone(server, dialogue), joinPhone(server, dialogue)]);
    const idea = await phoneIdea(other, dialogue, 'Becas para cursos nocturnos');
    await setPhase(national, dialogue.id, 'voting');
    expect((await vote(phone, idea, 1)).status).toBe(200);
    expect((await national.post(`/api/participants/${phone.participantId}/erase`)).status).toBe(200);
    const after = await vote(phone, idea, 1);
    expect(after.status).toBe(401);
    expect(errorCode(after.body)).toBe('device_unknown');
    expect((await vote(other, idea, 1)).status).toBe(200);
  });
});
