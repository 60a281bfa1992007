import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, goLive, joinPhone, key, setPhase, vote } from '../dialogues/testing.js';

interface Me {
  myIdeas: Array<{
    id: number;
    text: string;
    fate: { state: string; reason: string | null; mergedInto: { id: number; text: string } | null };
    dots: number | null;
  }>;
  retired: Array<{ id: number; text: string; reason: string | null }>;
  finalRanking: Array<{ ideaId: number; questionId: number; text: string; dots: number; rank: number }>;
}

describe.each(storeKinds)('a phone learns what became of its ideas, on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('is told of a hidden idea (and why), a merge (into which), names retired dots, and sees the close', async () => {
    const dialogue = await createDialogue(national, { questions: ['¿Primera?', '¿Segunda?'] });
    await goLive(national, dialogue.id);
    const [q1, q2] = dialogue.questions;
    const rosa = await joinPhone(server, dialogue);
    const luis = await joinPhone(server, dialogue);
    const idea = async (phone: ApiClient, questionId: number, text: string) =>
      (await phone.post<{ idea: { id: number } }>('/api/me/ideas', { questionId, text, clientKey: key() }))
        .body.idea.id;
    const kept = await idea(luis, q1.id, 'Cursos en la tarde');
    const merged = await idea(rosa, q1.id, 'Cursos vespertinos');
    const hidden = await idea(rosa, q2.id, 'Idea fuera de tema');
    const shown = await idea(rosa, q2.id, 'Soldadura para mujeres');
    await national.post(`/api/ideas/${merged}/merge`, { intoId: kept });
    await setPhase(national, dialogue.id, 'voting');
    await vote(luis, hidden, 1);
    await vote(luis, shown, 2);
    await vote(rosa, kept, 3);
    await national.post(`/api/ideas/${hidden}/hide`, { reason: 'No responde a la pregunta' });

    const during = (await rosa.get<Me>('/api/me')).body;
    const fate = new Map(during.myIdeas.map((row) => [row.id, row.fate]));
    expect(fate.get(hidden)).toEqual({
      state: 'hidden',
      reason: 'No responde a la pregunta',
      mergedInto: null,
    });
    expect(fate.get(merged)).toEqual({
      state: 'merged',
      reason: null,
      mergedInto: { id: kept, text: 'Cursos en la tarde' },
    });
    expect(fate.get(shown)?.state).toBe('shown');
    expect(during.finalRanking).toEqual([]);
    // Luis's dot on the hidden idea is named in his «puntos en ideas retiradas».
    expect((await luis.get<Me>('/api/me')).body.retired).toEqual([
      { id: hidden, text: 'Idea fuera de tema', reason: 'No responde a la pregunta' },
    ]);

    await setPhase(national, dialogue.id, 'evaluation');
    await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
    const after = (await rosa.get<Me>('/api/me')).body;
    expect(after.finalRanking).toEqual([
      { ideaId: kept, questionId: q1.id, text: 'Cursos en la tarde', dots: 3, rank: 1 },
      { ideaId: shown, questionId: q2.id, text: 'Soldadura para mujeres', dots: 2, rank: 1 },
    ]);
    expect(after.myIdeas.find((row) => row.id === shown)?.dots).toBe(2);
    expect(after.myIdeas.find((row) => row.id === merged)?.dots).toBeNull();
  });
});
