import { type CallContext, type Ids, staff } from './harness.js';
import { type Base, type Feature, must, type Side } from './world.js';

/** An online consultation of the region: statements, a phone's proposal waiting for moderation. */
export interface ConsultationsData {
  id: number;
  key: string;
  statementId: number;
  pendingId: number;
  dialogueId: number;
  texts: string[];
}

async function build(base: Base, side: Side, built: { participation?: { dialogue: { id: number } } }) {
  const nat = base.clients.nat;
  const M = side.marker;
  const now = Date.now();
  const consultation = await must<{ id: number; publicKey: string; statements: Array<{ id: number }> }>(
    'consultation',
    nat.post('/api/consultations', {
      regionCode: side.region,
      question: `¿Qué necesita el empleo en ${M}?`,
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 30 * 86_400_000).toISOString(),
      statements: [`Frase ${M} sobre transporte nocturno`],
    }),
  );
  const joined = await fetch(`${base.server.url}/api/c/${consultation.publicKey}/join`, { method: 'POST' });
  const { token } = (await joined.json()) as { token: string };
  const proposed = await fetch(`${base.server.url}/api/c/${consultation.publicKey}/statements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-consultation-token': token },
    body: JSON.stringify({ text: `Propuesta ${M} de una vecina` }),
  });
  const pending = (await proposed.json()) as { id: number };
  return {
    id: consultation.id,
    key: consultation.publicKey,
    statementId: consultation.statements[0].id,
    pendingId: pending.id,
    dialogueId: built.participation?.dialogue.id ?? 0,
    texts: [
      `¿Qué necesita el empleo en ${M}?`,
      `Frase ${M} sobre transporte nocturno`,
      `Propuesta ${M} de una vecina`,
    ],
  } satisfies ConsultationsData;
}

const A = (c: CallContext) => c.world.A.consultations;

/** A fresh pending proposal for each allowed moderation. */
async function freshPending(c: CallContext): Promise<Ids> {
  const key = A(c).key;
  const url = c.world.server.url;
  const joined = await fetch(`${url}/api/c/${key}/join`, { method: 'POST' });
  const { token } = (await joined.json()) as { token: string };
  const proposed = await fetch(`${url}/api/c/${key}/statements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-consultation-token': token },
    body: JSON.stringify({ text: `Otra propuesta ${c.unique()}` }),
  });
  return { '/api/consultations/:id/statements/:statementId': ((await proposed.json()) as { id: number }).id };
}

export const consultations: Feature<ConsultationsData> = {
  name: 'consultations',
  build,
  ids: (data) => ({
    '/api/consultations/:id': data.id,
    '/api/consultations/:id/statements/:statementId': data.pendingId,
  }),
  secrets: (data) => data.texts,
  mainSecrets: (data) => data.texts,
  rows: [
    // route                                                            nat  mgrA mgrB  facA facX
    // A regional consultation: its region's staff read it, its managers change it; others 404.
    staff('GET /api/consultations                                     | ok   ok   blind ok   ok'),
    staff('POST /api/consultations                                    | ok   ok   403   403  403', {
      body: (c) => ({
        regionCode: c.text('region'),
        question: `¿Pregunta ${c.unique()}?`,
        opensAt: '2026-01-01T00:00:00Z',
        closesAt: '2026-02-01T00:00:00Z',
      }),
    }),
    // A Pol.is export as a new consultation of region A: its managers only, refused before reading.
    staff(
      'POST /api/consultations/import-polis?regionCode={region}&question=%C2%BFImportada%3F&opensAt=2026-01-01T00:00:00Z&closesAt=2026-02-01T00:00:00Z | ok ok 403 403 403',
      {
        file: () => ({
          name: 'participants-votes.csv',
          content: 'participant,group-id,n-comments,n-votes,n-agree,n-disagree,0\n0,,0,1,1,0,1\n',
        }),
      },
    ),
    staff('GET /api/consultations/:id                                 | ok   ok   404   ok   ok'),
    staff('POST /api/consultations/:id/statements                     | ok   ok   404   403  403', {
      body: (c) => ({ text: `Frase nueva ${c.unique()}` }),
    }),
    staff('POST /api/consultations/:id/statements/from-dialogue       | ok   ok   404   403  403', {
      body: (c) => ({ dialogueId: A(c).dialogueId, top: 2 }),
    }),
    staff('POST /api/consultations/:id/statements/from-theme          | ok   ok   404   403  403', {
      body: (c) => ({ themeId: c.world.A.portfolio.themes[0].id, top: 2 }),
    }),
    staff('POST /api/consultations/:id/statements/:statementId/moderation | ok ok 404 403  403', {
      fresh: freshPending,
      body: () => ({ decision: 'show' }),
    }),
    staff('GET /api/consultations/:id/groups                          | ok   ok   404   ok   ok'),
    staff('GET /api/consultations/:id/participants-votes.csv          | ok   ok   404   ok   ok'),
    staff('POST /api/consultations/:id/dialogues                      | ok   ok   404   403  403', {
      body: (c) => ({ dialogueId: A(c).dialogueId }),
    }),
    staff('DELETE /api/consultations/:id/dialogues/:dialogueId        | ok   ok   404   403  403', {
      ids: (c) => ({ '/api/consultations/:id/dialogues/:dialogueId': A(c).dialogueId }),
      // Taken to the dialogue again before each allowed call, so each one removes a link.
      fresh: async (c) => {
        await c.world.clients.nat.post(`/api/consultations/${A(c).id}/dialogues`, {
          dialogueId: A(c).dialogueId,
        });
        return {};
      },
    }),
    staff('GET /api/dialogues/:id/consultations                       | ok   ok   404   ok   ok', {
      ids: (c) => ({ '/api/dialogues/:id': A(c).dialogueId }),
    }),
    staff('GET /api/consultations/:id/qr.svg                          | ok   ok   404   ok   ok'),
  ],
};
