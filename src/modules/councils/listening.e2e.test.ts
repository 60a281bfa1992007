import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';

/** A browser context signed in as the client's staff member (its session cookie). */
async function contextFor(browser: Browser, server: TestServer, client: ApiClient): Promise<BrowserContext> {
  const context = await browser.newContext();
  const [name, value] = client.sessionCookie.split('=');
  await context.addCookies([{ name, value, url: server.url }]);
  return context;
}

async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe.runIf(browserAvailable())('listening and council in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let national: ApiClient;
  let manager: ApiClient;
  let councilId: number;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    national = await server.signIn('national');
    await national.post('/api/interview-guides', {
      title: 'Pauta de escucha 2026',
      questions: ['¿Qué cursos necesita su sector?', '¿Qué le impide capacitarse?'],
    });
    await national.post('/api/interview-codes', {
      label: 'Horarios',
      description: 'Cuándo se puede estudiar',
    });
    await national.post('/api/interview-codes', { label: 'Costos de traslado' });
    manager = await server.signIn('regional', ['CL-BI']);
    await manager.post('/api/actors', {
      regionCode: 'CL-BI',
      name: 'Marta Fuentes',
      position: 'Dirigenta',
      sector: 'trabajador_desocupado',
    });
    const council = await manager.post<{ id: number }>('/api/councils', {
      regionCode: 'CL-BI',
      name: 'Consejo Regional Biobío',
      establishedOn: '2025-03-01',
    });
    councilId = council.body.id;
    for (const [name, estate, gender] of [
      ['Ana Ríos', 'empleadores', 'f'],
      ['Bruno Vera', 'trabajadores_ocupados', 'm'],
      ['Carla Díaz', 'sociedad_civil', 'f'],
      ['Diego Lara', 'sector_publico', 'm'],
    ]) {
      await manager.post(`/api/councils/${councilId}/members`, {
        name,
        estate,
        gender,
        termStart: '2025-03-01',
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a regional manager records an interview and codes two passages', async () => {
    // The regional manager, in the browser.
    const managerContext = await contextFor(browser, server, manager);
    const page = await managerContext.newPage();
    await page.goto(`${server.url}/staff/actores`);
    await page.getByRole('heading', { name: 'Actores', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Marta Fuentes' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Entrevistas', exact: true }).click();
    await page.getByRole('heading', { name: 'Registrar entrevista' }).waitFor();
    await page.getByLabel('Actor entrevistado').selectOption({ label: 'Marta Fuentes (Aún no escuchado)' });
    await page.getByLabel('Pauta').selectOption({ label: 'Pauta de escucha 2026' });
    await page.getByLabel('Fecha').fill('2026-03-12');
    await page
      .getByLabel('Respuesta 1: ¿Qué cursos necesita su sector?')
      .fill('Cursos de soldadura en horario vespertino.');
    await page
      .getByLabel('Respuesta 2: ¿Qué le impide capacitarse?')
      .fill('El pasaje en bus cuesta demasiado.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Guardar entrevista' }).click();
    await page.getByRole('heading', { name: 'Entrevista a Marta Fuentes' }).waitFor();

    const first = page.getByRole('form', { name: 'Codificar pasaje · 1' });
    await first.getByLabel('Código').selectOption({ label: 'Horarios' });
    await first.getByLabel('Desde (carácter)').fill('23');
    await first.getByLabel('Hasta (carácter)').fill('41');
    await first.getByRole('button', { name: 'Codificar pasaje' }).click();
    await page.getByText('«horario vespertino»').waitFor();

    const second = page.getByRole('form', { name: 'Codificar pasaje · 2' });
    await second.getByLabel('Código').selectOption({ label: 'Costos de traslado' });
    await second.getByLabel('Desde (carácter)').fill('3');
    await second.getByLabel('Hasta (carácter)').fill('99');
    await second.getByRole('button', { name: 'Codificar pasaje' }).click();
    await second.getByText('queda fuera de la respuesta').waitFor();
    await second.getByLabel('Hasta (carácter)').fill('33');
    await second.getByRole('button', { name: 'Codificar pasaje' }).click();
    await page.getByText('«pasaje en bus cuesta demasiado»').waitFor();
    await expectAccessible(page);

    await managerContext.close();
  });

  it('a regional manager holds a council session with quorum and an agreement', async () => {
    const managerContext = await contextFor(browser, server, manager);
    const page = await managerContext.newPage();
    await page.goto(`${server.url}/staff/modelo/consejos/${councilId}`);
    await page.getByRole('heading', { name: 'Registrar sesión' }).waitFor();
    await page.getByLabel('Fecha de la sesión').fill('2026-04-02');
    await page.getByLabel('Tabla (temas)').fill('Demanda de capacitación recogida en las entrevistas');
    await page.getByLabel('Ana Ríos').check();
    await page.getByLabel('Bruno Vera').check();
    await page.getByLabel('Carla Díaz').check();
    await page.getByLabel('Quórum de esta sesión').fill('9');
    await page.getByLabel('Acuerdo 1').fill('Abrir un curso de soldadura vespertino');
    await page.getByLabel('Responsable 1').fill('Dirección Regional SENCE');
    await page.getByLabel('Plazo 1').fill('2026-08-31');
    await page.getByRole('button', { name: 'Guardar sesión' }).click();
    await page.getByText('no puede superar el número de integrantes vigentes').waitFor();
    await page.getByLabel('Quórum de esta sesión').fill('');
    await page.getByLabel('Acta').fill('Se revisaron las entrevistas del Biobío.');
    await page.getByRole('button', { name: 'Guardar sesión' }).click();
    await page.getByText('Sesión guardada.').waitFor();
    await page.getByText('3 presentes de 4 (quórum 3)').waitFor();
    await page.getByText('✓ Con quórum').waitFor();
    await page.getByRole('cell', { name: /Abrir un curso de soldadura vespertino/ }).waitFor();
    await expectAccessible(page);
    await managerContext.close();
  });

  it('the national team sees the coded interview and the council session in its views', async () => {
    const nationalContext = await contextFor(browser, server, national);
    const view = await nationalContext.newPage();
    await view.goto(`${server.url}/staff/entrevistas/sintesis`);
    await view.getByRole('heading', { name: 'Síntesis por código' }).waitFor();
    await view.getByText('pasaje en bus cuesta demasiado').waitFor();
    await view.getByText('horario vespertino').waitFor();
    await view.getByText('1 de 100 actores escuchados').waitFor();
    await expectAccessible(view);

    await view.getByRole('link', { name: 'Consejos regionales' }).click();
    await view.getByRole('link', { name: 'Consejo Regional Biobío' }).click();
    await view.getByText('✓ Con quórum').waitFor();
    await view.getByRole('cell', { name: /Abrir un curso de soldadura vespertino/ }).waitFor();
    await expectAccessible(view);

    await view.goto(`${server.url}/staff/modelo/dispositivos`);
    await view.getByLabel('Región').first().selectOption('CL-BI');
    await view.getByRole('img', { name: /Nivel de participación de cada dispositivo/ }).waitFor();
    await view.getByRole('cell', { name: 'Consejo Regional Biobío' }).waitFor();
    await expectAccessible(view);

    await view.goto(`${server.url}/staff/actores/mapa`);
    await view.getByLabel('Región').first().selectOption('CL-BI');
    await view.getByRole('table', { name: 'Actores con su influencia e interés' }).waitFor();
    await expectAccessible(view);
    await nationalContext.close();
  });
});
