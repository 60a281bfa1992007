import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue } from '../../../../src/modules/dialogues/testing.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import type { ApiClient } from '../../../../src/test/client.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

/** MINGA_SHOTS=folder keeps a screenshot of each screen this test looks at. */
const shots = process.env.MINGA_SHOTS;

// Two camps on the first four statements, everyone agreeing on the last two.
const statements = [
  'El transporte nocturno es prioritario',
  'Hacen falta más salas cuna',
  'Los cursos deben ser presenciales',
  'La capacitación debe pagarse en horario laboral',
  'La oficina regional debe abrir los sábados',
  'Los avisos de empleo deben publicarse en un solo lugar',
];

/** The projector's joining screen shows what a consultation taken to the dialogue unites and divides. */
describe.runIf(browserAvailable())('the projector’s challenge material', () => {
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

  async function newPage(signedIn: boolean): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'es-CL' });
    contexts.push(context);
    if (signedIn) {
      const [name, value] = staff.sessionCookie.split('=');
      await context.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('shows «Lo que nos une» and «Lo que nos divide», with a session and with the screen link', {
    timeout: 120_000,
  }, async () => {
    const created = await staff.post<{ id: number; publicKey: string; statements: Array<{ id: number }> }>(
      '/api/consultations',
      {
        regionCode: 'CL-BI',
        question: '¿Qué debe cambiar en la capacitación?',
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
        statements,
      },
    );
    const { id, publicKey } = created.body;
    for (let person = 0; person < 20; person += 1) {
      const joined = await fetch(`${server.url}/api/c/${publicKey}/join`, { method: 'POST' });
      const { token } = (await joined.json()) as { token: string };
      const camp = person % 2 === 0 ? 'agree' : 'disagree';
      const flip = camp === 'agree' ? 'disagree' : 'agree';
      for (const [index, statement] of created.body.statements.entries()) {
        await fetch(`${server.url}/api/c/${publicKey}/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-consultation-token': token },
          body: JSON.stringify({
            statementId: statement.id,
            vote: index < 2 ? camp : index < 4 ? flip : 'agree',
          }),
        });
      }
    }
    const dialogue = await createDialogue(staff);
    expect((await staff.post(`/api/consultations/${id}/dialogues`, { dialogueId: dialogue.id })).status).toBe(
      201,
    );
    const link = await staff.post<{ key: string }>(`/api/dialogues/${dialogue.id}/screen-link`);

    for (const [name, signedIn, path] of [
      ['projector-material', true, `/screen/${dialogue.id}`],
      ['projector-material-link', false, `/p/${link.body.key}`],
    ] as const) {
      const screen = await newPage(signedIn);
      await screen.goto(`${server.url}${path}`);
      await screen.getByText('Lo que nos une').waitFor();
      await screen.getByText('Lo que nos divide').waitFor();
      const consensus = screen.getByTestId('screen-consensus').getByRole('listitem');
      await expect
        .poll(() => consensus.allTextContents())
        .toEqual(expect.arrayContaining(statements.slice(4)));
      const divisive = await screen.getByTestId('screen-divisive').getByRole('listitem').allTextContents();
      expect(divisive.length).toBeGreaterThan(0);
      expect(divisive.length).toBeLessThanOrEqual(3);
      expect(divisive.every((text) => statements.slice(0, 4).includes(text))).toBe(true);
      if (shots) await screen.screenshot({ path: `${shots}/${name}.png` });
      // Readable on the projector: the material fits in the 1280×720 window, no scrolling.
      const box = await screen.getByTestId('screen-material').boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(720);
      expect(await axeViolations(screen)).toEqual([]);
    }

    // The dialogue's page removes it (with a confirmation); the projector no longer shows it.
    const page = await newPage(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${server.url}/staff/dialogues/${dialogue.id}`);
    await page.getByRole('heading', { name: '¿Qué debe cambiar en la capacitación?' }).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/dialogue-material.png`, fullPage: true });
    await page.getByRole('button', { name: 'Quitar del diálogo', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Quitar del diálogo', exact: true }).click();
    await page
      .getByRole('heading', { name: '¿Qué debe cambiar en la capacitación?' })
      .waitFor({ state: 'detached' });
    const screen = await newPage(false);
    await screen.goto(`${server.url}/p/${link.body.key}`);
    await screen.getByText('Ideas visibles por mesa').waitFor();
    expect(await screen.getByText('Lo que nos une').count()).toBe(0);
  });
});
