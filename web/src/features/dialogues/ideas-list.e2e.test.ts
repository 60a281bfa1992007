import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDialogue } from '../../../../src/modules/dialogues/testing.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { seedDialogue } from '../../../../src/test/participation.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('the ideas list in the browser (laptop)', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo Concepción',
      date: '2026-04-10',
      ideas: [
        ...Array.from({ length: 70 }, (_, index) => ({ text: `Curso de oficios número ${index}` })),
        { text: 'Buses nocturnos para Lota' },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pages, searches and names the region', async () => {
    const national = await server.signIn('national');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/ideas`);
    const pager = page.getByRole('navigation', { name: 'Páginas' });
    await pager.getByText('Página 1 de 2 · 71 en total').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(50);
    expect(await page.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe('Biobío');
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.MINGA_SHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SHOTS}/ideas-list-1366.png`, fullPage: false });
    await page.getByLabel('Buscar en el texto').fill('buses');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr td').first().textContent()).toBe('Buses nocturnos para Lota');
    await context.close();
  }, 120_000);

  it('filters by dialogue, then by its question and table, and keeps the filters in the URL', async () => {
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national, {
      title: 'Diálogo Talcahuano',
      questions: ['¿Qué cursos faltan?', '¿Cómo llegar a ellos?'],
      tables: ['Mesa Norte', 'Mesa Sur'],
    });
    const at = new Date().toISOString();
    const [first, second] = dialogue.questions;
    const [north, south] = dialogue.tables;
    const rows: Array<[string, number, number]> = [
      ['Soldadura en Talcahuano', first.id, north.id],
      ['Gasfitería en Talcahuano', first.id, south.id],
      ['Buses de acercamiento', second.id, south.id],
    ];
    await server.ctx.db
      .insertInto('ideas')
      .values(
        rows.map(([text, questionId, tableId]) => ({
          dialogue_id: dialogue.id,
          question_id: questionId,
          table_id: tableId,
          participant_id: null,
          text,
          source: 'card' as const,
          hidden_reason: null,
          hidden_at: null,
          merged_into_id: null,
          client_key: null,
          external_id: null,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    // A national theme holding two of them, as a clustering run would leave it.
    const theme = await server.ctx.db
      .insertInto('synthesis_themes')
      .values({
        scope: 'CL',
        label: 'Oficios en Talcahuano',
        keywords_json: '[]',
        kept: 0,
        label_locked: 0,
        status: 'active',
        merged_into_id: null,
        run_id: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const inTheme = await server.ctx.db
      .selectFrom('ideas')
      .select('id')
      .where('text', 'in', ['Soldadura en Talcahuano', 'Gasfitería en Talcahuano'])
      .execute();
    await server.ctx.db
      .insertInto('synthesis_assignments')
      .values(
        inTheme.map((idea) => ({
          scope: 'CL',
          idea_id: idea.id,
          theme_id: theme.id,
          pinned: 0,
          updated_at: at,
        })),
      )
      .execute();
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = national.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/ideas`);
    await page.getByText('Página 1 de 2 · 74 en total').waitFor();
    await page.getByLabel('Tema', { exact: true }).selectOption(String(theme.id));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('theme')).toBe(String(theme.id));
    await page.getByLabel('Tema', { exact: true }).selectOption('');
    await page.getByText('Página 1 de 2 · 74 en total').waitFor();
    // Questions and tables only once a dialogue is chosen.
    expect(await page.getByLabel('Pregunta', { exact: true }).count()).toBe(0);
    await page.getByLabel('Diálogo', { exact: true }).selectOption(String(dialogue.id));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(3);
    await page.getByLabel('Mesa', { exact: true }).selectOption(String(south.id));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    await page.getByLabel('Pregunta', { exact: true }).selectOption(String(second.id));
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody tr td').first().textContent()).toBe('Buses de acercamiento');
    const url = new URL(page.url());
    expect(url.searchParams.get('dialogue')).toBe(String(dialogue.id));
    expect(url.searchParams.get('table')).toBe(String(south.id));
    expect(url.searchParams.get('question')).toBe(String(second.id));
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.MINGA_SHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SHOTS}/ideas-list-filters-1366.png` });
    // A reload keeps the filters.
    await page.reload();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(1);
    expect(await page.getByLabel('Mesa', { exact: true }).inputValue()).toBe(String(south.id));
    // Another dialogue drops the question and table.
    await page.getByLabel('Diálogo', { exact: true }).selectOption('');
    await page.getByText('Página 1 de 2 · 74 en total').waitFor();
    expect(new URL(page.url()).searchParams.get('table')).toBeNull();
    await context.close();
  }, 120_000);
});
