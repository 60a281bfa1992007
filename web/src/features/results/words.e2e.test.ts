import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../../../src/modules/demo/index.js';
import { createDialogue, goLive, joinPhone, vote } from '../../../../src/modules/dialogues/testing.js';
import { browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import type { ApiClient } from '../../../../src/test/client.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

/** MINGA_SHOTS=folder keeps a screenshot of each screen this test looks at. */
const shots = process.env.MINGA_SHOTS;

/**
 * Words and widths (issue 15, item 9): our own validation messages, plurals, Chilean numbers, and
 * pages no wider than the window they are used in (the tables for screen readers included).
 */
describe.runIf(browserAvailable())('words and widths', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: ApiClient & { userId: number };
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    staff = await server.signIn('national');
    await loadDemo(server.ctx, null, 'es');
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport: { width: number; height: number }, signedIn = true): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'es-CL' });
    contexts.push(context);
    if (signedIn) {
      const [name, value] = staff.sessionCookie.split('=');
      await context.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return page;
  }
  const width = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('the results page fits a 1366 px laptop and writes Gini with a decimal comma', {
    timeout: 120_000,
  }, async () => {
    const page = await newPage({ width: 1366, height: 768 });
    await page.goto(`${server.url}/staff/resultados`);
    const sentence = page.getByText(/Gini: /).first();
    await sentence.waitFor();
    expect(await sentence.textContent()).toMatch(/Gini: \d,\d\d\./);
    expect(await width(page)).toBeLessThanOrEqual(1366);
    if (shots) await page.screenshot({ path: `${shots}/laptop-results.png` });
  });

  it('the projector fits 1280 px and the dialogue page 360 px; one idea, one participant', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: 'Diálogo de una idea' });
    await goLive(staff, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const long =
      'Buses de acercamiento desde las localidades rurales hasta los centros de capacitación, con horarios coordinados con los cursos vespertinos';
    const sent = await phone.post<{ idea: { id: number } }>('/api/me/ideas', {
      questionId: dialogue.questions[0].id,
      text: long,
      clientKey: 'k-words-1',
    });
    const projector = await newPage({ width: 1280, height: 720 });
    await projector.goto(`${server.url}/screen/${dialogue.id}`);
    await projector.getByText('1 idea', { exact: true }).first().waitFor();
    await projector.getByText('participante', { exact: true }).waitFor();
    expect(await width(projector)).toBeLessThanOrEqual(1280);
    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    await projector.getByTestId('no-dots').waitFor();
    expect(await width(projector)).toBeLessThanOrEqual(1280);
    // The ranking, with its table for screen readers, still fits.
    expect((await vote(phone, sent.body.idea.id, 1)).status, JSON.stringify(sent.body)).toBe(200);
    await projector.locator('.ranking-row', { hasText: 'Buses de acercamiento' }).waitFor();
    expect(await width(projector)).toBeLessThanOrEqual(1280);
    if (shots) await projector.screenshot({ path: `${shots}/projector-voting-words.png` });

    const small = await newPage({ width: 360, height: 740 });
    await small.goto(`${server.url}/staff/dialogues/${dialogue.id}`);
    await small.getByRole('heading', { name: 'Diálogo de una idea' }).waitFor();
    expect(await width(small)).toBeLessThanOrEqual(360);
    if (shots) await small.screenshot({ path: `${shots}/phone-dialogue-page.png`, fullPage: true });

    // The phone: «Tu mesa lleva 1 idea.» in ideation.
    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'ideation' });
    const room = await newPage({ width: 360, height: 740 }, false);
    await room.addInitScript(
      ([code, token]) => localStorage.setItem(`minga.device.${code}`, token),
      [dialogue.joinCode, phone.deviceToken],
    );
    await room.goto(`${server.url}/d/${dialogue.joinCode}`);
    await room.getByText('Tu mesa lleva 1 idea.').waitFor();
  });

  it('the first screen says what is wrong with the password in our words', { timeout: 60_000 }, async () => {
    const fresh = await startTestServer('sqlite');
    try {
      const page = await newPage({ width: 1366, height: 768 }, false);
      await page.goto(`${fresh.url}/`);
      await page.getByLabel('Contraseña').first().waitFor();
      await page.getByLabel('Nombre').fill('Ana Pérez');
      await page.getByLabel('Correo electrónico').fill('ana@sence.cl');
      await page.getByLabel('Contraseña').first().fill('corta');
      await page
        .getByLabel('Contraseña')
        .first()
        .evaluate((input: HTMLInputElement) => {
          input.removeAttribute('minlength');
        });
      await page.getByRole('button').filter({ hasText: /Crear/ }).first().click();
      await page.getByText('Contraseña: debe tener al menos 10 caracteres.').waitFor();
      expect(await page.getByText(/Demasiado pequeño|se esperaba/).count()).toBe(0);
      if (shots) await page.screenshot({ path: `${shots}/laptop-first-run.png` });
    } finally {
      await fresh.close();
    }
  });
});
