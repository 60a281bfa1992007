import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { calendar, seedDialogue } from '../../../../src/test/participation.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('the public portfolio on a phone', () => {
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

  it('goes from the home to the portfolio, filters it, opens an initiative and its dialogue', {
    timeout: 120_000,
  }, async () => {
    const seeded = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Coronel',
      date: '2027-03-18',
      ideas: [{ text: 'Cursos de mantención de aerogeneradores' }],
    });
    const talca = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-ML',
      title: 'Diálogo de Talca',
      date: '2027-03-20',
      ideas: [{ text: 'Cursos de riego tecnificado' }],
    });
    const national = await server.signIn('national');
    const cycle = await national.post<{ id: number }>('/api/cycles', { year: 2027, phases: calendar(2027) });
    const wind = await national.post<{ id: number }>('/api/initiatives', {
      cycleId: cycle.body.id,
      regionCode: 'CL-BI',
      title: 'Escuela de técnicos <i>eólicos</i>',
      responsibleUnit: 'Dirección Regional del Biobío',
      budgetPesos: 38_000_000,
      sources: [{ kind: 'idea', refId: seeded.ideaIds[0] }],
      milestones: [{ title: 'Primera cohorte', dueOn: '2027-08-01' }],
    });
    expect(wind.status).toBe(201);
    await national.patch(`/api/initiatives/${wind.body.id}`, {
      status: 'en_ejecucion',
      progressPercent: 40,
      note: 'Primera cohorte inscrita',
      reportedOn: '2027-05-02',
    });
    const riego = await national.post('/api/initiatives', {
      cycleId: cycle.body.id,
      regionCode: 'CL-ML',
      title: 'Riego tecnificado para pequeños agricultores',
      responsibleUnit: 'Dirección Regional del Maule',
      budgetPesos: 12_000_000,
      sources: [{ kind: 'idea', refId: talca.ideaIds[0] }],
    });
    expect(riego.status).toBe(201);

    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Diálogo de Coronel' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/minga-home-phone.png', fullPage: true });
    await page.getByRole('link', { name: /Cartera de iniciativas/ }).click();
    await page.getByRole('heading', { name: 'Cartera de iniciativas', exact: true }).waitFor();
    await page.getByText('2 iniciativas').waitFor();
    await page.getByLabel('Región').selectOption('CL-BI');
    await page.getByRole('heading', { name: 'Cartera de iniciativas · Biobío' }).waitFor();
    await page.getByText('1 iniciativa', { exact: true }).waitFor();
    expect(page.url()).toContain('/cartera/CL-BI');
    // Titles are text, never markup.
    await page.getByRole('link', { name: 'Escuela de técnicos <i>eólicos</i>' }).waitFor();
    expect(await page.locator('.initiative-list i').count()).toBe(0);
    await page.getByLabel('Estado').selectOption('terminada');
    await page.getByText('0 iniciativas').waitFor();
    expect(page.url()).toContain('estado=terminada');
    await page.getByLabel('Estado').selectOption('en_ejecucion');
    await page.getByText('1 iniciativa', { exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/minga-portfolio-phone.png', fullPage: true });
    const csv = page.getByRole('link', { name: 'Descargar CSV' });
    expect(await csv.getAttribute('href')).toBe('/api/public/cartera.csv?region=CL-BI&status=en_ejecucion');

    await page.getByRole('link', { name: 'Escuela de técnicos <i>eólicos</i>' }).click();
    await page.getByRole('heading', { name: 'Historial de avance' }).waitFor();
    await page.getByText(/Propuesta → En ejecución; avance 0 % → 40 % — Primera cohorte inscrita/).waitFor();
    await page.getByText('Primera cohorte: plazo 01-08-2027').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/minga-initiative-phone.png', fullPage: true });
    await page.getByRole('link', { name: '«Cursos de mantención de aerogeneradores»' }).click();
    await page.getByRole('heading', { name: '¿Qué pasó con esta idea?' }).waitFor();
    await context.close();
  });
});
