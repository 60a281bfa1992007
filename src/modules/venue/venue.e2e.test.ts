import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { createDialogue, type DialogueBody, goLive, joinPhone } from '../dialogues/testing.js';
import { exportDialogue } from './service.js';

/** Issue 20 in the browser: check out from the dialogue page, open on an empty laptop, import back. */
describe.runIf(browserAvailable())('the venue kit in the browser', () => {
  let national: TestServer;
  let laptop: TestServer;
  let browser: Browser;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-venue-e2e-'));
  const shots = process.env.MINGA_SCREENSHOTS;
  const shoot = async (page: Page, name: string) => {
    if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  };
  beforeAll(async () => {
    [national, laptop] = await Promise.all([startTestServer('sqlite'), startTestServer('sqlite')]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([national?.close(), laptop?.close()]);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('takes a dialogue out, opens it on the laptop’s first screen and brings it home', async () => {
    const nat = await national.signIn('national', [], 'terreno@minga.test');
    const dialogue = await createDialogue(nat, { regionCode: 'CL-MA', title: 'Diálogo de Puerto Natales' });
    const home = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const login = await home.request.post(`${national.url}/api/auth/login`, {
      data: { email: 'terreno@minga.test', password: 'contraseña-de-prueba' },
    });
    expect(login.status()).toBe(200);
    await home.goto(`${national.url}/staff/dialogues/${dialogue.id}`);
    const kit = home.locator('section[aria-labelledby="venue-heading"]');
    await kit.getByRole('heading', { name: 'Diálogo en terreno (sin internet)' }).waitFor();
    expect(await axeViolations(home)).toEqual([]);
    const [download] = await Promise.all([
      home.waitForEvent('download'),
      kit.getByRole('button', { name: 'Retirar para un portátil' }).click(),
    ]);
    const checkoutFile = path.join(folder, 'retiro.json');
    await download.saveAs(checkoutFile);
    await kit.getByText('Archivo de retiro descargado').waitFor();
    await shoot(home, 'venue-dialogue-1280');

    const room = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await room.goto(laptop.url);
    await room.getByRole('heading', { name: '¿Es el portátil de un diálogo en terreno?' }).waitFor();
    expect(await axeViolations(room)).toEqual([]);
    await room.getByLabel('Archivo de retiro (.json)').setInputFiles(checkoutFile);
    await room.getByRole('button', { name: 'Abrir el diálogo' }).click();
    await room.getByText('Diálogo «Diálogo de Puerto Natales» listo en este portátil.').waitFor();
    await room.getByText('terreno@minga.test').waitFor();
    // The store has its accounts now: no first account to create.
    expect(await room.getByRole('button', { name: 'Crear cuenta' }).count()).toBe(0);
    expect(await axeViolations(room)).toEqual([]);
    await shoot(room, 'venue-open-360');

    // The room on the laptop: one phone joins.
    const staff = laptop.client();
    await staff.login('terreno@minga.test', 'contraseña-de-prueba');
    const [opened] = await laptop.ctx.db.selectFrom('dialogues').select('id').execute();
    const there = (await staff.get<DialogueBody>(`/api/dialogues/${opened.id}`)).body;
    await goLive(staff, there.id);
    await joinPhone(laptop, there, { name: 'Carmen' });
    const exportFile = path.join(folder, 'exportacion.json');
    fs.writeFileSync(exportFile, (await exportDialogue(laptop.ctx, there.id)).text);

    await kit.getByLabel('Exportación del portátil (.json)').setInputFiles(exportFile);
    await kit.getByRole('button', { name: 'Importar de vuelta' }).click();
    await kit.getByText('Importado: 1 participantes').waitFor();
    await kit.getByLabel('Exportación del portátil (.json)').setInputFiles(exportFile);
    await kit.getByRole('button', { name: 'Importar de vuelta' }).click();
    await kit.getByText(/Ya importado/).waitFor();
    await home.setViewportSize({ width: 360, height: 740 });
    await shoot(home, 'venue-dialogue-360');
    await home.setViewportSize({ width: 1366, height: 768 });
    await shoot(home, 'venue-dialogue-1366');
    await home.close();
    await room.close();
  }, 60_000);
});
