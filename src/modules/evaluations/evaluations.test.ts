import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, errorCode, goLive, joinPhone, setPhase } from '../dialogues/testing.js';

describe.each(storeKinds)('evaluation of the method on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('takes one answer per participant during evaluation and shows the share excelente or bueno', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phones = [
      await joinPhone(server, dialogue),
      await joinPhone(server, dialogue),
      await joinPhone(server, dialogue),
    ];
    const early = await phones[0].put('/api/me/evaluation', { rating: 'bueno' });
    expect(early.status).toBe(409);
    expect(errorCode(early.body)).toBe('wrong_phase');
    await setPhase(national, dialogue.id, 'voting');
    await setPhase(national, dialogue.id, 'evaluation');
    const first = await phones[0].put('/api/me/evaluation', { rating: 'excelente', comment: 'Muy útil' });
    expect(first.status).toBe(201);
    expect((await phones[1].put('/api/me/evaluation', { rating: 'bueno' })).status).toBe(201);
    expect((await phones[2].put('/api/me/evaluation', { rating: 'malo' })).status).toBe(201);
    const second = await phones[0].put('/api/me/evaluation', { rating: 'malo' });
    expect(second.status).toBe(409);
    expect(errorCode(second.body)).toBe('already_evaluated');
    const bad = await phones[1].put('/api/me/evaluation', { rating: 'genial' });
    expect(bad.status).toBe(400);
    const me = await phones[0].get<{ evaluation: unknown }>('/api/me');
    expect(me.body.evaluation).toEqual({ rating: 'excelente', comment: 'Muy útil' });
    const screen = await national.get<{ evaluation: unknown }>(`/api/dialogues/${dialogue.id}/screen`);
    expect(screen.body.evaluation).toEqual({ responses: 3, excellentOrGood: 2, excellentOrGoodShare: 0.667 });
  });

  it('stores one evaluation even when sent twice at once', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id, 'evaluation');
    const phone = await joinPhone(server, dialogue);
    const results = await Promise.all([
      phone.put('/api/me/evaluation', { rating: 'bueno' }),
      phone.put('/api/me/evaluation', { rating: 'regular' }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
  });
});
