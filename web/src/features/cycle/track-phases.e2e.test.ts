import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())("the phases of a region's track (laptop)", () => {
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

  it('saves dates outside the cycle year with a warning, and drops it once they are back', {
    timeout: 120_000,
  }, async () => {
    const national = await server.signIn('national');
    const phases = [
      { phase: 'escucha_activa', startsOn: '2027-03-01', endsOn: '2027-04-30' },
      { phase: 'priorizacion', startsOn: '2027-05-01', endsOn: '2027-05-31' },
      { phase: 'cartera_anual', startsOn: '2027-06-01', endsOn: '2027-06-30' },
      { phase: 'implementacion', startsOn: '2027-07-01', endsOn: '2027-10-31' },
      { phase: 'evaluacion', startsOn: '2027-11-01', endsOn: '2027-12-15' },
    ];
    const cycle = await national.post<{ id: number; warnings: string[] }>('/api/cycles', {
      year: 2027,
      phases,
    });
    expect(cycle.status).toBe(201);
    expect(cycle.body.warnings).toEqual([]);
    const detail = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${cycle.body.id}`,
    );
    const track = detail.body.tracks.find((item) => item.regionCode === 'CL-BI');
    expect(track).toBeDefined();

    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/ciclo/tramo/${track?.id}`);
    const ends = page.getByLabel('Evaluación: Término');
    await ends.waitFor({ timeout: 20_000 });
    await ends.fill('2028-01-20');
    await page.getByRole('button', { name: 'Guardar fechas' }).click();
    const warning = page.locator('.alert-warning');
    await warning.getByText(/La fase .* cae fuera del año del ciclo 2027\./).waitFor();
    expect(await warning.getByRole('listitem').count()).toBe(1);
    const row = await server.ctx.db
      .selectFrom('cycle_phases')
      .select('ends_on')
      .where('track_id', '=', track?.id ?? 0)
      .where('phase', '=', 'evaluacion')
      .executeTakeFirst();
    expect(row?.ends_on).toBe('2028-01-20');
    expect(await axeViolations(page)).toEqual([]);
    await warning.scrollIntoViewIfNeeded();
    if (process.env.MINGA_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SCREENSHOTS}/track-warning-1366.png` });

    await page.getByLabel('Evaluación: Término').fill('2027-12-15');
    await page.getByRole('button', { name: 'Guardar fechas' }).click();
    await page.getByText('Fechas guardadas.').waitFor();
    await expect.poll(() => warning.count()).toBe(0);
    await context.close();
  });
});
