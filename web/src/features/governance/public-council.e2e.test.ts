import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

describe.runIf(browserAvailable())('a council published by its region', () => {
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

  it('is published from the staff page and read on a phone without login', { timeout: 120_000 }, async () => {
    const manager = await server.signIn('regional', ['CL-BI']);
    const council = await manager.post<{ id: number }>('/api/councils', {
      regionCode: 'CL-BI',
      name: 'Consejo Regional de Capacitación del Biobío',
      establishedOn: '2025-03-01',
    });
    const ana = await manager.post<{ id: number }>(`/api/councils/${council.body.id}/members`, {
      name: 'Ana Pérez',
      estate: 'empleadores',
      gender: 'f',
      termStart: '2025-03-01',
    });
    await manager.post(`/api/councils/${council.body.id}/sessions`, {
      date: '2026-04-01',
      agenda: 'Cursos de energías renovables',
      minutes: 'Se acordó pedir cursos de técnicos eólicos.',
      quorum: 1,
      present: [ana.body.id],
      agreements: [
        { text: 'Pedir cursos eólicos', responsible: 'Secretaría técnica', dueDate: '2026-06-01' },
      ],
    });

    const staff = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const [name, value] = manager.sessionCookie.split('=');
    await staff.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    const page = await staff.newPage();
    await page.goto(`${server.url}/staff/modelo/consejos/${council.body.id}`);
    await page.getByText('No publicada: nadie fuera del equipo ve este consejo.').waitFor();
    await page.getByRole('button', { name: 'Publicar el consejo' }).click();
    await page.getByRole('link', { name: 'Ver la página pública' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/minga-council-staff-laptop.png' });

    const visitor = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phone = await visitor.newPage();
    await phone.goto(`${server.url}/`);
    await phone.getByRole('link', { name: /Consejos regionales/ }).click();
    await phone.getByLabel('Región').selectOption('CL-BI');
    await phone.getByRole('link', { name: 'Consejo Regional de Capacitación del Biobío' }).click();
    await phone.getByRole('heading', { name: 'Empleadores' }).waitFor();
    await phone.getByText('Ana Pérez').waitFor();
    await phone.getByText('Se acordó pedir cursos de técnicos eólicos.').waitFor();
    await phone.getByText('Pedir cursos eólicos').waitFor();
    await phone.getByText('1 presentes; quórum de 1 alcanzado.').waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    await phone.screenshot({ path: '/tmp/minga-council-public-phone.png', fullPage: true });

    await page.getByRole('button', { name: 'Retirar la publicación' }).click();
    await page.getByText('No publicada: nadie fuera del equipo ve este consejo.').waitFor();
    await phone.reload();
    await phone.getByRole('alert').waitFor();
    await staff.close();
    await visitor.close();
  });
});
