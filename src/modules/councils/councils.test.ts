import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

type Error = { error: { code: string; message: string } };
interface Council {
  members: Array<{ id: number; name: string; inOffice: boolean }>;
  warnings: Array<{ kind: string; estate?: string; gender?: string }>;
  sessions: Array<{ quorum: number; present: number; quorumMet: boolean; attendees: number[] }>;
  agreements: Array<{
    id: number;
    status: string;
    overdue: boolean;
    followUps: Array<{ status: string; sessionId: number | null }>;
  }>;
  rules: { effectiveQuorum: number };
  deviceKey: string;
}

describe.each(storeKinds)('regional councils on %s', (kind) => {
  let server: TestServer;
  let staff: Record<'biobio' | 'maule' | 'national', ApiClient>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    // Sign-ins hash passwords (argon2): once per file, not per test.
    const [biobio, maule, national] = await Promise.all([
      server.signIn('regional', ['CL-BI']),
      server.signIn('regional', ['CL-ML']),
      server.signIn('national'),
    ]);
    staff = { biobio, maule, national };
  });
  afterAll(async () => server?.close());

  it('runs a council: members by estate, rules and warnings, sessions with quorum, agreements followed up', async () => {
    const biobio = staff.biobio;
    const created = await biobio.post<{ id: number; deviceKey: string }>('/api/councils', {
      regionCode: 'CL-BI',
      name: 'Consejo Regional de Capacitación del Biobío',
      establishedOn: '2025-03-01',
      minimums: { empleadores: 2, trabajadores_ocupados: 1 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    // The council is a participation device too.
    const devices = await biobio.get<{ devices: Array<{ key: string; type: string }> }>(
      '/api/devices?region=CL-BI',
    );
    expect(devices.body.devices.find((device) => device.key === created.body.deviceKey)?.type).toBe(
      'consejo_regional',
    );

    const badTerm = await biobio.post<Error>(`/api/councils/${id}/members`, {
      name: 'Ana',
      estate: 'empleadores',
      gender: 'f',
      termStart: '2026-01-01',
      termEnd: '2025-12-31',
    });
    expect(badTerm.status).toBe(422);
    expect(badTerm.body.error.code).toBe('term_ends_before_start');
    expect(badTerm.body.error.message).toContain('2025-12-31');

    const people = [
      { name: 'Ana Ríos', estate: 'empleadores', gender: 'f' },
      { name: 'Berta Soto', estate: 'trabajadores_ocupados', gender: 'f' },
      { name: 'Carla Díaz', estate: 'sociedad_civil', gender: 'f' },
      { name: 'Diego Lara', estate: 'sector_publico', gender: 'm' },
    ];
    const ids: number[] = [];
    for (const person of people) {
      const member = await biobio.post<{ id: number }>(`/api/councils/${id}/members`, {
        ...person,
        termStart: '2025-03-01',
        termEnd: '2027-02-28',
      });
      ids.push(member.body.id);
    }
    let council = (await biobio.get<Council>(`/api/councils/${id}`)).body;
    expect(council.members).toHaveLength(4);
    expect(council.warnings).toEqual(
      expect.arrayContaining([
        { kind: 'estate_below_minimum', estate: 'empleadores', seats: 1, minimum: 2 },
        { kind: 'gender_above_share', gender: 'f', share: 75, maximum: 60 },
      ]),
    );
    expect(council.rules.effectiveQuorum).toBe(3);

    const tooHigh = await biobio.put<Error>(`/api/councils/${id}/rules`, { quorum: 5 });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.error.code).toBe('quorum_exceeds_membership');
    const sessionsBefore = await server.ctx.db.selectFrom('council_sessions').select('id').execute();
    const sessionTooHigh = await biobio.post<Error>(`/api/councils/${id}/sessions`, {
      date: '2026-04-01',
      agenda: 'Plan anual',
      quorum: 9,
      present: ids,
      agreements: [{ text: 'No debe guardarse', responsible: 'X', dueDate: '2026-05-01' }],
    });
    expect(sessionTooHigh.body.error.code).toBe('quorum_exceeds_membership');
    const stranger = await biobio.post<Error>(`/api/councils/${id}/sessions`, {
      date: '2026-04-01',
      agenda: 'Plan',
      present: [...ids, 999999],
    });
    expect(stranger.body.error.code).toBe('member_not_in_council');
    expect(await server.ctx.db.selectFrom('council_sessions').select('id').execute()).toHaveLength(
      sessionsBefore.length,
    );
    expect(await server.ctx.db.selectFrom('council_agreements').select('id').execute()).toHaveLength(0);

    expect(
      (await biobio.put(`/api/councils/${id}/rules`, { quorum: 3, minimums: { empleadores: 1 } })).status,
    ).toBe(200);
    const first = await biobio.post<{ quorumMet: boolean; agreements: Array<{ id: number }> }>(
      `/api/councils/${id}/sessions`,
      {
        date: '2026-04-01',
        agenda: 'Plan anual de capacitación',
        minutes: 'Se revisó la cartera.',
        present: ids.slice(0, 3),
        agreements: [
          {
            text: 'Levantar demanda de cursos forestales',
            responsible: 'SENCE Biobío',
            dueDate: '2020-01-01',
          },
          { text: 'Invitar a la OMIL de Lota', responsible: 'Carla Díaz', dueDate: '2099-12-31' },
        ],
      },
    );
    expect(first.status).toBe(201);
    expect(first.body.quorumMet).toBe(true);
    const second = await biobio.post<{ quorumMet: boolean }>(`/api/councils/${id}/sessions`, {
      date: '2026-06-01',
      agenda: 'Seguimiento',
      present: ids.slice(0, 2),
      followUps: [
        { agreementId: first.body.agreements[1].id, status: 'cumplido', note: 'Asistió a la sesión' },
      ],
    });
    expect(second.body.quorumMet).toBe(false);

    council = (await biobio.get<Council>(`/api/councils/${id}`)).body;
    expect(council.sessions.map((session) => [session.quorum, session.present, session.quorumMet])).toEqual([
      [3, 2, false],
      [3, 3, true],
    ]);
    const [overdue, done] = council.agreements;
    expect(overdue).toMatchObject({ status: 'pendiente', overdue: true });
    expect(done).toMatchObject({ status: 'cumplido', overdue: false });
    expect(done.followUps[0].status).toBe('cumplido');
    expect(council.warnings.find((warning) => warning.kind === 'estate_below_minimum')).toBeUndefined();

    const list = await biobio.get<{ councils: Array<{ id: number; overdueAgreements: number }> }>(
      '/api/councils',
    );
    expect(list.body.councils.find((entry) => entry.id === id)?.overdueAgreements).toBe(1);
    const followed = await biobio.post(`/api/council-agreements/${overdue.id}/follow-ups`, {
      status: 'en_curso',
      note: 'Encuesta enviada',
    });
    expect(followed.status).toBe(200);

    const national = staff.national;
    const audit = await national.get<{ entries: Array<{ action: string }> }>(
      `/api/audit?entity=council&entityId=${id}`,
    );
    const actions = audit.body.entries.map((entry) => entry.action);
    expect(actions).toContain('council.create');
    expect(actions).toContain('council.session');
    expect(actions.filter((action) => action === 'council.member.add')).toHaveLength(4);
    expect(actions).toContain('council.agreement.follow_up');
  });

  it('keeps councils to their region', async () => {
    const biobio = staff.biobio;
    const maule = staff.maule;
    const refused = await maule.post<Error>('/api/councils', {
      regionCode: 'CL-BI',
      name: 'X',
      establishedOn: '2025-01-01',
    });
    expect(refused.body.error.code).toBe('region_not_managed');
    const own = await biobio.post<{ id: number }>('/api/councils', {
      regionCode: 'CL-BI',
      name: 'Otro',
      establishedOn: '2025-01-01',
    });
    expect((await maule.get(`/api/councils/${own.body.id}`)).status).toBe(404);
    expect(
      (
        await maule.post(`/api/councils/${own.body.id}/members`, {
          name: 'X',
          estate: 'empleadores',
          gender: 'm',
          termStart: '2025-01-01',
        })
      ).status,
    ).toBe(404);
    const list = await maule.get<{ councils: unknown[] }>('/api/councils');
    expect(list.body.councils).toEqual([]);
    // An agreement out of sight is unknown: the refusal does not name its council (nor its id).
    const member = await biobio.post<{ id: number }>(`/api/councils/${own.body.id}/members`, {
      name: 'Eva',
      estate: 'empleadores',
      gender: 'f',
      termStart: '2025-01-01',
    });
    const session = await biobio.post(`/api/councils/${own.body.id}/sessions`, {
      date: '2025-02-01',
      agenda: 'Constitución',
      quorum: 1,
      present: [member.body.id],
      agreements: [{ text: 'Plan anual', responsible: 'Secretaría', dueDate: '2025-03-01' }],
    });
    expect(session.status).toBe(201);
    const council = await biobio.get<Council>(`/api/councils/${own.body.id}`);
    const agreementId = council.body.agreements[0].id;
    const hidden = await maule.post<Error>(`/api/council-agreements/${agreementId}/follow-ups`, {
      status: 'cumplido',
    });
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.message).toBe(`No encontrado: acuerdo ${agreementId}.`);
  });
});
