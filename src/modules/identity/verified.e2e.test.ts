import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestProvider, type TestProvider } from '../../test/oidc.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { createDialogue } from '../dialogues/testing.js';

describe.runIf(browserAvailable())('a verified participant on the phone', () => {
  let provider: TestProvider;
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    provider = await startTestProvider();
    server = await startTestServer('sqlite', {
      PARTICIPANT_OIDC_ISSUER: provider.issuer,
      PARTICIPANT_OIDC_CLIENT_ID: provider.clientId,
      PARTICIPANT_OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    provider.register(`${server.url}/api/join/verification/callback`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  });

  it('is told what is kept, verifies with ClaveÚnica, joins once; the same RUN again is refused', async () => {
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national, { title: 'Diálogo verificado', tables: ['Mesa 1'] });
    await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    // The region's manager asks for it on the dialogue page, before anyone joins.
    const staff = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [cookieName, cookieValue] = national.sessionCookie.split('=');
    await staff.addCookies([{ name: cookieName, value: cookieValue, url: server.url }]);
    const detail = await staff.newPage();
    await detail.goto(`${server.url}/staff/dialogues/${dialogue.id}`);
    await detail.getByRole('heading', { name: 'Participantes verificados' }).waitFor();
    await detail.getByText('Minga guarda solo un resumen cifrado').waitFor();
    await detail.getByRole('button', { name: 'Pedir verificación con ClaveÚnica' }).click();
    await detail.getByText('Este diálogo pide verificar la identidad con ClaveÚnica.').waitFor();
    expect(await axeViolations(detail)).toEqual([]);
    await staff.close();
    provider.accounts.set('carmen', { run: '12.345.678-5', name: 'Carmen Soto' });

    const joinAs = async (width: number) => {
      const context = await browser.newContext({ viewport: { width, height: 740 } });
      const phone = await context.newPage();
      await phone.goto(`${server.url}/d/${dialogue.joinCode}`);
      await phone.getByText('Minga no guarda tu RUN').waitFor();
      expect(await axeViolations(phone)).toEqual([]);
      await phone.getByRole('link', { name: 'Verificar con ClaveÚnica' }).click();
      await phone.locator('input[name=login]').fill('carmen');
      await phone.locator('input[name=password]').fill('cualquiera');
      await phone.locator('button[type=submit]').click();
      await phone.getByText('Identidad verificada').waitFor();
      await phone.getByRole('button', { name: 'Unirme' }).click();
      await phone.getByLabel('Sector').selectOption('trabajador_ocupado');
      await phone.getByRole('checkbox', { name: /Acepto que SENCE/ }).check();
      await phone.getByRole('button', { name: 'Entrar al diálogo' }).click();
      return { context, phone };
    };
    const first = await joinAs(360);
    await first.phone.getByRole('heading', { name: 'El diálogo comenzará pronto' }).waitFor();
    await first.context.close();
    // Another phone, the same person: one voice.
    const second = await joinAs(1280);
    await second.phone.getByText('ya participa en este diálogo').waitFor();
    await second.context.close();
  });
});
