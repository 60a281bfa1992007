import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';

describe.runIf(browserAvailable())('results dashboards in the browser', () => {
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

  it('loads the demo from the staff home, shows the national dashboard and downloads PDF and XLSX', async () => {
    const national = await server.signIn('national');
    const context = await browser.newContext({ acceptDownloads: true });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff`);
    await page.getByRole('button', { name: 'Cargar datos de demostración' }).click();
    await page.waitForURL('**/staff/resultados', { timeout: 60_000 });
    await page
      .getByText(/^16 diálogos, 411 participantes de \d+ organizaciones/)
      .waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Regiones lado a lado' }).waitFor();
    expect(
      await page.getByRole('img', { name: 'Concentración de los votos (curva de Lorenz)' }).count(),
    ).toBe(1);
    expect(await page.getByRole('table', { name: 'Participación por sector' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Informe PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('resultados-nacional.pdf');
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Planilla XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('resultados-nacional.xlsx');
    expect(
      fs
        .readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // A region's dashboard, then open data: publish one dialogue and read the public page.
    await page.getByLabel('Región').selectOption('CL-BI');
    await page.getByText(/^1 diálogo, /).waitFor();
    await page
      .getByRole('button', { name: /^Publicar: / })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Retirar: / })
      .first()
      .waitFor();
    const visitor = await browser.newPage();
    await visitor.goto(`${server.url}/datos-abiertos`);
    await visitor.getByRole('link', { name: 'Descargar el paquete (.zip)' }).waitFor();
    expect(await axeViolations(visitor)).toEqual([]);
    await visitor.close();
    await context.close();
  }, 180_000);
});
