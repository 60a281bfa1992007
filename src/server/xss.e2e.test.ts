import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue, goLive, joinPhone, setPhase } from '../modules/dialogues/testing.js';
import { browserAvailable, launchBrowser } from '../test/browser.js';
import type { ApiClient } from '../test/client.js';
import { startTestServer, type TestServer } from '../test/server.js';

const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  '=HYPERLINK("http://evil.example","clic")',
];

/**
 * Ideas and names are untrusted text. Stored script payloads must stay inert text on the phone,
 * the facilitator console, the projector screen and the back office, and in the XLSX and PDF exports.
 */
describe.runIf(browserAvailable())('stored XSS payloads are inert everywhere', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: ApiClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    staff = await server.signIn('national');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(path: string, setup?: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = staff.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    const created = await context.newPage();
    await setup?.(created);
    await created.goto(server.url + path);
    return created;
  }

  async function expectInert(target: Page, visible: string) {
    // Visible text: a chooser's <option> (the console's selects) holds the same text, hidden until opened.
    await target
      .getByText(visible, { exact: false })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await target.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await target.locator('script:not([src])').count()).toBe(0);
    // The CSP would block the handlers anyway; the markup itself must never reach the DOM.
    expect(await target.locator('[onerror], [onload], b:text("Diálogo")').count()).toBe(0);
  }

  it('keeps payloads as text in the room, the console, the screen and the exports', {
    timeout: 240_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: '<b>Diálogo</b> con "comillas"' });
    await goLive(staff, dialogue.id);
    const phone = await joinPhone(server, dialogue, {
      name: '<img src=x onerror="window.__xss=9">',
      organizationName: '<script>alert(1)</script> S.A.',
    });
    const ideaIds: number[] = [];
    for (const [index, text] of payloads.entries()) {
      const response = await phone.post<{ idea: { id: number } }>('/api/me/ideas', {
        questionId: dialogue.questions[0].id,
        text,
        clientKey: `xss-${index}`,
      });
      expect(response.status).toBe(201);
      ideaIds.push(response.body.idea.id);
    }
    await setPhase(staff, dialogue.id, 'voting');
    await phone.post('/api/me/votes', { ideaId: ideaIds[0], delta: 2, clientKey: 'xss-vote' });
    await phone.post('/api/me/votes', { ideaId: ideaIds[3], delta: 1, clientKey: 'xss-vote-formula' });

    const screen = await page(`/screen/${dialogue.id}`);
    await expectInert(screen, 'onerror');
    const consolePage = await page(`/staff/dialogues/${dialogue.id}/live`);
    await expectInert(consolePage, '<script>window.__xss=2</script>');
    const phonePage = await page(`/d/${dialogue.joinCode}`, async (target) => {
      await target.addInitScript(
        ([code, token]) => localStorage.setItem(`minga.device.${code}`, token),
        [dialogue.joinCode, phone.deviceToken],
      );
    });
    await expectInert(phonePage, 'svg onload');
    const list = await page('/staff/dialogues');
    await expectInert(list, '<b>Diálogo</b>');

    // Exports: the formula is neutralised in CSV; XLSX keeps the exact text in a string cell (never a
    // formula); the PDF is produced from the text as text.
    const download = async (path: string) => {
      const response = await fetch(server.url + path, { headers: { cookie: staff.sessionCookie } });
      expect(response.status, path).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const csv = (
      await download(`/api/results/export.csv?table=ideas_principales&dialogue=${dialogue.id}`)
    ).toString('utf8');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const workbook = new ExcelJS.Workbook();
    const book = await download(`/api/results/export.xlsx?dialogue=${dialogue.id}`);
    await workbook.xlsx.load(book as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    const formula = cells.filter((cell) => String(cell.value).includes('HYPERLINK'));
    expect(formula.length).toBeGreaterThan(0);
    for (const cell of formula) {
      expect(cell.value).toBe(payloads[3]);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
    expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    const pdf = await download(`/api/results/export.pdf?dialogue=${dialogue.id}`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
