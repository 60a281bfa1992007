import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive } from '../../../../src/modules/dialogues/testing.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('the live console at real volume', () => {
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

  it('shows a page of the newest cards per table, counts them all and pages on with «Ver más»', {
    timeout: 120_000,
  }, async () => {
    const staff = await server.signIn('national');
    const dialogue = await createDialogue(staff);
    await goLive(staff, dialogue.id);
    const tableId = dialogue.tables[0].id;
    // 300 cards at table 1, a minute apart, so «newest first» has one answer.
    await server.ctx.db
      .insertInto('ideas')
      .values(
        Array.from({ length: 300 }, (_, index) => {
          const stamp = new Date(Date.UTC(2026, 10, 25, 10, index)).toISOString();
          return {
            dialogue_id: dialogue.id,
            question_id: dialogue.questions[0].id,
            table_id: tableId,
            participant_id: null,
            text: `Idea número ${index + 1}`,
            source: 'card' as const,
            hidden_reason: null,
            hidden_at: null,
            merged_into_id: null,
            client_key: null,
            external_id: null,
            created_at: stamp,
            updated_at: stamp,
          };
        }),
      )
      .execute();

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = staff.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    const column = page.getByRole('region', { name: 'Mesa 1' });
    const cards = column.locator('.idea-card');
    await cards.first().waitFor({ timeout: 20_000 });
    expect(await cards.count()).toBe(50);
    expect(await column.locator('h3 .badge').textContent()).toBe('300');
    expect(await cards.first().locator('.idea-text').textContent()).toBe('Idea número 300');
    expect(await cards.nth(49).locator('.idea-text').textContent()).toBe('Idea número 251');
    await column.getByText('Mostrando las 50 más recientes de 300.').waitFor();
    await column.getByRole('button', { name: 'Ver 50 más' }).scrollIntoViewIfNeeded();
    if (process.env.MINGA_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SCREENSHOTS}/console-paged-1366.png` });

    await column.getByRole('button', { name: 'Ver 50 más' }).click();
    await expect.poll(() => cards.count()).toBe(100);
    expect(await cards.nth(99).locator('.idea-text').textContent()).toBe('Idea número 201');
    expect(await axeViolations(page)).toEqual([]);

    // Moderation still works on a card of the second page, and the count follows.
    const target = cards.filter({ hasText: 'Idea número 210' });
    await target.getByRole('button', { name: 'Ocultar' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Motivo').fill('Repetida');
    await dialog.getByRole('button', { name: 'Ocultar' }).click();
    await expect.poll(() => column.locator('h3 .badge').textContent(), { timeout: 15_000 }).toBe('299');
    expect(await column.getByText('Idea número 210', { exact: true }).count()).toBe(0);
    await context.close();
  });
});
