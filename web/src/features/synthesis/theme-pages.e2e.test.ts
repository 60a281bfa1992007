import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDialogue, addIdea } from '../../../../src/modules/synthesis/test-data.js';
import { browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('a large theme in the browser (laptop)', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    const dialogue = await addDialogue(server.ctx.db, 'CL-BI', 'Diálogo Concepción');
    const trades = [
      'soldadura',
      'carpintería',
      'electricidad',
      'gasfitería',
      'mecánica',
      'cocina',
      'costura',
    ];
    for (let index = 0; index < 42; index += 1)
      await addIdea(
        server.ctx.db,
        dialogue,
        `Cursos de capacitación en oficios de ${trades[index % trades.length]} para jóvenes, grupo ${index}`,
      );
    for (const text of ['Buses nocturnos de transporte público', 'Más recorridos de buses rurales'])
      await addIdea(server.ctx.db, dialogue, text);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pages the ideas of a theme instead of drawing them all', async () => {
    const national = await server.signIn('national');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/sintesis`);
    await page.getByLabel('Alcance').selectOption('CL-BI');
    await page.getByText('Aún no se han agrupado').waitFor();
    await page.getByLabel(/Número de temas/).fill('2');
    await page.getByRole('button', { name: 'Agrupar ideas' }).click();
    await page.getByText(/k = 2, indicado/).waitFor({ timeout: 60_000 });
    // The largest theme first: its link opens it.
    const largest = await page.locator('tbody tr').evaluateAll(
      (rows) =>
        rows
          .map((row) => ({
            href: row.querySelector('a')?.getAttribute('href') ?? '',
            ideas: Number((row.querySelectorAll('td')[1]?.textContent ?? '0').replace(/\D/g, '')),
          }))
          .sort((a, b) => b.ideas - a.ideas)[0],
    );
    expect(largest.ideas).toBeGreaterThan(15);
    await page.goto(`${server.url}${largest.href}`);
    const pager = page.getByRole('navigation', { name: 'Páginas' });
    await pager.waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(15);
    const pages = Math.ceil(largest.ideas / 15);
    await pager.getByText(`Página 1 de ${pages} · ${largest.ideas} en total`).waitFor();
    const firstPage = await rows.first().textContent();
    await pager.getByRole('button', { name: 'Siguiente' }).click();
    await pager.getByText(`Página 2 de ${pages}`).waitFor();
    expect(await rows.first().textContent()).not.toBe(firstPage);
    if (process.env.MINGA_SHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SHOTS}/theme-page-1366.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    await context.close();
  }, 180_000);
});
