import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('administration in the browser', () => {
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

  it('adds a facilitator with a region, disables the account and shows both in the audit log', async () => {
    const email = 'admin.nacional@sence.cl';
    await server.signIn('national', [], email);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill('contraseña-de-prueba');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/staff$/);
    await page.getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('heading', { name: 'Usuarios' }).waitFor();

    await page.getByRole('button', { name: 'Agregar usuario' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nombre').fill('Pedro Facilitador');
    await dialog.getByLabel('Correo electrónico').fill('pedro@sence.cl');
    await dialog.getByLabel('Contraseña inicial').fill('corta');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.getByText('La contraseña necesita al menos 10 caracteres.').first().waitFor();
    // A facilitator, like every account but the national team's, needs a region.
    await dialog.getByText('Elige al menos una región para esta cuenta.').first().waitFor();
    await dialog.getByRole('group', { name: 'Regiones (al menos una)' }).waitFor();
    await dialog.getByLabel('Contraseña inicial').fill('una-clave-segura');
    await dialog.getByRole('checkbox', { name: 'Biobío' }).check();
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /Pedro Facilitador/ });
    await row.getByText('Biobío').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Desactivar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Desactivar' }).click();
    await row.getByText('Desactivada').waitFor();

    await page.getByRole('link', { name: 'Auditoría' }).click();
    // Sentences in Spanish, not action codes.
    await page
      .getByText(/ creó la cuenta «/)
      .first()
      .waitFor();
    await page
      .getByText(/ cambió la cuenta «/)
      .first()
      .waitFor();
    expect(await page.getByText('staff.create').count()).toBe(0);
    if (process.env.MINGA_SHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SHOTS}/audit-1366.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
