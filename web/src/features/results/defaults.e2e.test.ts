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
    await page.getByLabel('Región').selectOption('CL-BI');
    await page.getByText(/^1 diálogo, /).waitFor();
    await shoot(page, 'results-biobio');
    const top = page.locator('section[aria-labelledby="top-title"] ol');
    const numbers = await top.evaluate((list) => {
      const ol = list as HTMLOListElement;
      return [...ol.querySelectorAll('li')].map((li, index) => li.value || ol.start + index);
    });
    expect(numbers[0]).toBe(1);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    // Every label of every bar chart starts inside its drawing.
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg text')]
        .filter((text) => (text as SVGTextElement).getBBox().x < 0)
        .map((text) => text.textContent),
    );
    expect(cut).toEqual([]);
  }, 180_000);
});
