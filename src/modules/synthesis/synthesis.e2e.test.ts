import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { addDialogue, addIdea, vote } from './test-data.js';

describe.runIf(browserAvailable())('synthesis in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    const db = server.ctx.db;
    const dialogue = await addDialogue(db, 'CL-BI', 'Diálogo Concepción');
    const ideas = [
      'Más cursos de capacitación en oficios para jóvenes',
      'Capacitación gratuita en oficios para jóvenes',
      'Becas de capacitación en oficios para jóvenes',
      'Buses nocturnos de transporte público',
      'Más recorridos de buses y transporte público rural',
      'Subsidio al transporte público en buses',
    ];
    const ids = [];
    for (const text of ideas) ids.push(await addIdea(db, dialogue, text));
    await vote(db, dialogue, ids[0], 3);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('groups ideas, shows themes weighted by dots and opens a theme to its ideas', async () => {
    const national = await server.signIn('national');
    const context = await browser.newContext();
    const cookie = national.sessionCookie;
    const equals = cookie.indexOf('=');
    await context.addCookies([
      { name: cookie.slice(0, equals), value: cookie.slice(equals + 1), url: server.url },
    ]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/sintesis`);
    await page.getByRole('heading', { name: 'Síntesis: temas de las ideas' }).waitFor();
    await page.getByLabel('Alcance').selectOption('CL-BI');
    await page.getByText('Aún no se han agrupado').waitFor();
    await page.getByLabel(/Número de temas/).fill('2');
    await page.getByRole('button', { name: 'Agrupar ideas' }).click();
    await page.getByText(/k = 2, indicado/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    await expect.poll(() => rows.first().locator('td').last().textContent()).toBe('3');
    await rows.first().getByRole('link').click();
    await page.getByText('Más cursos de capacitación en oficios para jóvenes').waitFor();
    await page.getByText('Diálogo Concepción').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Nombre del tema', { exact: true }).fill('Formación en oficios');
    await page.getByRole('button', { name: 'Guardar nombre' }).click();
    await page.getByRole('heading', { name: 'Formación en oficios' }).waitFor();
    await context.close();
  });
});
