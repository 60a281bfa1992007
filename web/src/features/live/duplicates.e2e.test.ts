import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive, joinPhone, phoneIdea } from '../../../../src/modules/dialogues/testing.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('possible duplicates in the facilitator console', () => {
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

  it('suggests the older near-duplicate of a new idea and merges it with one click', {
    timeout: 120_000,
  }, async () => {
    const staff = await server.signIn('national');
    const dialogue = await createDialogue(staff);
    await goLive(staff, dialogue.id);
    const phone = await joinPhone(server, dialogue);
    const older = await phoneIdea(phone, dialogue, 'Cursos de soldadura para mujeres en horario vespertino');
    await phoneIdea(phone, dialogue, 'Mejorar el transporte a los centros de capacitación rurales');
    const newer = await phoneIdea(phone, dialogue, 'Cursos vespertinos de soldadura para mujeres');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = staff.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    const slot = page.locator('[data-slot="possible-duplicates"]');
    await slot
      .getByRole('listitem')
      .getByText('Cursos de soldadura para mujeres en horario vespertino')
      .waitFor({ timeout: 20_000 });
    await slot
      .getByText(/Similitud/)
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await slot.getByRole('button', { name: 'Fusionar con esta' }).first().click();
    await expect
      .poll(
        async () => {
          const row = await server.ctx.db
            .selectFrom('ideas')
            .select('merged_into_id')
            .where('id', '=', newer)
            .executeTakeFirst();
          return row?.merged_into_id;
        },
        { timeout: 15_000 },
      )
      .toBe(older);
    await context.close();
  });
});
