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

  it('«Ciclo 2026» suggests phases in 2026 and creates them there, with no warning', async () => {
    await page.goto(`${server.url}/staff/ciclo`);
    await page.getByText('Iniciar el ciclo de un año').click();
    await page.getByLabel('Año', { exact: true }).fill('2026');
    const dates = await page
      .locator('input[type="date"]')
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(dates).toHaveLength(10);
    expect(dates.every((date) => date.startsWith('2026-'))).toBe(true);
    if (shots) await page.screenshot({ path: `${shots}/cycle-form-1366.png`, fullPage: true });
    await page.getByRole('button', { name: 'Iniciar ciclo' }).click();
    await page.getByText(/Ciclo 2026 creado/).waitFor();
    expect(await page.getByText(/cae fuera del año del ciclo/).count()).toBe(0);
    const phases = await server.ctx.db.selectFrom('cycle_phases').select(['starts_on', 'ends_on']).execute();
    expect(phases.length).toBeGreaterThan(0);
    expect(
      phases.every((phase) => phase.starts_on.startsWith('2026-') && phase.ends_on.startsWith('2026-')),
    ).toBe(true);
  }, 120_000);
});
