import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { calendar, seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { TestSmtp, waitFor } from '../../test/smtp.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';
import { escapeHtml } from './message.js';

describe.each(storeKinds)('e-mails to participants through the outbox on %s', (kind) => {
  let smtp: TestSmtp;
  let server: TestServer;
  let manager: ApiClient;
  let cycleId: number;

  beforeAll(async () => {
    smtp = new TestSmtp();
    const port = await smtp.start();
    server = await startTestServer(kind, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      PUBLIC_URL: 'https://minga.example.cl',
    });
    const national = await server.signIn('national');
    manager = await server.signIn('regional', ['CL-VS']);
    cycleId = (
      await national.post<{ id: number }>('/api/cycles', {
        year: 2027,
        phases: calendar(2027),
        regions: ['CL-VS'],
      })
    ).body.id;
  });
  afterEach(() => {
    smtp.refuse = () => false;
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.stop();
  });

  const sentCount = async () =>
    (await server.ctx.db.selectFrom('notification_outbox').select('status').execute()).filter(
      (row) => row.status === 'sent',
    ).length;

  const step1 = step(null, async () => {
    const seeded = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-VS',
      title: 'Diálogo Valparaíso',
      date: '2027-03-10',
      participants: [{ email: 'Carla@Correo.cl', notify: true }],
      ideas: [{ text: 'Talleres <script>alert("x")</script> & más', by: 0 }],
    });
    const created = await manager.post<{ id: number }>('/api/initiatives', {
      cycleId,
      regionCode: 'CL-VS',
      title: 'Talleres "portuarios" <b>',
      responsibleUnit: 'Dirección Regional',
      budgetPesos: 1_000_000,
      sources: [{ kind: 'idea', refId: seeded.ideaIds[0] }],
    });
    expect(created.status).toBe(201);
    await waitFor(() => smtp.received.some((mail) => mail.to === 'carla@correo.cl'), 'el correo de Carla');
    const mail = smtp.received.find((entry) => entry.to === 'carla@correo.cl')!;
    const raw = mail.raw.replace(/=\r?\n/g, '');
    const htmlPart = raw.split('Content-Type: text/html')[1] ?? '';
    expect(htmlPart).toContain('&lt;script&gt;');
    expect(htmlPart).not.toContain('<script>');
    expect(raw).toMatch(/List-Unsubscribe:\s+<https:\/\/minga\.example\.cl\/devolucion\/baja\/[\w-]+>/);
    expect(escapeHtml('<b>"x" & \'y\'</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;');
    const row = await server.ctx.db
      .selectFrom('notification_outbox')
      .selectAll()
      .where('email', '=', 'carla@correo.cl')
      .executeTakeFirstOrThrow();
    expect(row.body_html).toContain('Talleres &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; más');
    expect(row.body_html).toContain('&quot;portuarios&quot; &lt;b&gt;');
    // The mail is received before the worker marks its row: wait for the mark, do not race it.
    await waitFor(
      async () =>
        (
          await server.ctx.db
            .selectFrom('notification_outbox')
            .select('status')
            .where('id', '=', row.id)
            .executeTakeFirstOrThrow()
        ).status === 'sent',
      'la fila de Carla marcada como enviada',
    );

    const token = row.unsubscribe_url.split('/').at(-1)!;
    const visitor = server.client();
    expect(
      (await visitor.get<{ unsubscribed: boolean }>(`/api/public/unsubscribe/${token}`)).body.unsubscribed,
    ).toBe(false);
    expect((await visitor.post('/api/public/unsubscribe', { token })).status).toBe(200);
    expect((await visitor.post('/api/public/unsubscribe', { token: 'x'.repeat(30) })).status).toBe(404);
    const before = smtp.received.length;
    const changed = await manager.patch(`/api/initiatives/${created.body.id}`, { status: 'aprobada' });
    expect(changed.status).toBe(200);
    const queued = await server.ctx.db
      .selectFrom('notification_outbox')
      .select('id')
      .where('email', '=', 'carla@correo.cl')
      .execute();
    expect(queued).toHaveLength(1); // unsubscribed: nothing new was queued for Carla
    // Nothing left to send (a mail is received before its row is marked): no mail went out.
    await waitFor(
      async () =>
        (
          await server.ctx.db
            .selectFrom('notification_outbox')
            .select('id')
            .where('status', 'in', ['pending', 'sending'])
            .execute()
        ).length === 0,
      'el buzón de salida sin pendientes',
    );
    expect(smtp.received.length).toBe(before);
  });
  it(
    'delivers through real SMTP with escaped HTML and an unsubscribe link that works without login',
    () => step1(),
    storyTimeout,
  );

  const step2 = step(step1, async () => {
    const people = Array.from({ length: 12 }, (_, index) => ({
      email: `persona${index}@correo.cl`,
      notify: true,
    }));
    const seeded = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-VS',
      title: 'Diálogo San Antonio',
      date: '2027-03-12',
      participants: people,
      ideas: [
        {
          text: 'Certificación de grúas',
          by: 0,
          votes: people.slice(1).map((_, index) => [index + 1, 1] as [number, number]),
        },
      ],
    });
    const created = await manager.post<{ id: number }>('/api/initiatives', {
      cycleId,
      regionCode: 'CL-VS',
      title: 'Certificación portuaria',
      responsibleUnit: 'Dirección Regional',
      budgetPesos: 2_000_000,
      sources: [{ kind: 'idea', refId: seeded.ideaIds[0] }],
    });
    await waitFor(async () => (await sentCount()) >= 13, 'los 12 avisos de la nueva iniciativa');
    const baseline = smtp.received.length;

    // The server accepts three messages, refuses the fourth mid-send and goes down.
    const port = smtp.port;
    smtp.refuse = (count) => count > baseline + 3;
    let stopped: Promise<void> | null = null;
    const originalRefuse = smtp.refuse;
    smtp.refuse = (count) => {
      const refuse = originalRefuse(count);
      if (refuse && !stopped) stopped = smtp.stop();
      return refuse;
    };
    const started = Date.now();
    const change = await manager.patch<{ status: string }>(`/api/initiatives/${created.body.id}`, {
      status: 'aprobada',
    });
    expect(change.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000); // the change did not wait for SMTP
    await waitFor(() => stopped !== null, 'la caída del servidor SMTP');
    await stopped;
    await waitFor(async () => {
      const rows = await server.ctx.db
        .selectFrom('notification_outbox')
        .select(['attempts', 'status'])
        .where('attempts', '>', 1)
        .execute();
      return rows.length > 0;
    }, 'un reintento');
    expect(smtp.received.length - baseline).toBe(3);

    smtp.refuse = () => false;
    await smtp.start(port);
    await waitFor(async () => (await sentCount()) >= 25, 'todos los avisos del cambio de estado', 25_000);
    const changeRows = await server.ctx.db
      .selectFrom('notification_outbox')
      .selectAll()
      .where('dedupe_key', 'like', 'initiative-update:%')
      .execute();
    expect(changeRows).toHaveLength(12);
    for (const row of changeRows) {
      // Exactly once: each message of the change arrived one time, to its own address.
      const copies = smtp.received.filter((mail) => mail.messageId === row.message_id);
      expect(copies.map((mail) => mail.to)).toEqual([row.email]);
    }
    const rows = await server.ctx.db.selectFrom('notification_outbox').selectAll().execute();
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    expect(rows.some((row) => row.attempts > 1)).toBe(true);
  });
  it(
    'never blocks the change while SMTP is down, retries with backoff and delivers every message exactly once',
    () => step2(),
    storyTimeout,
  );
});
