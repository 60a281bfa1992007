import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive, joinPhone } from '../../../../src/modules/dialogues/testing.js';
import { browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import type { ApiClient } from '../../../../src/test/client.js';
import { phoneVisits, visit, wireRelay } from '../../../../src/test/phone-weight.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

/** MINGA_SHOTS=folder keeps a screenshot of each screen this test looks at. */
const shots = process.env.MINGA_SHOTS;
/** Issue 15, item 8: what a phone may download on its first visit to /d/CODE. */
const firstVisitJsLimit = 150 * 1024;

/**
 * A light phone: the first visit to /d/CODE loads the room (not the back office) compressed, a
 * second visit transfers almost nothing, and the room opens again when the connection drops.
 */
describe.runIf(browserAvailable())('a light phone', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: ApiClient & { userId: number };
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    staff = await server.signIn('national');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const joinPage = async (page: Page) => {
    await page.getByRole('button', { name: 'Unirme' }).first().waitFor();
  };

  it(`loads at most ${firstVisitJsLimit / 1024} KB of compressed JavaScript on a first visit, almost nothing on a second`, {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: 'Diálogo liviano' });
    await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    const relay = await wireRelay(server.url);
    try {
      const { first, second } = await phoneVisits(browser, relay, dialogue.joinCode, joinPage);
      const figures = ({ scripts, ...rest }: typeof first) => ({ ...rest, scripts: scripts.length });
      console.log(
        `first visit: ${JSON.stringify(figures(first))}; second: ${JSON.stringify(figures(second))}`,
      );
      // The room's own code, not the back office's pages.
      expect(first.scripts.some((script) => /\/Room-[^/]+\.js$/.test(script))).toBe(true);
      for (const page of ['LiveConsole', 'ResultsPage', 'PlanPage', 'RolloutPage', 'DialogueDetail'])
        expect(first.scripts.filter((script) => script.includes(`/${page}-`))).toEqual([]);
      expect(first.jsBytes).toBeGreaterThan(10_000); // measured, not zero
      expect(first.jsBytes).toBeLessThanOrEqual(firstVisitJsLimit);
      expect(second.jsBytes).toBe(0);
      expect(second.totalBytes).toBeLessThan(first.totalBytes / 10);
    } finally {
      await relay.drop();
    }
  });

  it('opens the room again when the connection drops after the first load', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: 'Diálogo sin red' });
    await goLive(staff, dialogue.id);
    const rosa = await joinPhone(server, dialogue);
    const relay = await wireRelay(server.url);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'es-CL' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.addInitScript(
        ([code, token]) => localStorage.setItem(`minga.device.${code}`, token),
        [dialogue.joinCode, rosa.deviceToken],
      );
      const ideation = async (on: Page) => {
        await on.getByText(dialogue.questions[0].text).first().waitFor();
      };
      await visit(page, relay, `/d/${dialogue.joinCode}`, ideation);
      // The worker controls the room and has kept its files.
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 15_000,
      });
      await page.waitForFunction(
        async () => {
          const cache = await caches.open('minga-room-v1');
          const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
          return kept.includes('/index.html') && kept.filter((path) => path.endsWith('.js')).length >= 3;
        },
        undefined,
        { timeout: 15_000 },
      );
      const kept = await page.evaluate(async () =>
        (await (await caches.open('minga-room-v1')).keys()).map((request) => new URL(request.url).pathname),
      );
      expect(kept.some((path) => path.startsWith('/api/'))).toBe(false);

      // The Wi-Fi drops: every connection is cut and nothing answers.
      await relay.drop();
      await page.reload();
      await ideation(page);
      await page.getByText('Sin conexión').first().waitFor();
      if (shots) await page.screenshot({ path: `${shots}/phone-offline.png` });
      // The back office is outside the worker's scope.
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(new URL(scope).pathname).toBe('/d/');
    } finally {
      await context.close();
    }
  });
});
