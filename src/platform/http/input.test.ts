import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createDialogue,
  goLive,
  joinPhone,
  phoneIdea,
  setPhase,
  vote,
} from '../../modules/dialogues/testing.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { cleanTexts, textProblem, urlId, urlInt } from './input.js';

describe('the text rule', () => {
  it('refuses control characters but keeps the line breaks and tabs of multi-line text', () => {
    expect(textProblem('a\u0000b')).toBe('control');
    expect(textProblem('\u001b[31mrojo')).toBe('control');
    expect(textProblem('\u0085')).toBe('control');
    expect(textProblem('Primera línea\nSegunda\tcon tabulador\r\n')).toBeNull();
  });

  it('refuses text that is only invisible characters, and only that', () => {
    expect(textProblem('\u200B\u200B')).toBe('blank');
    expect(textProblem(' \uFEFF ')).toBe('blank');
    expect(textProblem('\u2060')).toBe('blank');
    expect(textProblem('')).toBeNull();
    expect(textProblem('hola\u200Bmundo')).toBeNull();
    // Repeated calls give the same answer (a global regular expression keeps state between calls).
    for (let i = 0; i < 3; i += 1) expect(textProblem('\u200B')).toBe('blank');
  });

  it('normalises to NFC and names every offending path', () => {
    const decomposed = 'Conce\u0301pcion';
    const { value, issues } = cleanTexts(
      { title: decomposed, tables: ['Mesa 1', 'x\u0000'], nested: { key: '\u200B' } },
      'body',
      'es',
    );
    expect((value as { title: string }).title).toBe('Concépcion');
    expect(issues.map((issue) => issue.path)).toEqual(['body.tables.1', 'body.nested.key']);
    expect(issues[0].message).toContain('caracteres de control');
  });

  it('reads ids in decimal digits only, within 32 bits', () => {
    expect(urlId.parse('16')).toBe(16);
    for (const bad of ['0x10', '1e3', ' 7 ', '2147483648', '0', '-1', '9007199254740993', '१२'])
      expect(urlId.safeParse(bad).success, bad).toBe(false);
    expect(z.object({ page: urlInt(1, 100).default(1) }).parse({})).toEqual({ page: 1 });
  });
});

describe.each(storeKinds)('hostile text and ids over HTTP on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('answers ids in hex, beyond 32 bits or beyond 53 bits with 400, never 500', async () => {
    const dialogue = await createDialogue(national);
    for (const id of ['0x10', '2147483648', '9007199254740993', '1e3']) {
      const response = await national.get<{ error: { code: string; issues: Array<{ path: string }> } }>(
        `/api/dialogues/${id}`,
      );
      expect(response.status, id).toBe(400);
      expect(response.body.error.issues[0].path).toBe('params.id');
    }
    expect((await national.get(`/api/dialogues/${dialogue.id}`)).status).toBe(200);
  });

  it('refuses a vote whose key holds a NUL byte or whose idea id is beyond 32 bits, and counts the next one', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const ideaId = await phoneIdea(phone, dialogue, 'Talleres de oficios en la tarde');
    await setPhase(national, dialogue.id, 'voting');
    const nul = await vote(phone, ideaId, 1, 'clave\u0000mala');
    expect(nul.status).toBe(400);
    expect(JSON.stringify(nul.body)).toContain('body.clientKey');
    const big = await vote(phone, 2 ** 31, 1);
    expect(big.status).toBe(400);
    expect((await vote(phone, ideaId, 1)).status).toBe(200);
  });

  it('refuses ideas and titles that are control characters or only invisible ones, naming the field', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    for (const text of ['\u200B\u200B\u200B', 'idea\u0000', '\uFEFF']) {
      const response = await phone.post<{ error: { issues: Array<{ path: string }> } }>('/api/me/ideas', {
        questionId: dialogue.questions[0].id,
        text,
        clientKey: `k-${text.length}-${text.charCodeAt(0)}`,
      });
      expect(response.status, JSON.stringify(text)).toBe(400);
      expect(response.body.error.issues.map((issue) => issue.path)).toContain('body.text');
    }
    const title = await national.post('/api/dialogues', {
      regionCode: 'CL-BI',
      title: 'Diálogo\u0000',
      date: '2026-11-25',
      questions: ['¿Qué?'],
      tables: ['Mesa 1'],
    });
    expect(title.status).toBe(400);
    // A multi-line idea keeps its line break.
    const multi = 'Primera parte\nSegunda parte';
    const id = await phoneIdea(phone, dialogue, multi);
    expect(id).toBeGreaterThan(0);
  });
});
