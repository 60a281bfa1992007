import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';

type Signed = ApiClient & { userId: number };

describe.runIf(browserAvailable())('Karabirrdt in the browser: two people edit one plan', () => {
  let server: TestServer;
  let browser: Browser;
  let national: Signed;
  let biobio: Signed;
  let planId: number;
  const taskIds: number[] = [];

  async function openAs(client: Signed): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext();
    const [name, value] = client.sessionCookie.split('=');
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/staff/planificacion/${planId}`);
    await page.locator('svg[data-tasks]').waitFor();
    await page.getByText('● En vivo').waitFor();
    return { context, page };
  }

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
    national = await server.signIn('national');
    biobio = await server.signIn('regional', ['CL-BI']);
    const plan = await national.post<{ id: number }>('/api/plans', {
      title: 'Instalación del modelo en Biobío',
      regionCode: 'CL-BI',
      startDate: '2027-01-04',
    });
    planId = plan.body.id;
    const ana = await national.post<{ id: number }>(`/api/plans/${planId}/members`, { name: 'Ana Pérez' });
    await national.post(`/api/plans/${planId}/dreams`, {
      memberId: ana.body.id,
      text: 'Que todas las voces cuenten',
    });
    const objective = await national.post<{ id: number }>(`/api/plans/${planId}/objectives`, {
      title: 'Escuchar a los actores',
    });
    for (const [title, step] of [
      ['Reunir al equipo', 1],
      ['Mapear actores', 3],
      ['Realizar diálogos', 7],
    ] as const) {
      const task = await national.post<{ id: number }>(`/api/plans/${planId}/tasks`, {
        title,
        step,
        durationDays: 3,
        objectiveId: objective.body.id,
        canDo: [ana.body.id],
      });
      taskIds.push(task.body.id);
    }
    await national.post(`/api/plans/${planId}/threads`, { fromTaskId: taskIds[0], toTaskId: taskIds[1] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every change on both screens, and a stale edit as a conflict to resolve', async () => {
    const first = await openAs(national);
    const second = await openAs(biobio);
    expect(await axeViolations(first.page)).toEqual([]);

    // The national team adds a task on its laptop; the regional manager's web grows too.
    await first.page.getByRole('button', { name: 'Nueva tarea' }).click();
    await first.page.getByLabel('Título', { exact: true }).fill('Celebrar con la región');
    await first.page.getByLabel('Paso', { exact: true }).selectOption('11');
    await first.page.getByRole('button', { name: 'Agregar tarea' }).click();
    await first.page.locator('svg[data-tasks="4"]').waitFor({ timeout: 3000 });
    const started = Date.now();
    await second.page.locator('svg[data-tasks="4"]').waitFor({ timeout: 3000 });
    expect(Date.now() - started).toBeLessThan(1000);

    // The regional manager marks a task done from the table; the national screen shows its check.
    await second.page.getByRole('button', { name: 'Tabla de tareas' }).click();
    await second.page.getByRole('button', { name: 'Mapear actores' }).click();
    await second.page.getByLabel('Estado', { exact: true }).selectOption('done');
    await second.page.getByRole('button', { name: 'Guardar tarea' }).click();
    await second.page.getByText('Guardado.').waitFor();
    await first.page.locator(`path[data-done-task="${taskIds[1]}"]`).waitFor({ timeout: 3000 });

    // Both open the same task; the second saves first, the first is told and chooses.
    await first.page.getByRole('button', { name: 'Tabla de tareas' }).click();
    await first.page.getByRole('button', { name: 'Realizar diálogos' }).click();
    await second.page.getByRole('button', { name: 'Realizar diálogos' }).click();
    await second.page.getByLabel('Horas', { exact: true }).fill('12');
    await second.page.getByRole('button', { name: 'Guardar tarea' }).click();
    await second.page.getByText('Guardado.').waitFor();
    await first.page.getByLabel('Horas', { exact: true }).fill('40');
    await first.page.getByRole('button', { name: 'Guardar tarea' }).click();
    await first.page.getByText('Otra persona cambió esta tarea mientras la editabas').waitFor();
    expect(await first.page.getByRole('row', { name: /Horas 40 12/ }).count()).toBe(1);
    await first.page.getByRole('button', { name: 'Guardar la mía' }).click();
    await first.page.getByText('Guardado.').waitFor();
    const view = await national.get<{ tasks: Array<{ id: number; hours: number; version: number }> }>(
      `/api/plans/${planId}`,
    );
    expect(view.body.tasks.find((task) => task.id === taskIds[2])).toMatchObject({ hours: 40, version: 3 });

    // A thread that would close a loop is refused on screen, naming the loop.
    await first.page.getByRole('button', { name: 'Reunir al equipo' }).click();
    await first.page
      .getByLabel('Esta tarea empieza cuando termina…')
      .selectOption({ label: 'Mapear actores' });
    await first.page.getByRole('button', { name: 'Agregar hilo' }).click();
    await first.page
      .getByText('Este hilo cerraría un ciclo: «Mapear actores» → «Reunir al equipo» → «Mapear actores»')
      .waitFor();
    expect(await axeViolations(first.page)).toEqual([]);

    for (const tab of ['Gantt', 'Panel de chequeo', 'Sueños y objetivos', 'Personas']) {
      await first.page.getByRole('button', { name: tab, exact: true }).click();
      expect(await axeViolations(first.page), tab).toEqual([]);
    }
    await first.context.close();
    await second.context.close();
  });
});
