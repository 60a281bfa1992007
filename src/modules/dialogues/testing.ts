import type { ApiClient } from '../../test/client.js';
import type { TestServer } from '../../test/server.js';

/** Test helpers for the dialogue room: a dialogue in a given state and phones that join it. */
export interface DialogueBody {
  id: number;
  joinCode: string;
  status: string;
  phase: string | null;
  questions: Array<{ id: number; position: number; text: string }>;
  tables: Array<{ id: number; number: number; name: string }>;
}

export async function createDialogue(
  staff: ApiClient,
  overrides: Record<string, unknown> = {},
): Promise<DialogueBody> {
  const response = await staff.post<DialogueBody>('/api/dialogues', {
    regionCode: 'CL-BI',
    title: 'Diálogo de prueba',
    date: '2026-11-25',
    venue: 'Concepción',
    dotsPerParticipant: 5,
    maxDotsPerIdea: 3,
    questions: ['¿Cómo podríamos mejorar la capacitación?'],
    tables: ['Mesa 1', 'Mesa 2'],
    ...overrides,
  });
  if (response.status !== 201)
    throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Moves a dialogue to live and, if asked, to a later phase. */
export async function goLive(staff: ApiClient, id: number, phase?: 'voting' | 'evaluation') {
  for (const status of ['open', 'live']) {
    const response = await staff.post(`/api/dialogues/${id}/status`, { status });
    if (response.status !== 200) throw new Error(`status ${status}: ${JSON.stringify(response.body)}`);
  }
  const steps = phase === 'voting' ? ['voting'] : phase === 'evaluation' ? ['voting', 'evaluation'] : [];
  for (const step of steps) await setPhase(staff, id, step);
}

export async function setPhase(staff: ApiClient, id: number, phase: string) {
  const response = await staff.post(`/api/dialogues/${id}/phase`, { phase });
  if (response.status !== 200) throw new Error(`phase ${phase}: ${JSON.stringify(response.body)}`);
}

/** A phone that joined the dialogue: a client carrying its device token. */
export async function joinPhone(
  server: TestServer,
  dialogue: DialogueBody,
  extra: Record<string, unknown> = {},
) {
  const phone = server.client();
  const response = await phone.post<{ participantId: number; deviceToken: string }>(
    `/api/join/${dialogue.joinCode}/participants`,
    { tableId: dialogue.tables[0].id, sector: 'trabajador_ocupado', consent: true, ...extra },
  );
  if (response.status !== 201)
    throw new Error(`join failed: ${response.status} ${JSON.stringify(response.body)}`);
  phone.deviceToken = response.body.deviceToken;
  return Object.assign(phone, { participantId: response.body.participantId });
}

let keys = 0;
export function key(): string {
  keys += 1;
  return `k-${Date.now()}-${keys}`;
}

/** A phone's idea; returns its id. */
export async function phoneIdea(phone: ApiClient, dialogue: DialogueBody, text: string): Promise<number> {
  const response = await phone.post<{ idea: { id: number } }>('/api/me/ideas', {
    questionId: dialogue.questions[0].id,
    text,
    clientKey: key(),
  });
  if (response.status !== 201)
    throw new Error(`idea failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.idea.id;
}

export async function vote(phone: ApiClient, ideaId: number, delta: number, clientKey = key()) {
  return phone.post<{ ideaId: number; dots: number; dotsLeft: number; error?: { code: string } }>(
    '/api/me/votes',
    {
      ideaId,
      delta,
      clientKey,
    },
  );
}

export const errorCode = (body: unknown) => (body as { error?: { code?: string } })?.error?.code;
