import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../test/browser.js';
import { calendar, seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { TestSmtp, waitFor } from '../../test/smtp.js';

describe.runIf(browserAvailable())(
  'an idea followed from a dialogue to an initiative and back to its participant',
  () => {
    let smtp: TestSmtp;
    let server: TestServer;
    let browser: Browser;
    beforeAll(async () => {
      smtp = new TestSmtp();
      const port = await smtp.start();
      server = await startTestServer('sqlite', { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) });
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await smtp?.stop();
    });

    it('creates the initiative from the idea, updates it from an XLSX file, and shows it publicly and by e-mail', async () => {
      // The dialogue and its idea are written straight to the store: the room API is built elsewhere.
      const seeded = await seedDialogue(server.ctx.db, {
        regionCode: 'CL-BI',
        title: 'Diálogo de Coronel',
        date: '2027-03-18',
        participants: [{ email: 'daniela@correo.cl', notify: true, rating: 'excelente' }],
        ideas: [{ text: 'Cursos de mantención de aerogeneradores', by: 0 }],
      });
      const [ideaId] = seeded.ideaIds;
      const national = await server.signIn('national');
      expect((await national.post('/api/cycles', { year: 2027, phases: calendar(2027) })).status).toBe(201);
      const manager = await server.signIn('regional', ['CL-BI']);

      const staff = await browser.newContext();
      const [name, value] = manager.sessionCookie.split('=');
      await staff.addCookies([{ name, value, url: server.url }]);
      const page = await staff.newPage();
      await page.goto(`${server.url}/staff/ciclo`);
      await page.getByRole('link', { name: 'Biobío' }).click();
      await page.getByRole('heading', { name: 'Ciclo 2027 · Biobío' }).waitFor();
      // Attaching is picking the dialogue by its title from the region's list.
      const listening = page.getByRole('group', { name: 'Adjuntar · Escucha activa' });
      await listening.getByLabel('Buscar por título o nombre').fill('coronel');
      await listening.getByRole('button', { name: 'Adjuntar «Diálogo de Coronel»' }).click();
      await listening.getByText('Ya adjunto').waitFor();
      await page.getByRole('link', { name: 'Diálogo de Coronel' }).first().waitFor();
      await page.setViewportSize({ width: 1366, height: 768 });
      await listening.screenshot({ path: '/tmp/minga-track-picker-laptop.png' });
      await page.getByRole('button', { name: 'Registrar realizada' }).first().click();
      await page.getByLabel('Asistentes').fill('12');
      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      // The saved session stops offering "Registrar realizada": wait for the page to show it.
      await expect
        .poll(() => page.getByRole('button', { name: 'Registrar realizada' }).count(), { timeout: 15_000 })
        .toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel(/Cursos de mantención de aerogeneradores/).check();
      const form = page.getByRole('group', { name: 'Crear iniciativa con las ideas marcadas' });
      await form.getByLabel('Título').fill('Escuela de técnicos eólicos');
      await form.getByLabel('Unidad responsable').fill('Dirección Regional del Biobío');
      await form.getByLabel('Presupuesto (pesos)').fill('38000000');
      await form.getByRole('button', { name: 'Crear iniciativa' }).click();
      await page.getByRole('heading', { name: 'Escuela de técnicos eólicos' }).waitFor();
      const initiativeId = Number(page.url().split('/').at(-1));
      expect(initiativeId).toBeGreaterThan(0);

      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('avance');
      sheet.addRow(['initiative_id', 'status', 'progress_percent', 'note']);
      sheet.addRow([initiativeId, 'en ejecución', 40, 'Primera cohorte inscrita']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      await page.getByRole('link', { name: 'Cartera', exact: true }).click();
      await page.getByLabel('Archivo (CSV o XLSX)').setInputFiles({
        name: 'avance.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: xlsx,
      });
      await page.getByRole('button', { name: 'Revisar cambios' }).click();
      await page.getByText('Esto cambiaría (nada se ha guardado aún):').waitFor();
      expect(await page.getByRole('cell', { name: 'Propuesta → En ejecución' }).count()).toBe(1);
      await page.getByRole('button', { name: 'Aplicar cambios' }).click();
      await page.getByText('Listo: 1 iniciativa(s) actualizadas.').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const visitor = await browser.newPage();
      await visitor.goto(`${server.url}/devolucion/idea/${ideaId}`);
      await visitor.getByRole('heading', { name: '¿Qué pasó con esta idea?' }).waitFor();
      await visitor.getByRole('heading', { name: 'Escuela de técnicos eólicos' }).waitFor();
      await visitor.getByText('En ejecución', { exact: true }).first().waitFor();
      await visitor.getByText('Avance: 40 %').first().waitFor();
      expect(await axeViolations(visitor)).toEqual([]);
      await visitor.getByRole('link', { name: /Diálogo «Diálogo de Coronel»/ }).click();
      await visitor.getByRole('heading', { name: '¿Qué pasó con las ideas de este diálogo?' }).waitFor();
      await visitor.getByText('Escuela de técnicos eólicos: En ejecución (40 %)').waitFor();
      expect(await axeViolations(visitor)).toEqual([]);

      await waitFor(
        () =>
          smtp.received.some(
            (mail) =>
              mail.to === 'daniela@correo.cl' && mail.text.includes('pasó de «propuesta» a «en ejecución»'),
          ),
        'el correo del cambio de estado',
      );
      const mail = smtp.received.find((entry) =>
        entry.text.includes('pasó de «propuesta» a «en ejecución»'),
      )!;
      expect(mail.text).toContain(`/devolucion/idea/${ideaId}`);
      expect(mail.text).toContain('Avance: 40 %');
      await staff.close();
      await visitor.close();
    });
  },
);
