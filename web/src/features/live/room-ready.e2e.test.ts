import fs from 'node:fs';
import os from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDialogue, goLive, joinPhone, key, vote } from '../../../../src/modules/dialogues/testing.js';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import type { ApiClient } from '../../../../src/test/client.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

const wifi = '192.168.1.23';
const cable = '10.0.0.8';
/** MINGA_SHOTS=folder keeps a screenshot of each screen this test looks at. */
const shots = process.env.MINGA_SHOTS;

/**
 * The room before and during a real dialogue: the console says where phones join (the laptop's
 * LAN address, not localhost) and lets choose the network; a phone types the code on the home
 * page; the facilitator goes back one phase; once closed nothing can be moderated.
 */
describe.runIf(browserAvailable())('the room, ready for a real dialogue', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: ApiClient & { userId: number };
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    // As `npm start` listens (every interface), on a laptop with Wi-Fi and a cable.
    server = await startTestServer('sqlite', { HOST: '0.0.0.0' });
    const entry = (address: string, internal = false) =>
      ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '', cidr: null }) as never;
    vi.spyOn(os, 'networkInterfaces').mockReturnValue({
      lo: [entry('127.0.0.1', true)],
      eth0: [entry(cable)],
      wlan0: [entry(wifi)],
    });
    browser = await launchBrowser();
    staff = await server.signIn('national');
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport: { width: number; height: number }, signedIn = false): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'es-CL' });
    contexts.push(context);
    if (signedIn) {
      const [name, value] = staff.sessionCookie.split('=');
      await context.addCookies([{ name, value, url: server.url, httpOnly: true }]);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  async function confirm(page: Page, name: string) {
    await page.getByRole('button', { name, exact: true }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  const phaseOf = async (id: number) =>
    (await server.ctx.db.selectFrom('dialogues').select('phase').where('id', '=', id).executeTakeFirst())
      ?.phase;

  it('the console and the projector give the LAN address, and the facilitator may choose it', {
    timeout: 120_000,
  }, async () => {
    const port = new URL(server.url).port;
    const dialogue = await createDialogue(staff);
    const console = await newPage({ width: 1280, height: 900 }, true);
    await console.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    const base = console.getByTestId('join-base');
    await expect.poll(() => base.textContent()).toBe(`${wifi}:${port}`);
    await console.getByLabel('Red que usan los teléfonos:').selectOption(cable);
    await expect.poll(() => base.textContent()).toBe(`${cable}:${port}`);
    if (shots) await console.screenshot({ path: `${shots}/console-join-address.png`, fullPage: false });
    expect(await axeViolations(console)).toEqual([]);

    // The projector (same browser, so the same choice) shows the short address and the code.
    const screen = await console.context().newPage();
    await screen.setViewportSize({ width: 1280, height: 720 });
    await screen.goto(`${server.url}/screen/${dialogue.id}`);
    await expect.poll(() => screen.getByTestId('short-address').textContent()).toBe(`${cable}:${port}`);
    await screen.getByText('y escribe el código:').waitFor();
    if (shots) await screen.screenshot({ path: `${shots}/projector-joining.png` });
  });

  it('the projector opens with its own link on a PC without a staff session, until revoked', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: 'Diálogo en el liceo' });
    const console = await newPage({ width: 1280, height: 900 }, true);
    await console.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    await console.getByRole('button', { name: 'Crear enlace del proyector' }).click();
    const shown = (await console.getByTestId('screen-link').textContent()) ?? '';
    expect(shown).toMatch(/\/p\/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const typedPath = shown.slice(shown.indexOf('/p/'));

    // The venue's PC: no cookie at all; the link is typed as the console shows it.
    const projector = await newPage({ width: 1280, height: 720 });
    await projector.goto(`${server.url}${typedPath}`);
    await projector.getByRole('heading', { name: 'Diálogo en el liceo' }).waitFor();
    await projector.getByText('y escribe el código:').waitFor();
    await projector.getByText('En vivo').waitFor();
    const qr = projector.getByRole('img', { name: 'Código QR para unirse al diálogo' });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    if (shots) await projector.screenshot({ path: `${shots}/projector-by-link.png` });
    expect(await axeViolations(projector)).toEqual([]);

    await confirm(console, 'Revocar enlace');
    await projector.getByText('Este enlace de pantalla ya no funciona').waitFor();
    await console.getByRole('button', { name: 'Crear enlace del proyector' }).waitFor();
  });

  it('the projector tells the room where it is, phase by phase, at 1280×720', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, {
      title: 'Diálogo de dos preguntas',
      questions: [
        '¿Cómo acercar la capacitación a quienes buscan empleo?',
        '¿Qué oficios faltan en la región?',
      ],
    });
    await goLive(staff, dialogue.id);
    const [q1, q2] = dialogue.questions;
    const phone = await joinPhone(server, dialogue);
    const other = await joinPhone(server, dialogue, { tableId: dialogue.tables[1].id });
    const idea = async (who: ApiClient, questionId: number, text: string) =>
      (await who.post<{ idea: { id: number } }>('/api/me/ideas', { questionId, text, clientKey: key() })).body
        .idea.id;
    const long = await idea(
      phone,
      q1.id,
      'Buses de acercamiento desde las localidades rurales hasta los centros de capacitación, con horarios coordinados con los cursos vespertinos',
    );
    const short = await idea(other, q1.id, 'Cursos en la tarde');
    const welding = await idea(other, q2.id, 'Soldadura para mujeres');
    await idea(phone, q2.id, 'Gasfitería');

    const screen = await newPage({ width: 1280, height: 720 }, true);
    await screen.goto(`${server.url}/screen/${dialogue.id}`);
    await expect.poll(() => screen.getByTestId('screen-phase').textContent()).toBe('Ideación');
    await screen.getByText('¿Qué oficios faltan en la región?').waitFor();
    await screen.getByText('2 ideas').first().waitFor();
    const width = () => screen.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(1280);
    if (shots) await screen.screenshot({ path: `${shots}/projector-ideation.png` });

    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    await expect.poll(() => screen.getByTestId('screen-phase').textContent()).toBe('Votación');
    await screen.getByTestId('no-dots').waitFor();
    if (shots) await screen.screenshot({ path: `${shots}/projector-voting-empty.png` });
    await vote(phone, long, 2);
    await vote(other, short, 2);
    await vote(other, welding, 1);
    // A tie shares the rank: both ideas of question 1 are first.
    const firstQuestion = screen.locator('.screen-ranking').first();
    await firstQuestion
      .locator('.ranking-row', { hasText: 'Cursos en la tarde' })
      .locator('.rank', { hasText: '1' })
      .waitFor();
    await firstQuestion
      .locator('.ranking-row', { hasText: 'Buses de acercamiento' })
      .locator('.rank', { hasText: '1' })
      .waitFor();
    await screen.getByRole('heading', { name: '2. ¿Qué oficios faltan en la región?' }).waitFor();
    expect(await width()).toBeLessThanOrEqual(1280);
    if (shots) await screen.screenshot({ path: `${shots}/projector-voting.png` });

    // From the console: hide the ranking, spotlight an idea, a countdown (it moves no phase).
    const console = await newPage({ width: 1280, height: 900 }, true);
    await console.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    // The box follows the server (it is checked once the projector's state says so).
    const hide = console.getByLabel('Ocultar el ranking hasta que termine la votación');
    await hide.click();
    await expect.poll(() => hide.isChecked()).toBe(true);
    await screen.getByTestId('ranking-hidden').waitFor();
    await console.getByLabel('Idea en pantalla completa:').selectOption({ label: 'Soldadura para mujeres' });
    await screen.getByTestId('spotlight').getByText('Soldadura para mujeres').waitFor();
    await console.getByLabel('Cuenta regresiva (minutos):').fill('5');
    await console.getByRole('button', { name: 'Iniciar', exact: true }).click();
    await expect
      .poll(() => screen.getByTestId('countdown').textContent())
      .toMatch(/^Tiempo restante: [45]:\d\d$/);
    if (shots) await screen.screenshot({ path: `${shots}/projector-spotlight.png` });
    if (shots) await console.screenshot({ path: `${shots}/console-screen-controls.png` });
    await console.getByLabel('Idea en pantalla completa:').selectOption({ label: 'Ninguna' });
    await hide.click();
    await expect.poll(() => hide.isChecked()).toBe(false);
    await screen.getByTestId('spotlight').waitFor({ state: 'detached' });
    await screen.getByTestId('countdown').waitFor();
    expect(await phaseOf(dialogue.id)).toBe('voting');

    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'evaluation' });
    const prompt = screen.getByRole('heading', { name: 'Evalúa el método en tu teléfono' });
    await prompt.waitFor();
    const box = await prompt.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(720);
    if (shots) await screen.screenshot({ path: `${shots}/projector-evaluation.png` });
    await phone.put('/api/me/evaluation', { rating: 'excelente' });
    await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
    await expect.poll(() => screen.getByTestId('screen-phase').textContent()).toBe('Cierre');
    await screen.getByTestId('evaluation-share').waitFor();
    await screen.getByRole('table', { name: 'Ranking final: las 5 ideas con más puntos' }).first().waitFor();
    expect(await width()).toBeLessThanOrEqual(1280);
    if (shots) await screen.screenshot({ path: `${shots}/projector-closed.png` });
    expect(await axeViolations(screen)).toEqual([]);
  });

  it('a phone is told what became of its ideas, and at the close sees the final ranking per question', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, {
      questions: ['¿Qué cursos faltan?', '¿Cómo llegar a ellos?'],
    });
    await goLive(staff, dialogue.id);
    const [q1, q2] = dialogue.questions;
    const rosa = await joinPhone(server, dialogue);
    const luis = await joinPhone(server, dialogue);
    const idea = async (who: ApiClient, questionId: number, text: string) =>
      (await who.post<{ idea: { id: number } }>('/api/me/ideas', { questionId, text, clientKey: key() })).body
        .idea.id;
    const kept = await idea(luis, q1.id, 'Cursos de soldadura');
    const merged = await idea(rosa, q1.id, 'Soldadura para mujeres');
    const hidden = await idea(rosa, q2.id, 'Mi teléfono es 9 1234 5678');
    const bus = await idea(rosa, q2.id, 'Buses de acercamiento');
    const phone = await newPage({ width: 360, height: 740 });
    await phone.addInitScript(
      ([code, token]) => localStorage.setItem(`minga.device.${code}`, token),
      [dialogue.joinCode, rosa.deviceToken],
    );
    await phone.goto(`${server.url}/d/${dialogue.joinCode}`);
    await staff.post(`/api/ideas/${hidden}/hide`, { reason: 'Datos personales' });
    await staff.post(`/api/ideas/${merged}/merge`, { intoId: kept });
    await phone.getByText('El equipo ocultó esta idea: Datos personales').waitFor();
    await phone.getByText('Se fusionó con «Cursos de soldadura»: sus puntos cuentan allí.').waitFor();
    if (shots) await phone.screenshot({ path: `${shots}/phone-fates.png`, fullPage: true });
    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    await vote(luis, bus, 1);
    await vote(rosa, kept, 3);
    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'evaluation' });
    await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
    await phone.getByRole('heading', { name: 'Ranking final' }).waitFor();
    await phone
      .getByRole('region', { name: '¿Cómo llegar a ellos?' })
      .getByText('Buses de acercamiento')
      .waitFor();
    await phone.getByRole('heading', { name: 'Qué pasó con tus ideas' }).waitFor();
    await phone.getByText('Recibió 1 punto.').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    if (shots) await phone.screenshot({ path: `${shots}/phone-closed.png`, fullPage: true });
    expect(await axeViolations(phone)).toEqual([]);
    // The phone's own language switch.
    await phone.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await phone.getByRole('heading', { name: 'Final ranking' }).waitFor();
    await phone.getByText('It got 1 dot.').waitFor();
  });

  it('an idea queued offline across the phase change is kept and reaches the console as a late card', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff);
    await goLive(staff, dialogue.id);
    const rosa = await joinPhone(server, dialogue);
    const phone = await newPage({ width: 360, height: 740 });
    await phone.addInitScript(
      ([code, token]) => localStorage.setItem(`minga.device.${code}`, token),
      [dialogue.joinCode, rosa.deviceToken],
    );
    await phone.goto(`${server.url}/d/${dialogue.joinCode}`);
    await phone.getByRole('heading', { name: 'Ideación' }).waitFor();
    await phone.context().setOffline(true);
    await phone.getByLabel('¿Cómo podríamos mejorar la capacitación?').fill('Escrita en el subterráneo');
    await phone.getByRole('button', { name: 'Enviar idea' }).click();
    await phone.locator('.my-idea.pending', { hasText: 'Escrita en el subterráneo' }).waitFor();
    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    await phone.context().setOffline(false);
    await phone.getByText('Llegó después de la ideación: la recibió el equipo como tarjeta tardía').waitFor();
    await phone.getByRole('heading', { name: 'Tus ideas de la ideación' }).waitFor();
    if (shots) await phone.screenshot({ path: `${shots}/phone-late-idea.png`, fullPage: true });

    const console = await newPage({ width: 1280, height: 900 }, true);
    await console.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    const late = console.locator('.late-cards');
    await late.getByText('Escrita en el subterráneo').waitFor();
    await late.getByRole('button', { name: 'Aceptar' }).click();
    await late.waitFor({ state: 'detached' });
    // Accepted: it is in the vote on the phone.
    await phone.getByRole('button', { name: 'Agregar un punto a: Escrita en el subterráneo' }).waitFor();
  });

  it('a phone types the code on the home page, in lower case and with spaces', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff, { title: 'Diálogo de Los Ángeles' });
    await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    const phone = await newPage({ width: 360, height: 740 });
    await phone.goto(`${server.url}/`);
    await phone.getByRole('heading', { name: 'Ingresa el código' }).waitFor();
    const box = phone.getByLabel('Código del diálogo');
    await box.fill('ZZZ ZZZ ZZZ');
    await phone.getByRole('button', { name: 'Entrar' }).click();
    await phone.getByText('No encontramos un diálogo con el código «ZZZ ZZZ ZZZ»').waitFor();
    const typed = `${dialogue.joinCode.slice(0, 3)} ${dialogue.joinCode.slice(3, 6)}-${dialogue.joinCode.slice(6)}`;
    await box.fill(typed.toLowerCase());
    if (shots) await phone.screenshot({ path: `${shots}/phone-code-entry.png` });
    expect(await axeViolations(phone)).toEqual([]);
    await phone.getByRole('button', { name: 'Entrar' }).click();
    await phone.waitForURL(new RegExp(`/d/${dialogue.joinCode}$`));
    await phone.getByRole('heading', { name: 'Diálogo de Los Ángeles' }).waitFor();
  });

  it('goes back one phase after asking, and offers no moderation once closed', {
    timeout: 120_000,
  }, async () => {
    const dialogue = await createDialogue(staff);
    await goLive(staff, dialogue.id, 'voting');
    const idea = await staff.post<{ id: number }>(`/api/dialogues/${dialogue.id}/ideas`, {
      tableId: dialogue.tables[0].id,
      text: 'Talleres de oficios en la biblioteca',
    });
    expect(idea.status).toBe(201);
    await staff.post(`/api/dialogues/${dialogue.id}/ideas`, {
      tableId: dialogue.tables[0].id,
      text: 'Transporte a los cursos rurales',
    });
    const console = await newPage({ width: 1280, height: 900 }, true);
    await console.goto(`${server.url}/staff/dialogues/${dialogue.id}/live`);
    await confirm(console, 'Volver a la ideación');
    await expect.poll(() => phaseOf(dialogue.id)).toBe('ideation');
    await console.getByRole('button', { name: 'Pasar a la votación' }).waitFor();

    // Possible duplicates for any idea (here not the newest), from its card.
    const card = console.locator(`[data-idea-id="${idea.body.id}"]`);
    await card.getByRole('button', { name: 'Posibles duplicados' }).click();
    await console.getByText('Ideas parecidas a «Talleres de oficios en la biblioteca»').waitFor();

    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'evaluation' });
    await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' });
    await console.reload();
    await console.getByText('El diálogo está cerrado: sus ideas').waitFor();
    await card.waitFor();
    for (const name of ['Editar', 'Ocultar', 'Fusionar', 'Posibles duplicados', 'Volver a la evaluación'])
      expect(await console.getByRole('button', { name, exact: true }).count()).toBe(0);
    expect(await console.locator('[data-slot="possible-duplicates"]').count()).toBe(0);
    if (shots) await console.screenshot({ path: `${shots}/console-closed.png` });

    // The acta is one click away on the dialogue's page.
    await console.goto(`${server.url}/staff/dialogues/${dialogue.id}`);
    const [download] = await Promise.all([
      console.waitForEvent('download'),
      console.getByRole('link', { name: 'Descargar el acta (PDF)' }).click(),
    ]);
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toBe(`acta-dialogo-${dialogue.id}.pdf`);
  });
});
