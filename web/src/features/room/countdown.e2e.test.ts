import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive, joinPhone } from '../../../../src/modules/dialogues/testing.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import type { ApiClient } from '../../../../src/test/client.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

/** MINGA_SHOTS=folder keeps a screenshot of each screen this test looks at. */
const shots = process.env.MINGA_SHOTS;

/**
 * The projector's countdown on the phones: it appears when the console starts it, ticks, stops
 * with the console, and at 0:00 it stays there (the facilitator moves the phase, never the clock).
 */
describe.runIf(browserAvailable())('the countdown on the phones', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: ApiClient & { userId: number };
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    staff = await server.signIn('national');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'es-CL' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('shows the console’s countdown on the phone as on the projector, and moves no phase', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: 'Diálogo con reloj' });
    await goLive(staff, dialogue.id);
    const rosa = await joinPhone(server, dialogue);
    const phone = await newPage({ width: 360, height: 740 });
    await phone.addInitScript(
      ([code, token]) => localStorage.setItem(`minga.device.${code}`, token),
      [dialogue.joinCode, rosa.deviceToken],
    );
    await phone.goto(`${server.url}/d/${dialogue.joinCode}`);
    await phone.getByText('Mesa 1', { exact: false }).first().waitFor();
    const timer = phone.getByRole('timer');
    expect(await timer.count()).toBe(0);

    // The console starts 5 minutes: the phone shows them without a reload, and they tick.
    const set = (countdownMinutes: number | null) =>
      staff.put(`/api/dialogues/${dialogue.id}/screen-view`, {
        rankingHidden: false,
        spotlightIdeaId: null,
        countdownMinutes,
      });
    expect((await set(5)).status).toBe(200);
    await expect.poll(() => timer.textContent()).toMatch(/^Tiempo restante: [45]:\d\d$/);
    const first = await timer.textContent();
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).not.toBe(first);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await phone.screenshot({ path: `${shots}/phone-countdown.png` });
    expect(await axeViolations(phone)).toEqual([]);

    // The projector shows the same end.
    const projector = await newPage({ width: 1280, height: 720 });
    const [name, value] = staff.sessionCookie.split('=');
    await projector.context().addCookies([{ name, value, url: server.url, httpOnly: true }]);
    await projector.goto(`${server.url}/screen/${dialogue.id}`);
    await expect
      .poll(() => projector.getByTestId('countdown').textContent())
      .toMatch(/^Tiempo restante: [45]:\d\d$/);
    if (shots) await projector.screenshot({ path: `${shots}/projector-countdown.png` });

    // The console stops it: gone from the phone.
    expect((await set(null)).status).toBe(200);
    await timer.waitFor({ state: 'detached' });

    // A countdown that ran out stays at 0:00 and the phase stays ideation.
    expect((await set(1)).status).toBe(200);
    await timer.waitFor();
    await server.ctx.db
      .updateTable('dialogue_screen_views')
      .set({ countdown_ends_at: new Date(Date.now() - 1000).toISOString() })
      .where('dialogue_id', '=', dialogue.id)
      .execute();
    await phone.reload();
    await expect.poll(() => phone.getByRole('timer').textContent()).toBe('Tiempo restante: 0:00');
    const phase = await server.ctx.db
      .selectFrom('dialogues')
      .select('phase')
      .where('id', '=', dialogue.id)
      .executeTakeFirstOrThrow();
    expect(phase.phase).toBe('ideation');
    await phone.getByRole('textbox').first().waitFor();
    if (shots) await phone.screenshot({ path: `${shots}/phone-countdown-done.png` });
  });
});
