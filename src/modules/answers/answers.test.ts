import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, errorCode, goLive, joinPhone, phoneIdea } from '../dialogues/testing.js';

interface DialogueReturn {
  ideas: Array<{ id: number; answer: { status: string; reason: string | null } | null; themes: unknown[] }>;
  summary: { ideas: number; ideasVisible: number; answered: number };
}

/**
 * Issue 16, item 2: the region's managers answer every idea officially, one by one or a theme at a
 * time; each answer is audited and e-mailed to a consenting author; the public return counts only
 * answers and initiatives, and names a theme only once staff publish it.
 */
describe.each(storeKinds)('official answers on %s', (kind) => {
  let server: TestServer;
  let manager: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    manager = await server.signIn('regional', ['CL-BI']);
  });
  afterAll(async () => server?.close());

  it(
    'answers ideas and themes, audits and notifies, and the public return counts only answers',
    async () => {
      const dialogue = await createDialogue(manager);
      await goLive(manager, dialogue.id);
      const ana = await joinPhone(server, dialogue, { email: 'ana@correo.cl', notifyConsent: true });
      const beto = await joinPhone(server, dialogue);
      const texts = [
        'Cursos de soldadura para mujeres en Talcahuano',
        'Cursos de soldadura nocturnos para personas que trabajan',
        'Más cupos de soldadura certificada en la región',
        'Transporte gratuito a los cursos de capacitación',
        'Buses de acercamiento a los centros de capacitación',
        'Subsidio de transporte para ir a capacitarse',
      ];
      const ideas: number[] = [];
      for (const [index, text] of texts.entries())
        ideas.push(await phoneIdea(index % 2 === 0 ? ana : beto, dialogue, text));
      expect((await manager.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' })).status).toBe(
        200,
      );

      // What each status requires, said about the field.
      const noReason = await manager.put(`/api/ideas/${ideas[0]}/answer`, {
        status: 'no_priorizada',
        text: 'Este año no entra en la cartera.',
      });
      expect(noReason.status).toBe(422);
      expect(errorCode(noReason.body)).toBe('answer_reason_required');
      const noInitiative = await manager.put(`/api/ideas/${ideas[0]}/answer`, {
        status: 'priorizada',
        text: 'Sí',
      });
      expect(errorCode(noInitiative.body)).toBe('answer_initiative_required');
      const unknownInitiative = await manager.put(`/api/ideas/${ideas[0]}/answer`, {
        status: 'priorizada',
        text: 'Sí',
        initiativeId: 999_999,
      });
      expect(unknownInitiative.status).toBe(422);
      expect(errorCode(unknownInitiative.body)).toBe('reference_unknown');
      const badLink = await manager.put(`/api/ideas/${ideas[1]}/answer`, {
        status: 'ya_existe',
        text: 'Ya existe',
        link: 'javascript:alert(1)',
      });
      expect(badLink.status).toBe(400);

      // Only the region's managers answer; another region's do not even see the idea.
      const maule = await server.signIn('regional', ['CL-ML']);
      expect(
        (await maule.put(`/api/ideas/${ideas[0]}/answer`, { status: 'en_estudio', text: 'x' })).status,
      ).toBe(404);
      // A facilitator of the region who does not run this dialogue does not see it either (as its ideas).
      const facilitator = await server.signIn('facilitator', ['CL-BI']);
      expect(
        (await facilitator.put(`/api/ideas/${ideas[0]}/answer`, { status: 'en_estudio', text: 'x' })).status,
      ).toBe(404);

      const answered = await manager.put<{ answer: { status: string } }>(`/api/ideas/${ideas[0]}/answer`, {
        status: 'no_priorizada',
        text: 'Este año no entra en la cartera.',
        reason: 'Ya hay un programa de soldadura financiado hasta 2027.',
      });
      expect(answered.status).toBe(200);
      expect(answered.body.answer.status).toBe('no_priorizada');
      expect(
        (
          await manager.put(`/api/ideas/${ideas[1]}/answer`, {
            status: 'ya_existe',
            text: 'El programa Despega MIPE ya lo ofrece.',
            link: 'https://sence.gob.cl/',
          })
        ).status,
      ).toBe(200);

      // Audited, and e-mailed to Ana (who consented) only.
      const audit = await server.ctx.db
        .selectFrom('audit_log')
        .select(['entity_id', 'after_json'])
        .where('action', '=', 'idea.answer')
        .execute();
      expect(audit.map((row) => Number(row.entity_id)).sort((a, b) => a - b)).toEqual([ideas[0], ideas[1]]);
      const outbox = await server.ctx.db
        .selectFrom('notification_outbox')
        .select(['email', 'subject'])
        .execute();
      expect(outbox).toEqual([{ email: 'ana@correo.cl', subject: 'Respuesta a tu idea: no priorizada' }]);

      // The public return: «2 de 6 ideas tienen respuesta», each idea with its answer.
      const back = await server
        .client()
        .get<DialogueReturn>(`/api/public/devolucion/dialogues/${dialogue.id}`);
      expect(back.body.summary).toMatchObject({ ideas: 6, ideasVisible: 6, answered: 2 });
      expect(back.body.ideas.find((idea) => idea.id === ideas[0])?.answer).toMatchObject({
        status: 'no_priorizada',
        reason: 'Ya hay un programa de soldadura financiado hasta 2027.',
      });
      const one = await server
        .client()
        .get<{ outcome: string; answer: { status: string } }>(`/api/public/devolucion/ideas/${ideas[1]}`);
      expect(one.body).toMatchObject({ outcome: 'answered', answer: { status: 'ya_existe' } });

      // Themes: an automatic theme is not public, nor is a name staff typed, until it is published.
      const national = await server.signIn('national');
      expect((await national.post('/api/synthesis/runs', { scope: 'CL-BI', k: 2, seed: 1 })).status).toBe(
        201,
      );
      const themes = (
        await manager.get<{ themes: Array<{ id: number; label: string }> }>(
          '/api/synthesis/themes?scope=CL-BI',
        )
      ).body.themes;
      expect(themes.length).toBeGreaterThan(0);
      const theme = themes[0];
      expect(
        (await manager.patch(`/api/synthesis/themes/${theme.id}`, { label: 'Nombre de trabajo' })).status,
      ).toBe(200);
      let publicThemes = (
        await server.client().get<DialogueReturn>(`/api/public/devolucion/dialogues/${dialogue.id}`)
      ).body.ideas.flatMap((idea) => idea.themes);
      expect(publicThemes).toEqual([]);

      // One answer for the whole theme; the answers already given stay.
      const bulk = await manager.post<{ answered: number; skipped: number }>(
        `/api/synthesis/themes/${theme.id}/answers`,
        { status: 'en_estudio', text: 'La dirección regional estudia estas ideas para la cartera 2027.' },
      );
      expect(bulk.status).toBe(200);
      const detail = (
        await manager.get<{ ideas: Array<{ id: number }> }>(`/api/synthesis/themes/${theme.id}`)
      ).body.ideas;
      const already = detail.filter((idea) => idea.id === ideas[0] || idea.id === ideas[1]).length;
      expect(bulk.body).toEqual({
        answered: detail.length - already,
        skipped: already,
        themeId: theme.id,
        label: 'Nombre de trabajo',
      });
      expect(
        (await maule.post(`/api/synthesis/themes/${theme.id}/answers`, { status: 'en_estudio', text: 'x' }))
          .status,
      ).toBe(404);

      expect(
        (await manager.put(`/api/synthesis/themes/${theme.id}/publication`, { published: true })).status,
      ).toBe(200);
      const after = (
        await server.client().get<DialogueReturn>(`/api/public/devolucion/dialogues/${dialogue.id}`)
      ).body;
      publicThemes = after.ideas.flatMap((idea) => idea.themes);
      expect(publicThemes.length).toBe(detail.length);
      expect(after.summary.answered).toBe(2 + detail.length - already);
    },
    storyTimeout,
  );
});
