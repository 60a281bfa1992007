import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { pdfText, pdfTextAvailable } from '../../test/pdf-text.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, goLive, joinPhone, key, setPhase, vote } from '../dialogues/testing.js';
import { writtenDate } from './pdf.js';

describe.each(storeKinds)('the acta of a dialogue on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it.runIf(pdfTextAvailable)(
    'records the facts, both questions, ideas with dots after merges, hidden ones and the evaluation',
    async () => {
      const dialogue = await createDialogue(national, {
        title: 'Diálogo Ñuble → empleo',
        venue: 'Liceo de Chillán',
        date: '2026-11-25',
        questions: ['¿Cómo acercar la capacitación?', '¿Qué oficios faltan en la región?'],
      });
      await goLive(national, dialogue.id);
      const [q1, q2] = dialogue.questions;
      const rosa = await joinPhone(server, dialogue, { sector: 'empleador' });
      const luis = await joinPhone(server, dialogue, { tableId: dialogue.tables[1].id });
      const idea = async (phone: ApiClient, questionId: number, text: string) =>
        (await phone.post<{ idea: { id: number } }>('/api/me/ideas', { questionId, text, clientKey: key() }))
          .body.idea.id;
      const buses = await idea(rosa, q1.id, 'Más buses a los cursos 🚌 rurales');
      const transport = await idea(luis, q1.id, 'Transporte gratis a la capacitación');
      const welding = await idea(luis, q2.id, 'Soldadura para mujeres');
      const hidden = await idea(rosa, q2.id, 'Llamen a Juan al +56 9 1234 5678');
      await national.post(`/api/ideas/${hidden}/hide`, { reason: 'Datos personales' });
      await setPhase(national, dialogue.id, 'voting');
      await vote(rosa, transport, 2);
      await vote(luis, buses, 2);
      await vote(luis, welding, 1);
      await national.post(`/api/ideas/${transport}/merge`, { intoId: buses });
      await setPhase(national, dialogue.id, 'evaluation');
      await rosa.put('/api/me/evaluation', { rating: 'excelente', comment: 'Muy útil 👍 gracias' });
      await luis.put('/api/me/evaluation', { rating: 'bueno' });
      await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });

      const response = await fetch(`${server.url}/api/dialogues/${dialogue.id}/acta.pdf`, {
        headers: { cookie: national.sessionCookie },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const text = pdfText(Buffer.from(await response.arrayBuffer()));
      const flat = text.replace(/\s+/g, ' ');
      for (const expected of [
        'Acta del diálogo: Diálogo Ñuble → empleo',
        'Región: Biobío',
        'Fecha: miércoles, 25 de noviembre de 2026',
        'Lugar: Liceo de Chillán',
        '1. ¿Cómo acercar la capacitación?',
        '2. ¿Qué oficios faltan en la región?',
        'Ideas de la pregunta 1',
        'Ideas de la pregunta 2',
        // The merged idea's dots follow it: 2 + 2 on the idea that stayed.
        '1. Más buses a los cursos rurales',
        '4 puntos · Mesa 1',
        'Se fusionó aquí: «Transporte gratis a la capacitación» (2 puntos)',
        '1. Soldadura para mujeres',
        '1 punto · Mesa 2',
        'Ideas ocultas',
        '«Llamen a Juan al +56 9 1234 5678» (pregunta 2)',
        'Motivo: Datos personales',
        'Empleador/a',
        'Sin organización',
        '2 respuestas',
        'Excelente (50%)',
        '«Muy útil gracias»',
        'Página 1 de',
      ])
        expect(flat).toContain(expected);
      // No mojibake from the emoji, and «→» printed as such.
      expect(text).not.toMatch(/Ø|=Ü|�/);

      // Every idea, one row each, one click from the dialogue page.
      const csv = await national.get<string>(`/api/dialogues/${dialogue.id}/ideas.csv`);
      expect(csv.status).toBe(200);
      const rows = String(csv.body)
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      expect(rows).toEqual([
        'Pregunta,Lugar,Idea,Mesa,Origen,Puntos,Estado,Detalle',
        '1,1,Más buses a los cursos 🚌 rurales,Mesa 1,teléfono,4,visible,',
        '1,,Transporte gratis a la capacitación,,,2,fusionada,en «Más buses a los cursos 🚌 rurales»',
        '2,1,Soldadura para mujeres,Mesa 2,teléfono,1,visible,',
        '2,,Llamen a Juan al +56 9 1234 5678,,,0,oculta,Datos personales',
      ]);
    },
  );

  it('is in English on request, and only for who may run the dialogue', async () => {
    const dialogue = await createDialogue(national);
    const english = await fetch(`${server.url}/api/dialogues/${dialogue.id}/acta.pdf?locale=en`, {
      headers: { cookie: national.sessionCookie },
    });
    expect(english.status).toBe(200);
    if (pdfTextAvailable) {
      const text = pdfText(Buffer.from(await english.arrayBuffer()), 'record-en').replace(/\s+/g, ' ');
      expect(text).toContain('Dialogue record');
      expect(text).toContain('Status when the record was made: draft');
      expect(text).toContain('There were no ideas.');
    }
    const maule = await server.signIn('regional', ['CL-ML']);
    expect((await maule.get(`/api/dialogues/${dialogue.id}/acta.pdf`)).status).toBe(404);
    expect((await national.get(`/api/dialogues/${dialogue.id}/acta.pdf?locale=fr`)).status).toBe(400);
  });
});

describe.runIf(pdfTextAvailable)('printables of the room', () => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { PUBLIC_URL: 'https://minga.example.cl' });
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('prints an A4 poster with the short address and the code, and one card per table', async () => {
    const dialogue = await createDialogue(national, { tables: ['Mesa Norte', 'Mesa Sur', 'Mesa Costa'] });
    const response = await fetch(`${server.url}/api/dialogues/${dialogue.id}/printables.pdf`, {
      headers: { cookie: national.sessionCookie },
    });
    expect(response.status).toBe(200);
    const text = pdfText(Buffer.from(await response.arrayBuffer()), 'printables').replace(/\s+/g, ' ');
    const code = dialogue.joinCode.match(/.{1,3}/g)?.join(' ');
    expect(text).toContain('Únete desde tu teléfono');
    expect(text).toContain('minga.example.cl');
    expect(text).toContain(`y escribe el código ${code}`);
    for (const table of ['Mesa Norte', 'Mesa Sur', 'Mesa Costa']) expect(text).toContain(table);
  });
});

describe('dates in the acta', () => {
  it('writes the day out in es-CL and en-GB, without a time zone moving it', () => {
    expect(writtenDate('2026-01-01', 'es')).toBe('jueves, 1 de enero de 2026');
    expect(writtenDate('2026-01-01', 'en')).toBe('Thursday, 1 January 2026');
  });
});
