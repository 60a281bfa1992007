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
    await page.getByText('Más cursos de capacitación en oficios para jóvenes').first().waitFor();
    await page.getByText('Diálogo Concepción').first().waitFor();
    await page.getByRole('heading', { name: 'Por qué estas ideas están juntas' }).waitFor();
    const why = page.getByRole('region', { name: 'Por qué estas ideas están juntas' });
    await expect
      .poll(() => why.getByRole('listitem').first().textContent())
      .toMatch(/^«.+»: en [1-3] de 3 ideas$/);
    const representatives = page.getByRole('region', { name: 'Ideas que mejor lo representan' });
    expect(await representatives.getByRole('listitem').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.MINGA_SCREENSHOTS) {
      for (const [width, height] of [
        [360, 740],
        [1280, 720],
        [1366, 768],
      ])
        await page
          .setViewportSize({ width, height })
          .then(() =>
            page.screenshot({ path: `${process.env.MINGA_SCREENSHOTS}/theme-${width}.png`, fullPage: true }),
          );
      await page.setViewportSize({ width: 1280, height: 720 });
    }
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

  it('shows a long run as a progress bar that can be cancelled', async () => {
    const db = server.ctx.db;
    const valparaiso = await addDialogue(db, 'CL-VS', 'Diálogo Valparaíso');
    const words = 'capacitación oficios jóvenes buses transporte nocturno salas cuna jardines madres'.split(
      ' ',
    );
    for (let start = 0; start < 20_000; start += 500) {
      await db
        .insertInto('ideas')
        .values(
          Array.from({ length: 500 }, (_, index) => ({
            dialogue_id: valparaiso.id,
            question_id: null,
            table_id: null,
            participant_id: null,
            text: Array.from(
              { length: 7 },
              (_, word) => words[(start + index * 7 + word * 3) % words.length],
            ).join(' '),
            source: 'card' as const,
            hidden_reason: null,
            hidden_at: null,
            merged_into_id: null,
            client_key: null,
            external_id: null,
            created_at: '2026-05-01T10:00:00.000Z',
            updated_at: '2026-05-01T10:00:00.000Z',
          })),
        )
        .execute();
    }
    const manager = await server.signIn('regional', ['CL-VS']);
    const { context, page } = await pageAs(manager);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}/staff/sintesis?alcance=CL-VS`);
    await page.getByText('Aún no se han agrupado').waitFor();
    await page.getByRole('button', { name: 'Agrupar ideas' }).click();
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    await page.getByText(/Agrupando 20\.000 ideas/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.MINGA_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.MINGA_SCREENSHOTS}/job-360.png` });
    await page.getByRole('button', { name: 'Cancelar la agrupación' }).click();
    await page.getByText('Agrupación cancelada: los temas siguen como estaban.').waitFor();
    expect(await bar.count()).toBe(0);
    await page.getByText('Aún no se han agrupado').waitFor();
    expect(await page.getByRole('button', { name: 'Agrupar ideas' }).isEnabled()).toBe(true);
    await context.close();
  }, 120_000);
});
