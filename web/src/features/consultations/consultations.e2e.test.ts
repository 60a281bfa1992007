import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, launchBrowser } from '../../../../src/test/browser.js';
import { seedDialogue } from '../../../../src/test/participation.js';
import { startTestServer, type TestServer } from '../../../../src/test/server.js';

const shots = process.env.MINGA_SCREENSHOTS;

/** A phone at 360 px votes through a consultation; staff see the map and the groups in plain Spanish. */
describe.runIf(browserAvailable())('an online consultation in the browser', () => {
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

  it('votes on a phone and shows the groups to staff', { timeout: 240_000 }, async () => {
    const email = 'rosa.biobio@sence.cl';
    const api = await server.signIn('regional', ['CL-BI'], email);
    const statements = [
      'El transporte nocturno es prioritario',
      'Hacen falta más salas cuna',
      'Los cursos deben ser presenciales',
      'La capacitación debe pagarse en horario laboral',
      'La oficina regional debe abrir los sábados',
    ];
    const created = await api.post<{ id: number; publicKey: string; statements: Array<{ id: number }> }>(
      '/api/consultations',
      {
        regionCode: 'CL-BI',
        question: '¿Qué necesita el empleo en el Biobío?',
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        statements,
      },
    );
    expect(created.status).toBe(201);
    const { id, publicKey } = created.body;
    const ids = created.body.statements.map((statement) => statement.id);
    // 24 people by API, in two camps, so that groups form.
    for (let person = 0; person < 24; person += 1) {
      const join = await fetch(`${server.url}/api/c/${publicKey}/join`, { method: 'POST' });
      const { token } = (await join.json()) as { token: string };
      for (const [index, statementId] of ids.entries()) {
        const camp = person % 2 === 0;
        const vote = index === 4 ? 'agree' : index < 2 === camp ? 'agree' : 'disagree';
        await fetch(`${server.url}/api/c/${publicKey}/votes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-consultation-token': token },
          body: JSON.stringify({ statementId, vote }),
        });
      }
    }

    const phone = await newPage({ width: 360, height: 740 });
    await phone.goto(`${server.url}/c/${publicKey}`);
    await phone.getByRole('heading', { name: '¿Qué necesita el empleo en el Biobío?' }).waitFor();
    await phone.getByText('Frase 1 de 5').waitFor();
    expect(await axeViolations(phone)).toEqual([]);
    if (shots) await phone.screenshot({ path: `${shots}/consulta-telefono-360.png`, fullPage: true });
    for (const [step, answer] of [
      'De acuerdo',
      'En desacuerdo',
      'Paso',
      'De acuerdo',
      'De acuerdo',
    ].entries()) {
      await phone.getByText(`Frase ${step + 1} de 5`).waitFor();
      await phone.getByRole('button', { name: answer, exact: true }).click();
    }
    await phone.getByText('¡Gracias! Ya respondiste todas las frases por ahora.', { exact: false }).waitFor();
    await phone.getByLabel('Tu frase').fill('Los empleos verdes necesitan formación técnica');
    await phone.getByRole('button', { name: 'Enviar frase' }).click();
    await phone.getByText('Recibimos tu frase.', { exact: false }).waitFor();
    if (shots) await phone.screenshot({ path: `${shots}/consulta-telefono-fin-360.png`, fullPage: true });

    const staff = await newPage({ width: 1280, height: 900 });
    await staff.goto(`${server.url}/login`);
    await staff.getByLabel('Correo electrónico').fill(email);
    await staff.getByLabel('Contraseña').fill('contraseña-de-prueba');
    await staff.getByRole('button', { name: 'Entrar' }).click();
    await staff.waitForURL(/\/staff$/);
    await staff.goto(`${server.url}/staff/consultas/${id}`);
    await staff.getByRole('heading', { name: 'Grupos de opinión' }).waitFor();
    await staff.getByRole('img', { name: 'Mapa de participantes y grupos de opinión' }).waitFor();
    await staff.getByRole('heading', { name: /Grupo 1 · \d+ personas/ }).waitFor();
    await staff
      .getByText(
        'Todos los grupos están mayoritariamente de acuerdo con «La oficina regional debe abrir los sábados».',
      )
      .waitFor();
    await staff.getByText('«Los empleos verdes necesitan formación técnica»').waitFor();
    const qr = staff.getByRole('img', { name: 'Código QR del enlace de la consulta' });
    await qr.waitFor();
    expect(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(
      true,
    );
    expect(await axeViolations(staff)).toEqual([]);
    if (shots) await staff.screenshot({ path: `${shots}/consulta-staff-1280.png`, fullPage: true });
    await staff.setViewportSize({ width: 1366, height: 768 });
    if (shots) await staff.screenshot({ path: `${shots}/consulta-staff-1366.png`, fullPage: true });

    // Taken to a dialogue, the consultation is challenge material on the dialogue's page.
    const dialogue = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Coronel',
      date: '2026-07-01',
    });
    await staff.getByLabel('Número del diálogo').fill(String(dialogue.dialogueId));
    await staff.getByRole('button', { name: 'Llevar a un diálogo' }).click();
    await staff.getByText(`La consulta quedó como material del diálogo ${dialogue.dialogueId}.`).waitFor();
    await staff.goto(`${server.url}/staff/dialogues/${dialogue.dialogueId}`);
    await staff.getByRole('heading', { name: 'Material de desafío: consultas en línea' }).waitFor();
    await staff
      .getByRole('region', { name: 'Material de desafío: consultas en línea' })
      .getByText(
        'Todos los grupos están mayoritariamente de acuerdo con «La oficina regional debe abrir los sábados».',
      )
      .waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    if (shots) await staff.screenshot({ path: `${shots}/dialogo-material-1366.png`, fullPage: true });

    // The results count the region's consultations.
    await staff.goto(`${server.url}/staff/resultados`);
    await staff
      .getByText('Consultas en línea: 1 consulta, 25 participantes, 5 frases publicadas, 125 votos.')
      .waitFor();
  });

  it('a phone at 360×740 votes offline and the votes arrive once it is back online', {
    timeout: 120_000,
  }, async () => {
    const api = await server.signIn('regional', ['CL-BI'], 'pedro.biobio@sence.cl');
    const created = await api.post<{ id: number; publicKey: string }>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Cómo mejorar los cursos en la región?',
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      statements: ['Más cursos en la tarde', 'Cursos cerca de las caletas', 'Certificados reconocidos'],
    });
    expect(created.status).toBe(201);
    const { id, publicKey } = created.body;
    const votes = async () => (await api.get<{ votes: number }>(`/api/consultations/${id}`)).body.votes;

    const phone = await newPage({ width: 360, height: 740 });
    await phone.goto(`${server.url}/c/${publicKey}`);
    await phone.getByText('Frase 1 de 3').waitFor();
    await phone.getByRole('status').getByText('Conectado').waitFor();

    await phone.context().setOffline(true);
    for (const [step, answer] of ['De acuerdo', 'En desacuerdo'].entries()) {
      await phone.getByText(`Frase ${step + 1} de 3`).waitFor();
      await phone.getByRole('button', { name: answer, exact: true }).click();
    }
    await phone.getByText('Frase 3 de 3').waitFor();
    await phone.getByRole('button', { name: 'Paso', exact: true }).click();
    await phone.getByText('Sin conexión: 3 respuestas guardadas por enviar').waitFor();
    await phone.getByText('Sin conexión: respondiste las frases que tenías.', { exact: false }).waitFor();
    await phone.getByLabel('Tu frase').fill('Cursos con cuidado infantil');
    await phone.getByRole('button', { name: 'Enviar frase' }).click();
    await phone.getByText('Sin conexión: 4 respuestas guardadas por enviar').waitFor();
    await phone.getByText('Guardamos tu frase', { exact: false }).waitFor();
    expect(await votes()).toBe(0);
    expect(await axeViolations(phone)).toEqual([]);
    if (shots) await phone.screenshot({ path: `${shots}/consulta-sin-conexion-360.png`, fullPage: true });

    await phone.context().setOffline(false);
    await phone.getByText('Recibimos tu frase.', { exact: false }).waitFor();
    await phone.getByRole('status').getByText('Conectado').waitFor();
    await phone.getByText('¡Gracias! Ya respondiste todas las frases por ahora.', { exact: false }).waitFor();
    expect(await votes()).toBe(3);
    const detail = await api.get<{
      statements: Array<{ text: string; status: string; agree: number; disagree: number; pass: number }>;
    }>(`/api/consultations/${id}`);
    const totals = detail.body.statements.reduce(
      (sum, statement) => ({
        agree: sum.agree + statement.agree,
        disagree: sum.disagree + statement.disagree,
        pass: sum.pass + statement.pass,
      }),
      { agree: 0, disagree: 0, pass: 0 },
    );
    expect(totals).toEqual({ agree: 1, disagree: 1, pass: 1 });
    expect(
      detail.body.statements.filter((statement) => statement.status === 'pending').map((s) => s.text),
    ).toEqual(['Cursos con cuidado infantil']);
    expect(await axeViolations(phone)).toEqual([]);
    if (shots) await phone.screenshot({ path: `${shots}/consulta-de-vuelta-360.png`, fullPage: true });
  });
});
