import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { seedDialogue } from '../../../../src/test/participation.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('the ideas list in the browser (laptop)', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo Concepción',
      date: '2026-04-10',
      ideas: [
        ...Array.from({ length: 70 }, (_, index) => ({ text: `Curso de oficios número ${index}` })),
        { text: 'Buses nocturnos para Lota' },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pages, searches and names the region', async () => {
    const national = await server.signIn('national');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/ideas`);
    const pager = page.getByRole('navigation', { name: 'Páginas' });
    await pager.getByText('Página 1 de 2 · 71 en total').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    expect(await page.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe('Biobío');
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.MINGA_SHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SHOTS}/ideas-list-1366.png`, fullPage: false });
    await page.getByLabel('Buscar en el texto').fill('buses');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr td').first().textContent()).toBe('Buses nocturnos para Lota');
    await context.close();
  }, 120_000);
});
