import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { startTestServer, type TestServer } from '../../test/server.js';

describe.runIf(browserAvailable())('rollout page in the browser', () => {
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

  it('suggests pilots with a chart, computes waves on a timeline, and passes axe', async () => {
    await server.signIn('national', [], 'despliegue@minga.test');
    const page = await browser.newPage();
    const login = await page.request.post(`${server.url}/api/auth/login`, {
      data: { email: 'despliegue@minga.test', password: 'contraseña-de-prueba' },
    });
    expect(login.status()).toBe(200);
    await page.goto(`${server.url}/staff/rollout`);
    await page.getByRole('heading', { name: 'Plan de trabajo: despliegue del modelo' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const pilots = page.locator('section[aria-labelledby="rollout-pilots"]');
    await pilots.getByLabel('Número de pilotos').selectOption('3');
    await pilots.getByRole('button', { name: 'Sugerir pilotos' }).click();
    await pilots.getByText('Óptimo exacto').waitFor();
    expect(await pilots.getByText(/representa a \d+ regiones/).count()).toBe(3);
    await pilots.getByRole('img', { name: /dos primeros componentes principales/ }).waitFor();
    await pilots.locator('summary', { hasText: 'Datos del gráfico' }).click();
    expect(await pilots.locator('figure table tbody tr').count()).toBe(16);
    expect(await axeViolations(page)).toEqual([]);
    await pilots.getByRole('button', { name: 'Usar estas regiones como pilotos' }).click();
    await pilots.getByText('Cambios guardados.').waitFor();
    await pilots.getByText('Fundamento:').waitFor();

    const waves = page.locator('section[aria-labelledby="rollout-waves"]');
    await waves.locator('summary', { hasText: 'Calcular olas' }).click();
    await waves.getByLabel('Número de olas').selectOption('4');
    await waves.locator('form button[type="submit"]').first().click();
    await waves.getByText('Es el óptimo exacto').waitFor();
    await waves.getByRole('img', { name: /Línea de tiempo de las olas/ }).waitFor();
    expect(await waves.locator('article.rollout-wave').count()).toBe(4);
    expect(await waves.locator('article.rollout-wave tbody tr').count()).toBe(13);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('links a wave and a criterion to a Karabirrdt plan by choosing in selects', async () => {
    const national = await server.signIn('national', [], 'enlaces@minga.test');
    const page = await browser.newPage();
    const login = await page.request.post(`${server.url}/api/auth/login`, {
      data: { email: 'enlaces@minga.test', password: 'contraseña-de-prueba' },
    });
    expect(login.status()).toBe(200);
    const computed = await national.post('/api/rollout/wave-plans', {
      title: 'Despliegue enlazado',
      groups: 4,
      indicators: ['population_2024', 'rural_share_2024'],
      startsOn: '2027-01-01',
    });
    expect(computed.status).toBe(201);

    // The list of plans fails first: the pickers say so and offer to try again.
    await page.route('**/api/plans', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'Falla de prueba', issues: [] } }),
      }),
    );
    await page.goto(`${server.url}/staff/rollout`);
    const evaluation = page.locator('section[aria-labelledby="rollout-evaluation"]');
    const criterionForm = evaluation.locator('details', { hasText: 'Agregar criterio' });
    await criterionForm.locator('summary').click();
    await criterionForm.getByText('No se pudieron cargar los planes Karabirrdt: Falla de prueba').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.unroute('**/api/plans');

    // No plan yet: the pickers say where plans are made instead of offering an empty list.
    await criterionForm.getByRole('button', { name: 'Reintentar' }).click();
    await criterionForm.getByText('Aún no hay planes Karabirrdt: créalos en').waitFor();
    expect(
      await criterionForm.getByRole('link', { name: 'Planificación → Karabirrdt' }).getAttribute('href'),
    ).toBe('/staff/planificacion');
    expect(await axeViolations(page)).toEqual([]);

    const plan = await national.post<{ id: number }>('/api/plans', {
      title: 'Instalación del modelo',
      startDate: '2027-01-01',
    });
    expect(plan.status).toBe(201);
    const dream = await national.post<{ id: number }>(`/api/plans/${plan.body.id}/dreams`, {
      text: 'Que cada región escuche a su gente',
    });
    expect(dream.status).toBe(201);
    const task = await national.post<{ id: number }>(`/api/plans/${plan.body.id}/tasks`, {
      title: 'Instalar el modelo en la primera ola',
      step: 7,
      status: 'in_progress',
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
    });
    expect(task.status).toBe(201);
    await page.reload();

    const waves = page.locator('section[aria-labelledby="rollout-waves"]');
    const firstWave = waves.locator('article.rollout-wave').first();
    await firstWave.locator('summary', { hasText: 'Editar ola' }).click();
    await firstWave
      .getByRole('combobox', { name: 'Plan Karabirrdt' })
      .selectOption({ label: 'Instalación del modelo (nacional)' });
    await firstWave
      .getByRole('combobox', { name: 'Tarea del plan' })
      .selectOption({ label: 'Instalar el modelo en la primera ola (En curso)' });
    await firstWave.getByRole('button', { name: 'Guardar' }).click();
    await firstWave.getByText('Cambios guardados.').waitFor();
    const linked = firstWave.locator('p', { hasText: 'Tarea del plan:' });
    await linked.getByText('Instalación del modelo').waitFor();
    expect(await linked.textContent()).toContain('Instalar el modelo en la primera ola (En curso)');
    await waves
      .getByRole('img', { name: /tarea del plan: Instalar el modelo en la primera ola \(En curso\)/ })
      .waitFor();
    await waves.locator('svg text', { hasText: 'tarea del plan: Instalar el modelo' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Editing the wave again starts from its current plan and task.
    await page.reload();
    await firstWave.locator('summary', { hasText: 'Editar ola' }).click();
    const taskSelect = firstWave.getByRole('combobox', { name: 'Tarea del plan' });
    await taskSelect.waitFor();
    expect(await firstWave.getByRole('combobox', { name: 'Plan Karabirrdt' }).inputValue()).toBe(
      String(plan.body.id),
    );
    expect(await taskSelect.inputValue()).toBe(String(task.body.id));

    await criterionForm.locator('summary').click();
    await criterionForm.getByRole('textbox', { name: 'Criterio', exact: true }).fill('Escucha territorial');
    await criterionForm
      .getByRole('combobox', { name: 'Origen' })
      .selectOption({ label: 'Círculo de sueños' });
    await criterionForm
      .getByRole('combobox', { name: 'Plan Karabirrdt' })
      .selectOption({ label: 'Instalación del modelo (nacional)' });
    await criterionForm
      .getByRole('combobox', { name: 'Sueño del círculo de sueños' })
      .selectOption({ label: 'Que cada región escuche a su gente' });
    await criterionForm
      .getByRole('combobox', { name: 'Tarea del plan' })
      .selectOption({ label: 'Instalar el modelo en la primera ola (En curso)' });
    await criterionForm.getByRole('button', { name: 'Agregar criterio' }).click();
    await criterionForm.getByText('Cambios guardados.').waitFor();
    const criterion = evaluation.locator('li', { hasText: 'Escucha territorial' });
    await criterion.getByText('Que cada región escuche a su gente').waitFor();
    const summary = await criterion.textContent();
    expect(summary).toContain('Plan Karabirrdt: Instalación del modelo');
    expect(summary).toContain('Tarea del plan: Instalar el modelo en la primera ola (En curso)');
    expect(await axeViolations(page)).toEqual([]);

    // The request bodies carry the chosen ids, as the numeric fields did.
    const overview = await national.get<{
      criteria: Array<{
        name: string;
        planId: number | null;
        planDreamId: number | null;
        planTaskId: number | null;
      }>;
      wavePlan: { waves: Array<{ planId: number | null; planTaskId: number | null }> };
    }>('/api/rollout');
    expect(overview.body.criteria.find((item) => item.name === 'Escucha territorial')).toMatchObject({
      planId: plan.body.id,
      planDreamId: dream.body.id,
      planTaskId: task.body.id,
    });
    expect(overview.body.wavePlan.waves[0]).toMatchObject({ planId: plan.body.id, planTaskId: task.body.id });
    await page.close();
  });
});
