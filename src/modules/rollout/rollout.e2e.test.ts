import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';

describe.runIf(browserAvailable())('rollout page in the browser', () => {
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

  it('suggests pilots with a chart, computes waves on a timeline, and passes axe', async () => {
    await server.signIn('national', [], 'despliegue@minga.test');
    const page = await browser.newPage();
    const login = await page.request.post(`${server.url}/api/auth/login`, {
      data: { email: 'despliegue@minga.test', password: 'contraseña-de-prueba' },
    });
    expect(login.status()).toBe(200);
    await page.goto(`${server.url}/staff/rollout`);
    await page.getByRole('heading', { name: 'Plan de trabajo: despliegue del modelo' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const pilots = page.locator('section[aria-labelledby="rollout-pilots"]');
    await pilots.getByLabel('Número de pilotos').selectOption('3');
    await pilots.getByRole('button', { name: 'Sugerir pilotos' }).click();
    await pilots.getByText('Óptimo exacto').waitFor();
    expect(await pilots.getByText(/representa a \d+ regiones/).count()).toBe(3);
    await pilots.getByRole('img', { name: /dos primeros componentes principales/ }).waitFor();
    await pilots.locator('summary', { hasText: 'Datos del gráfico' }).click();
    expect(await pilots.locator('figure table tbody tr').count()).toBe(16);
    expect(await axeViolations(page)).toEqual([]);
    await pilots.getByRole('button', { name: 'Usar estas regiones como pilotos' }).click();
    await pilots.getByText('Cambios guardados.').waitFor();
    await pilots.getByText('Fundamento:').waitFor();

    const waves = page.locator('section[aria-labelledby="rollout-waves"]');
    await waves.locator('summary', { hasText: 'Calcular olas' }).click();
    await waves.getByLabel('Número de olas').selectOption('4');
    await waves.locator('form button[type="submit"]').first().click();
    await waves.getByText('Es el óptimo exacto').waitFor();
    await waves.getByRole('img', { name: /Línea de tiempo de las olas/ }).waitFor();
    expect(await waves.locator('article.rollout-wave').count()).toBe(4);
    expect(await waves.locator('article.rollout-wave tbody tr').count()).toBe(13);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
