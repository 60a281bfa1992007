import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { seedDialogue } from '../../../../src/test/participation.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('the official answer, from the staff screen to the public return', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a regional manager answers an idea from the dialogue page and the public sees it', {
    timeout: 120_000,
  }, async () => {
    const seeded = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Lota',
      date: '2027-04-02',
      participants: [{ email: 'rosa@correo.cl', notify: false, rating: 'bueno' }],
      ideas: [
        { text: 'Talleres de <b>soldadura</b> para mujeres', by: 0 },
        { text: 'Becas de traslado para cursos en Concepción', by: 0 },
      ],
    });
    const [ideaId, otherId] = seeded.ideaIds;
    const manager = await server.signIn('regional', ['CL-BI']);
    const staff = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = manager.sessionCookie.split('=');
    await staff.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    const page = await staff.newPage();
    await page.goto(`${server.url}/staff/dialogues/${seeded.dialogueId}`);
    await page.getByRole('link', { name: 'Respuestas a las ideas' }).click();
    await page.getByRole('heading', { name: 'Respuestas · Diálogo de Lota' }).waitFor();
    await page.getByText('0 de 2 ideas tienen respuesta oficial.').waitFor();

    await page.getByRole('button', { name: /Responder «Talleres de <b>soldadura<\/b>/ }).click();
    const form = page.getByRole('form', { name: /Respuesta a «Talleres de <b>soldadura<\/b>/ });
    await form.getByLabel('Respuesta').selectOption('no_priorizada');
    // The reason is required for «no priorizada»: the server's message shows beside the field.
    await form.getByLabel('Texto para quien propuso la idea').fill('Gracias por proponerla.');
    await form.getByLabel('Motivo (se publica)').fill('   ');
    await form.getByRole('button', { name: 'Guardar respuesta' }).click();
    await form.getByText('falta el motivo').waitFor();
    await form.getByLabel('Motivo (se publica)').fill('El SENCE ya financia estos talleres en 2027.');
    await form.getByRole('button', { name: 'Guardar respuesta' }).click();
    await page.getByText('Respuesta guardada.').waitFor();
    await page.getByText('1 de 2 ideas tienen respuesta oficial.').waitFor();
    await page.getByText('Motivo: El SENCE ya financia estos talleres en 2027.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/minga-answers-laptop.png', fullPage: true });

    await page.getByLabel('Mostrar').selectOption('sin-respuesta');
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Becas de traslado' }).count())
      .toBe(1);
    expect(await page.getByRole('listitem').filter({ hasText: 'Talleres de' }).count()).toBe(0);
    expect(page.url()).toContain('mostrar=sin-respuesta');

    const row = await server.ctx.db
      .selectFrom('idea_answers')
      .select(['status', 'reason'])
      .where('idea_id', '=', ideaId)
      .executeTakeFirst();
    expect(row).toEqual({ status: 'no_priorizada', reason: 'El SENCE ya financia estos talleres en 2027.' });
    expect(
      await server.ctx.db
        .selectFrom('idea_answers')
        .select('idea_id')
        .where('idea_id', '=', otherId)
        .execute(),
    ).toEqual([]);

    const visitor = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phone = await visitor.newPage();
    await phone.goto(`${server.url}/devolucion/idea/${ideaId}`);
    await phone.getByRole('heading', { name: 'Respuesta oficial' }).waitFor();
    await phone.getByText('No priorizada', { exact: true }).waitFor();
    await phone.getByText('Motivo: El SENCE ya financia estos talleres en 2027.').waitFor();
    // The idea's text is shown as text, never as markup.
    await phone.getByText('«Talleres de <b>soldadura</b> para mujeres»').waitFor();
    expect(await phone.locator('blockquote b').count()).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    await phone.screenshot({ path: '/tmp/minga-answer-public-phone.png', fullPage: true });
    await phone.goto(`${server.url}/devolucion/dialogo/${seeded.dialogueId}`);
    await phone.getByText('1 de 2 ideas tienen respuesta.').waitFor();

    // The dialogue page leads to its results, which keep the region and the dialogue in the URL.
    await page.goto(`${server.url}/staff/dialogues/${seeded.dialogueId}`);
    await page.getByRole('navigation', { name: 'Ir a' }).waitFor();
    await page.screenshot({ path: '/tmp/minga-dialogue-links-laptop.png' });
    await page.getByRole('link', { name: 'Resultados del diálogo' }).click();
    await page.waitForURL(/\/staff\/resultados\?/);
    expect(new URL(page.url()).searchParams.get('dialogo')).toBe(String(seeded.dialogueId));
    expect(new URL(page.url()).searchParams.get('region')).toBe('CL-BI');
    await expect.poll(() => page.getByLabel('Diálogo').inputValue()).toBe(String(seeded.dialogueId));
    await page.reload();
    await expect.poll(() => page.getByLabel('Diálogo').inputValue()).toBe(String(seeded.dialogueId));

    // A theme's ideas answered at once from the theme page, and the theme published.
    const run = await manager.post<{ themeCount: number }>('/api/synthesis/runs', {
      scope: 'CL-BI',
      k: 1,
      seed: 1,
    });
    expect(run.status).toBe(201);
    const themes = await manager.get<{ themes: Array<{ id: number }> }>('/api/synthesis/themes?scope=CL-BI');
    const themeId = themes.body.themes[0].id;
    await page.goto(`${server.url}/staff/sintesis/temas/${themeId}`);
    await page.getByText('No publicado: la devolución pública no nombra este tema.').waitFor();
    await page.getByText('Escribir una respuesta para las ideas de este tema').click();
    const bulk = page.getByRole('form', { name: 'Responder todas las ideas del tema' });
    await bulk
      .getByLabel('Texto para quien propuso la idea')
      .fill('La dirección regional estudia este tema.');
    await bulk.getByRole('button', { name: 'Responder las ideas del tema' }).click();
    // Only the unanswered idea gets the theme's answer; the one answered above keeps its own.
    await page.getByText('1 idea(s) respondidas; 1 ya tenían respuesta.').waitFor();
    await page.getByRole('button', { name: 'Publicar el tema' }).click();
    await page.getByText(/^Publicado el /).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/minga-theme-answer-laptop.png', fullPage: true });
    const answers = await server.ctx.db
      .selectFrom('idea_answers')
      .select(['idea_id', 'status', 'theme_id'])
      .orderBy('idea_id')
      .execute();
    expect(answers).toEqual([
      { idea_id: ideaId, status: 'no_priorizada', theme_id: null },
      { idea_id: otherId, status: 'en_estudio', theme_id: themeId },
    ]);
    await staff.close();
    await visitor.close();
  });
});
