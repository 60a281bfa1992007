import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import type { ApiClient } from '../../test/client.js';
import { calendar } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { addDialogue, addIdea, vote } from './test-data.js';

describe.runIf(browserAvailable())('synthesis in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let dialogue: Awaited<ReturnType<typeof addDialogue>>;
  const pageAs = async (client: ApiClient) => {
    const context = await browser.newContext();
    const cookie = client.sessionCookie;
    const equals = cookie.indexOf('=');
    await context.addCookies([
      { name: cookie.slice(0, equals), value: cookie.slice(equals + 1), url: server.url },
    ]);
    return { context, page: await context.newPage() };
  };
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    const db = server.ctx.db;
    dialogue = await addDialogue(db, 'CL-BI', 'Diálogo Concepción');
    const ideas = [
      'Más cursos de capacitación en oficios para jóvenes',
      'Capacitación gratuita en oficios para jóvenes',
      'Becas de capacitación en oficios para jóvenes',
      'Buses nocturnos de transporte público',
      'Más recorridos de buses y transporte público rural',
      'Subsidio al transporte público en buses',
    ];
    const ids = [];
    for (const text of ideas) ids.push(await addIdea(db, dialogue, text));
    await vote(db, dialogue, ids[0], 3);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('groups ideas, shows themes weighted by dots and opens a theme to its ideas', async () => {
    const national = await server.signIn('national');
    const context = await browser.newContext();
    const cookie = national.sessionCookie;
    const equals = cookie.indexOf('=');
    await context.addCookies([
      { name: cookie.slice(0, equals), value: cookie.slice(equals + 1), url: server.url },
    ]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/sintesis`);
    await page.getByRole('heading', { name: 'Síntesis: temas de las ideas' }).waitFor();
    await page.getByLabel('Alcance').selectOption('CL-BI');
    await page.getByText('Aún no se han agrupado').waitFor();
    await page.getByLabel(/Número de temas/).fill('2');
    await page.getByRole('button', { name: 'Agrupar ideas' }).click();
    await page.getByText(/k = 2, indicado/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    await expect.poll(() => rows.first().locator('td').last().textContent()).toBe('3');
    await rows.first().getByRole('link').click();
    await page.getByText('Más cursos de capacitación en oficios para jóvenes').waitFor();
    await page.getByText('Diálogo Concepción').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Nombre del tema', { exact: true }).fill('Formación en oficios');
    await page.getByRole('button', { name: 'Guardar nombre' }).click();
    await page.getByRole('heading', { name: 'Formación en oficios' }).waitFor();
    await context.close();
  });

  it('offers an annual cycle as a scope; a regional manager reads their part without controls', async () => {
    const national = await server.signIn('national');
    const cycle = await national.post<{ id: number }>('/api/cycles', { year: 2027, phases: calendar(2027) });
    const tracks = await national.get<{ tracks: Array<{ id: number; regionCode: string }> }>(
      `/api/cycles/${cycle.body.id}`,
    );
    const biobio = tracks.body.tracks.find((track) => track.regionCode === 'CL-BI')!;
    const track = await national.get<{ phases: Array<{ id: number }> }>(`/api/tracks/${biobio.id}`);
    await national.post(`/api/phases/${track.body.phases[0].id}/attachments`, {
      kind: 'dialogue',
      refId: dialogue.id,
    });
    const { context, page } = await pageAs(national);
    await page.goto(`${server.url}/staff/sintesis`);
    await page.getByLabel('Alcance').selectOption({ label: 'Ciclo anual 2027 (diálogos del ciclo)' });
    await page.getByText('Aún no se han agrupado').waitFor();
    await page.getByLabel(/Número de temas/).fill('2');
    await page.getByRole('button', { name: 'Agrupar ideas' }).click();
    await page.getByText(/k = 2, indicado/).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const manager = await server.signIn('regional', ['CL-BI']);
    const regional = await pageAs(manager);
    await regional.page.goto(`${server.url}/staff/sintesis?alcance=ciclo-${cycle.body.id}`);
    await regional.page.getByText(/ves solo las ideas de los diálogos de tus regiones/).waitFor();
    await regional.page.getByText(/k = 2, indicado/).waitFor();
    expect(await regional.page.getByRole('button', { name: 'Agrupar ideas' }).count()).toBe(0);
    await regional.page.locator('tbody tr').first().getByRole('link').click();
    await regional.page.getByText('Diálogo Concepción').first().waitFor();
    expect(await regional.page.getByRole('button', { name: 'Guardar nombre' }).count()).toBe(0);
    expect(await axeViolations(regional.page)).toEqual([]);
    await regional.context.close();
  });
});
