import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestProvider, type TestProvider } from '../../test/oidc.js';
import { startTestServer, type TestServer } from '../../test/server.js';

/**
 * Issue 19 in the browser: «Ingresar con …» through a real OpenID Connect provider on loopback,
 * logout, and each forged or misdirected ID token landing back on the login page with no session.
 */
describe.runIf(browserAvailable())('staff single sign-on in the browser', () => {
  let provider: TestProvider;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const email = 'ana.sso@sence.test';
  beforeAll(async () => {
    provider = await startTestProvider();
    server = await startTestServer('sqlite', {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: 'SENCE',
    });
    provider.register(`${server.url}/api/auth/oidc/callback`);
    await server.signIn('regional', ['CL-BI'], email);
    provider.accounts.set('ana', { email, email_verified: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  });

  const signedIn = async () => (await page.request.get(`${server.url}/api/auth/me`)).status() === 200;

  it('signs in with «Ingresar con SENCE» and signs out', async () => {
    await page.goto(`${server.url}/login`);
    const button = page.getByRole('link', { name: 'Ingresar con SENCE' });
    await button.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    // The provider's own login form.
    await page.locator('input[name=login]').fill('ana');
    await page.locator('input[name=password]').fill('cualquiera');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/staff/);
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    expect(await signedIn()).toBe(true);
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
    expect(await signedIn()).toBe(false);
  });

  it.each([
    ['a bad signature', { kind: 'signature' } as const],
    ['a wrong audience', { kind: 'claims', claims: { aud: 'otra-aplicacion' } } as const],
    ['an expired token', { kind: 'claims', claims: { exp: 1_600_000_000, iat: 1_599_999_000 } } as const],
  ])('refuses %s: back on the login page, with the reason, and no session', async (_label, tamper) => {
    provider.tamper(tamper);
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Ingresar con SENCE' }).click();
    // The provider remembers Ana: straight back to Minga.
    await page.getByText('no pasó la verificación').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await signedIn()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a replayed nonce (an earlier valid ID token handed out again)', async () => {
    const earlier = provider.lastIdToken();
    if (!earlier) throw new Error('no ID token seen yet');
    provider.tamper({ kind: 'replace', idToken: earlier });
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Ingresar con SENCE' }).click();
    await page.getByText('no pasó la verificación').waitFor();
    expect(await signedIn()).toBe(false);
    // And the untampered way in still works afterwards.
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Ingresar con SENCE' }).click();
    await page.waitForURL(/\/staff/);
    expect(await signedIn()).toBe(true);
  });
});
