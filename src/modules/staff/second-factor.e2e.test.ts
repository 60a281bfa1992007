import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBase32, hotp, totpStep } from '../../platform/auth/totp.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';

describe.runIf(browserAvailable())('the second factor in the browser', () => {
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

  it('enrols with the QR code, then asks for a code at the next password sign-in', async () => {
    const email = 'nacional.qr@sence.test';
    const password = 'contraseña-de-prueba';
    await server.signIn('national', [], email);
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const signIn = async () => {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('Correo electrónico').fill(email);
      await page.getByLabel('Contraseña').fill(password);
      await page.getByRole('button', { name: 'Entrar' }).click();
    };
    await signIn();
    await page.waitForURL(/\/staff/);
    await page.goto(`${server.url}/staff/admin/security`);
    await page.getByText('Tu cuenta es del equipo nacional').waitFor();
    await page.getByRole('button', { name: 'Activar el segundo factor' }).click();
    await page.getByRole('img', { name: 'Código QR para la aplicación de autenticación' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const secret = fromBase32((await page.locator('code').textContent()) ?? '');
    // This step's code, and the next step's at the sign-in (each code works once; one step of
    // drift either way is accepted, so a step boundary passing meanwhile changes nothing).
    const step = totpStep();
    await page.getByLabel('Código de verificación').fill(hotp(secret, step));
    await page.getByRole('button', { name: 'Confirmar y activar' }).click();
    await page.getByText('Segundo factor activado.').waitFor();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();

    await signIn();
    await page.getByText('pide un código de verificación de 6 dígitos').waitFor();
    await page.getByLabel('Código de verificación').fill(hotp(secret, step + 1));
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/staff/);
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await page.close();
  });
});

describe.runIf(browserAvailable())('a required second factor at the login page', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { NATIONAL_SECOND_FACTOR: 'required' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a national account the QR at its sign-in and lets it in with the first code', async () => {
    const email = 'nacional.obligado@sence.test';
    const password = 'contraseña-de-prueba';
    await server.signIn('national', [], email).catch(() => {}); // stops at the enrolment, as it should
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('img', { name: 'Código QR para agregar Minga a tu aplicación de autenticación' })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.MINGA_SHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SHOTS}/totp-enrolment.png` });
    const secret = fromBase32((await page.getByTestId('totp-enrolment').locator('code').textContent()) ?? '');
    await page.getByLabel('Código de verificación').fill(hotp(secret, totpStep()));
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(/\/staff/);
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await page.close();
  });
});
