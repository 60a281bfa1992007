import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

interface PublicCouncil {
  name: string;
  regionName: string;
  estates: Array<{ estate: string; members: Array<{ name: string }> }>;
  sessions: Array<{ minutes: string | null; quorumMet: boolean }>;
  agreements: Array<{
    text: string;
    status: string;
    followUps: Array<{ status: string; note: string | null }>;
  }>;
}

/**
 * Issue 16, item 3: staff of the region publish a council's page; the public sees its members by
 * estate, its sessions with minutes and its agreements with their follow-up, and nothing personal.
 */
describe.each(storeKinds)('published council pages on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  it('is not public until the region publishes it, then shows members, sessions and agreements', async () => {
    const manager = await server.signIn('regional', ['CL-BI']);
    const council = await manager.post<{ id: number }>('/api/councils', {
      regionCode: 'CL-BI',
      name: 'Consejo Regional de Capacitación del Biobío',
      establishedOn: '2025-03-01',
    });
    expect(council.status).toBe(201);
    const id = council.body.id;
    const ana = await manager.post<{ id: number }>(`/api/councils/${id}/members`, {
      name: 'Ana Pérez',
      estate: 'empleadores',
      gender: 'f',
      termStart: '2025-03-01',
    });
    await manager.post(`/api/councils/${id}/members`, {
      name: 'Luis <script>Soto</script>',
      estate: 'trabajadores_ocupados',
      gender: 'm',
      termStart: '2025-03-01',
    });
    await manager.post(`/api/councils/${id}/members`, {
      name: 'Marta Ex Consejera',
      estate: 'empleadores',
      gender: 'f',
      termStart: '2025-03-01',
      termEnd: '2025-12-31',
    });
    const session = await manager.post(`/api/councils/${id}/sessions`, {
      date: '2026-04-01',
      agenda: 'Cursos de energías renovables',
      minutes: 'Se acordó pedir cursos de técnicos eólicos.',
      quorum: 1,
      present: [ana.body.id],
      agreements: [
        { text: 'Pedir cursos eólicos', responsible: 'Secretaría técnica', dueDate: '2026-06-01' },
      ],
    });
    expect(session.status).toBe(201);
    const detail = await manager.get<{ agreements: Array<{ id: number }>; publishedAt: string | null }>(
      `/api/councils/${id}`,
    );
    expect(detail.body.publishedAt).toBeNull();
    await manager.post(`/api/council-agreements/${detail.body.agreements[0].id}/follow-ups`, {
      status: 'en_curso',
      note: 'Solicitud enviada a la Dirección Nacional',
    });

    const anon = server.client();
    expect((await anon.get(`/api/public/consejos/${id}`)).status).toBe(404);
    expect((await anon.get<{ councils: unknown[] }>('/api/public/consejos')).body.councils).toEqual([]);

    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    expect((await facilitator.put(`/api/councils/${id}/publication`, { published: true })).status).toBe(403);
    const maule = await server.signIn('regional', ['CL-ML']);
    expect((await maule.put(`/api/councils/${id}/publication`, { published: true })).status).toBe(404);
    const published = await manager.put<{ publishedAt: string | null }>(`/api/councils/${id}/publication`, {
      published: true,
    });
    expect(published.status).toBe(200);
    expect(published.body.publishedAt).not.toBeNull();

    const list = await anon.get<{ councils: Array<{ id: number; regionName: string }> }>(
      '/api/public/consejos?region=CL-BI',
    );
    expect(list.body.councils).toEqual([expect.objectContaining({ id, regionName: 'Biobío' })]);
    expect(
      (await anon.get<{ councils: unknown[] }>('/api/public/consejos?region=CL-ML')).body.councils,
    ).toEqual([]);
    const page = await anon.get<PublicCouncil>(`/api/public/consejos/${id}`);
    expect(page.status).toBe(200);
    expect(page.body.estates).toEqual([
      {
        estate: 'trabajadores_ocupados',
        members: [expect.objectContaining({ name: 'Luis <script>Soto</script>' })],
      },
      { estate: 'empleadores', members: [expect.objectContaining({ name: 'Ana Pérez' })] },
    ]);
    expect(page.body.sessions).toEqual([
      expect.objectContaining({ minutes: 'Se acordó pedir cursos de técnicos eólicos.', quorumMet: true }),
    ]);
    expect(page.body.agreements[0]).toMatchObject({
      text: 'Pedir cursos eólicos',
      status: 'en_curso',
      followUps: [{ status: 'en_curso', note: 'Solicitud enviada a la Dirección Nacional' }],
    });
    // Nothing personal: no gender, no actor, no one who recorded a follow-up, no former member.
    const text = JSON.stringify(page.body);
    for (const absent of ['gender', '"f"', 'actorId', 'recorded', 'Marta'])
      expect(text).not.toContain(absent);

    await manager.put(`/api/councils/${id}/publication`, { published: false });
    expect((await anon.get(`/api/public/consejos/${id}`)).status).toBe(404);
    expect((await anon.get('/api/public/consejos/abc')).status).toBe(400);
    expect((await anon.get('/api/public/consejos?region=XX')).status).toBe(400);
  });
});
