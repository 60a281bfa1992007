import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

/**
 * One whole Citizen Innovation Dialogue in the browser: a national team member creates it, three
 * phones (360 px) join, send ideas, the console merges two, everyone votes, the projector ranks,
 * everyone evaluates, the dialogue closes and the projector shows the share.
 */
describe.runIf(browserAvailable())('a whole dialogue in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'es-CL' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /** Clicks a button that opens a confirmation, then confirms inside the dialog. */
  async function confirm(page: Page, name: string) {
    await page.getByRole('button', { name, exact: true }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  it('runs from creation to the closing screen', { timeout: 240_000 }, async () => {
    const email = 'ana.nacional@sence.cl';
    await server.signIn('national', [], email);

    // The national team member signs in and creates the dialogue.
    const staff = await newPage({ width: 1280, height: 900 });
    await staff.goto(`${server.url}/login`);
    await staff.getByLabel('Correo electrónico').fill(email);
    await staff.getByLabel('Contraseña').fill('contraseña-de-prueba');
    await staff.getByRole('button', { name: 'Entrar' }).click();
    await staff.waitForURL(/\/staff$/);
    await staff.goto(`${server.url}/staff/dialogues/new`);
    await staff.getByRole('heading', { name: 'Nuevo diálogo' }).waitFor();
    // Validation as you type: an empty title is flagged beside the field once left.
    await staff.getByLabel('Título').focus();
    await staff.getByLabel('Título').blur();
    await staff.getByText('Este campo es obligatorio.').first().waitFor();
    await staff.locator('.dialogue-form').getByLabel('Región').selectOption('CL-BI');
    await staff.getByLabel('Título').fill('Diálogo Biobío 2026');
    await staff.getByLabel('Fecha').fill('2026-11-25');
    await staff.getByLabel('Lugar').fill('Concepción');
    await staff.getByLabel('Programa').fill('Bienvenida\nIdeación\nVotación');
    await staff
      .getByLabel('Pregunta 1')
      .fill('¿Cómo podríamos acercar la capacitación a quienes buscan empleo?');
    await staff.getByLabel('Puntos por participante').fill('5');
    await staff.getByLabel('Máximo de puntos en una idea').fill('3');
    await staff.getByRole('button', { name: 'Guardar diálogo' }).click();
    await staff.getByRole('heading', { name: 'Diálogo Biobío 2026' }).waitFor();
    const dialogueId = Number(/\/staff\/dialogues\/(\d+)/.exec(staff.url())?.[1]);
    expect(dialogueId).toBeGreaterThan(0);
    const code = (await staff.locator('.join-code').textContent())?.trim() ?? '';
    expect(code).not.toBe('');
    await confirm(staff, 'Abrir inscripción');
    await staff.getByText('Estado actualizado: Inscripción abierta.').waitFor();

    // Three phones join, two at Mesa 1 and one at Mesa 2.
    const phones: Page[] = [];
    for (const [index, table] of ['Mesa 1', 'Mesa 1', 'Mesa 2'].entries()) {
      const phone = await newPage({ width: 360, height: 740 });
      phones.push(phone);
      await phone.goto(`${server.url}/d/${code}`);
      await phone.getByRole('heading', { name: 'Diálogo Biobío 2026' }).waitFor();
      if (index === 0) expect(await axeViolations(phone)).toEqual([]);
      await phone.getByRole('button', { name: 'Unirme' }).click();
      await phone.getByRole('radio', { name: table }).check();
      await phone.getByRole('button', { name: 'Continuar' }).click();
      if (index === 0) await phone.getByRole('textbox', { name: /^Nombre/ }).fill('Rosa');
      if (index === 1) {
        await phone.getByLabel('Organización').fill('Sindicato Pesquero');
        await phone.getByRole('button', { name: /Otra…/ }).click();
        await phone.getByLabel('Nombre de tu organización').waitFor();
      }
      await phone.getByLabel('Sector').selectOption(index === 2 ? 'empleador' : 'trabajador_ocupado');
      // Consent is required and says so beside the box.
      await phone.getByRole('button', { name: 'Entrar al diálogo' }).click();
      await phone.getByText('Necesitamos tu consentimiento para continuar.').waitFor();
      await phone.getByRole('checkbox', { name: /Acepto que SENCE/ }).check();
      await phone.getByRole('button', { name: 'Entrar al diálogo' }).click();
      await phone.getByRole('heading', { name: 'El diálogo comenzará pronto' }).waitFor();
    }
    if (!(await phones[0].getByText('Votación').isVisible()))
      throw new Error('agenda missing in the waiting room');

    // The facilitator's console; the projector opens beside it.
    await staff.goto(`${server.url}/staff/dialogues/${dialogueId}/live`);
    await staff.getByRole('heading', { name: /Consola en vivo/ }).waitFor();
    await staff.getByText('Conectado en vivo').waitFor();
    const screen = await staff.context().newPage();
    await screen.setViewportSize({ width: 1280, height: 720 });
    await screen.goto(`${server.url}/screen/${dialogueId}`);
    await screen.locator('.join-code-big', { hasText: code }).waitFor();
    await screen.getByTestId('participants').filter({ hasText: '3' }).waitFor();
    expect(
      await screen.locator('img.qr').evaluate((image: HTMLImageElement) => image.naturalWidth),
    ).toBeGreaterThan(0);
    expect(await axeViolations(screen)).toEqual([]);

    await confirm(staff, 'Comenzar el diálogo');
    expect(await axeViolations(staff)).toEqual([]);

    // Ideas from the phones: the phone learns the phase over the socket.
    const ideas = [
      [
        'Cursos de oficios en la tarde para quienes trabajan',
        'Talleres de computación en las juntas de vecinos',
      ],
      ['Capacitación en horario vespertino para trabajadores'],
      ['Prácticas pagadas en empresas de la región'],
    ];
    for (const [index, phone] of phones.entries()) {
      await phone.getByRole('heading', { name: 'Ideación' }).waitFor();
      for (const text of ideas[index]) {
        await phone.getByLabel('¿Cómo podríamos acercar la capacitación').fill(text);
        await phone.getByRole('button', { name: 'Enviar idea' }).click();
        await phone.locator('.my-idea:not(.pending)', { hasText: text }).waitFor();
      }
    }
    // A lost connection: the idea waits as "pendiente" and goes out when the phone is back.
    await phones[2].context().setOffline(true);
    await phones[2].getByLabel('¿Cómo podríamos acercar la capacitación').fill('Becas de movilización');
    await phones[2].getByRole('button', { name: 'Enviar idea' }).click();
    await phones[2].locator('.my-idea.pending', { hasText: 'Becas de movilización' }).waitFor();
    // The indicator counts what waits, not only the socket.
    await phones[2].locator('.connection', { hasText: /1 cambio/ }).waitFor();
    await phones[2].context().setOffline(false);
    await phones[2].locator('.connection', { hasText: 'Conectado' }).waitFor();
    await phones[2].locator('.my-idea:not(.pending)', { hasText: 'Becas de movilización' }).waitFor();
    // A reload keeps the same participant (device token in localStorage).
    await phones[0].reload();
    await phones[0].locator('.my-idea', { hasText: 'Talleres de computación' }).waitFor();
    await phones[0].getByText('Tu mesa lleva 3 ideas.').waitFor();

    // A paper card typed in at the console; Enter sends and keeps the table.
    await staff.getByLabel('Mesa', { exact: true }).selectOption({ label: 'Mesa 3' });
    await staff.getByLabel('Texto de la tarjeta').fill('Ferias laborales en las comunas rurales');
    await staff.getByLabel('Texto de la tarjeta').press('Enter');
    await staff.getByText('Tarjeta agregada a Mesa 3.').waitFor();
    expect(await staff.getByLabel('Mesa', { exact: true }).inputValue()).not.toBe('');
    const stream = staff.locator('.idea-card');
    for (const text of [...ideas.flat(), 'Becas de movilización', 'Ferias laborales en las comunas rurales'])
      await stream.filter({ hasText: text }).waitFor();

    // One merge: the evening-training idea of phone 2 goes under phone 1's.
    await stream
      .filter({ hasText: 'Capacitación en horario vespertino' })
      .getByRole('button', { name: 'Fusionar' })
      .click();
    const mergeDialog = staff.getByRole('dialog');
    await mergeDialog
      .getByLabel('Idea que se queda')
      .selectOption({ label: 'Cursos de oficios en la tarde para quienes trabajan' });
    await mergeDialog.getByRole('button', { name: 'Fusionar' }).click();
    await mergeDialog.waitFor({ state: 'hidden' });
    const kept = stream.filter({ hasText: 'Cursos de oficios en la tarde' });
    await kept.locator('.merged-under', { hasText: 'Capacitación en horario vespertino' }).waitFor();
    await screen.locator('.table-bars').getByText('Mesa 1').waitFor();

    // Voting.
    await confirm(staff, 'Pasar a la votación');
    const vote = async (phone: Page, text: string, times: number) => {
      for (let step = 0; step < times; step += 1) {
        await phone.getByRole('button', { name: `Agregar un punto a: ${text}` }).click();
        await phone
          .locator('.vote-idea', { hasText: text })
          .locator('.pending-badge')
          .waitFor({ state: 'detached' });
      }
    };
    for (const phone of phones) await phone.getByRole('heading', { name: 'Votación' }).waitFor();
    expect(await phones[0].getByText('Capacitación en horario vespertino').count()).toBe(0); // merged away
    await vote(phones[0], 'Cursos de oficios en la tarde para quienes trabajan', 3);
    await vote(phones[0], 'Prácticas pagadas en empresas de la región', 2);
    await phones[0].getByText('Te quedan 0 de 5 puntos').waitFor();
    // The per-idea cap: the + of an idea at 3 dots is off.
    expect(
      await phones[0]
        .getByRole('button', {
          name: 'Agregar un punto a: Cursos de oficios en la tarde para quienes trabajan',
        })
        .isDisabled(),
    ).toBe(true);
    await vote(phones[1], 'Cursos de oficios en la tarde para quienes trabajan', 2);
    await vote(phones[1], 'Ferias laborales en las comunas rurales', 1);
    await phones[1].getByText('Te quedan 2 de 5 puntos').waitFor();
    await phones[1]
      .getByRole('button', { name: 'Quitar un punto de: Ferias laborales en las comunas rurales' })
      .click();
    await phones[1].getByText('Te quedan 3 de 5 puntos').waitFor();
    await phones[2].getByLabel('Buscar ideas').fill('prácticas');
    await vote(phones[2], 'Prácticas pagadas en empresas de la región', 2);
    await phones[2].getByLabel('Buscar ideas').fill('');
    await vote(phones[2], 'Becas de movilización', 3);
    expect(await axeViolations(phones[2])).toEqual([]);

    // The projector ranks live: the evening courses (3 + 2), the paid internships (2 + 2), the grants (3).
    const rows = screen.locator('.ranking-row');
    await screen.getByRole('table', { name: 'Las 10 ideas con más puntos' }).waitFor();
    await screen.getByText('2 de 3 participantes ya usaron todos sus puntos').waitFor();
    await rows
      .filter({ hasText: 'Becas de movilización' })
      .locator('.ranking-dots', { hasText: '3' })
      .waitFor();
    const ranking = await screen.locator('.visually-hidden table tbody tr').allTextContents();
    expect(ranking.slice(0, 3).map((row) => row.replace(/^\d+/, ''))).toEqual([
      'Cursos de oficios en la tarde para quienes trabajan5',
      'Prácticas pagadas en empresas de la región4',
      'Becas de movilización3',
    ]);
    expect(await axeViolations(screen)).toEqual([]);

    // Evaluation.
    await confirm(staff, 'Pasar a la evaluación');
    for (const [index, rating] of ['Excelente', 'Bueno', 'Regular'].entries()) {
      const phone = phones[index];
      await phone.getByRole('heading', { name: '¿Cómo evalúas el método de este diálogo?' }).waitFor();
      await phone.getByRole('radio', { name: rating }).check();
      if (index === 0) await phone.getByLabel('Comentario').fill('Muy ordenado.');
      await phone.getByRole('button', { name: 'Enviar evaluación' }).click();
      await phone.getByRole('heading', { name: '¡Gracias por participar!' }).waitFor();
    }
    await screen.getByText('3 evaluaciones recibidas').waitFor();

    // Close: the projector shows the share that answered excelente or bueno.
    await confirm(staff, 'Cerrar el diálogo');
    await staff.getByText('El diálogo está cerrado: sus ideas').waitFor();
    await screen.getByTestId('evaluation-share').filter({ hasText: '67 %' }).waitFor();
    await screen.getByText('¡Gracias por participar!').waitFor();
    await screen.getByText('6 ideas propuestas (5 visibles) · 3 participantes').waitFor();
    expect(await axeViolations(screen)).toEqual([]);
    expect(await axeViolations(staff)).toEqual([]);
  });
});
