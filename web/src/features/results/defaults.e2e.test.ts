import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

const shots = process.env.MINGA_SHOTS;

async function shoot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

describe.runIf(browserAvailable())('sensible defaults on the results and cycles pages (laptop)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    const national = await server.signIn('national');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('numbers the top ideas from 1 after changing region, and cuts no chart label on the left', async () => {
    await page.goto(`${server.url}/staff`);
    await page.getByRole('button', { name: 'Cargar datos de demostración' }).click();
    await page.waitForURL('**/staff/resultados', { timeout: 60_000 });
    await page.getByRole('heading', { name: 'Regiones lado a lado' }).waitFor({ timeout: 30_000 });
    await shoot(page, 'results-national');
    // Every label of every bar chart starts inside its drawing (O'Higgins is the longest region).
    const labelsCut = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('figure.chart svg text')]
          .filter((text) => (text as SVGTextElement).getBBox().x < 0)
          .map((text) => text.textContent),
      );
    expect(await labelsCut()).toEqual([]);
    await page.getByLabel('Región').selectOption('CL-BI');
    await page.getByText(/^1 diálogo, /).waitFor();
    await shoot(page, 'results-biobio');
    // The numbers a person reads, from 1, in the region's list.
    const numbers = await page
      .locator('section[aria-labelledby="top-title"] li')
      .evaluateAll((items) => items.map((item) => item.textContent?.match(/^\s*(\d+)\./)?.[1] ?? null));
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toEqual(numbers.map((_, index) => String(index + 1)));
    expect(await labelsCut()).toEqual([]);
  }, 180_000);
});
