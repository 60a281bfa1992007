import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';

describe.runIf(browserAvailable())('first run in the browser', () => {
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

  it('creates the first national account from the home page and lands in the back office', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Crear la primera cuenta del equipo nacional' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Nombre').fill('Ana Pérez');
    await page.getByLabel('Correo electrónico').fill('ana@sence.cl');
    await page.getByLabel('Contraseña').fill('una-clave-larga');
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    await page.getByText('Tu cuenta del equipo nacional está lista').waitFor();
    expect(page.url()).toContain('/staff');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
