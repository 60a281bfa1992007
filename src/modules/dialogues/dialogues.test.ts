import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, type DialogueBody, errorCode, goLive, joinPhone, setPhase } from './testing.js';

describe.each(storeKinds)('dialogue lifecycle and scoping on %s', (kind) => {
  let server: TestServer;
  let national: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind, { PUBLIC_URL: 'https://minga.example.cl' });
    national = await server.signIn('national');
  });
  afterAll(async () => server?.close());

  it('creates a draft with questions, tables, an unambiguous join code and a QR of the join URL', async () => {
    const dialogue = await createDialogue(national);
    expect(dialogue).toMatchObject({
      status: 'draft',
      phase: null,
      dotsPerParticipant: 5,
      maxDotsPerIdea: 3,
    });
    expect(dialogue.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{9}$/);
    expect((dialogue as unknown as { joinUrl: string }).joinUrl).toBe(
      `https://minga.example.cl/d/${dialogue.joinCode}`,
    );
    expect(dialogue.questions).toHaveLength(1);
    expect(dialogue.tables.map((table) => table.number)).toEqual([1, 2]);
    const qr = await national.get(`/api/dialogues/${dialogue.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    expect(String(qr.body)).toContain('<svg');
    const audit = await national.get<{ entries?: unknown[] }>(
      `/api/audit?entity=dialogue&entityId=${dialogue.id}`,
    );
    expect(JSON.stringify(audit.body)).toContain('dialogue.create');
  });

  it('moves draft → open → live → closed one step at a time and phases one step while live', async () => {
    const dialogue = await createDialogue(national);
    const skip = await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'live' });
    expect(skip.status).toBe(409);
    expect(errorCode(skip.body)).toBe('status_step');
    const phaseEarly = await national.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
    expect(phaseEarly.status).toBe(409);
    await goLive(national, dialogue.id);
    const live = await national.get<DialogueBody>(`/api/dialogues/${dialogue.id}`);
    expect(live.body).toMatchObject({ status: 'live', phase: 'ideation' });
    const jump = await national.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'evaluation' });
    expect(errorCode(jump.body)).toBe('phase_step');
    await setPhase(national, dialogue.id, 'voting');
    const lockedDots = await national.patch(`/api/dialogues/${dialogue.id}`, { dotsPerParticipant: 7 });
    expect(lockedDots.status).toBe(409);
    expect(errorCode(lockedDots.body)).toBe('dots_locked');
    const rename = await national.patch<DialogueBody>(`/api/dialogues/${dialogue.id}`, {
      title: 'Nuevo título',
    });
    expect(rename.status).toBe(200);
    await setPhase(national, dialogue.id, 'ideation');
    await setPhase(national, dialogue.id, 'voting');
    await setPhase(national, dialogue.id, 'evaluation');
    const closed = await national.post<DialogueBody>(`/api/dialogues/${dialogue.id}/status`, {
      status: 'closed',
    });
    expect(closed.body).toMatchObject({ status: 'closed', phase: 'evaluation' });
    const reopen = await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    expect(reopen.status).toBe(409);
  });

  it('keeps a CL-BI manager out of CL-ML dialogues and a facilitator in their own only', async () => {
    const maule = await createDialogue(national, { regionCode: 'CL-ML', title: 'Maule' });
    const biobio = await createDialogue(national, { regionCode: 'CL-BI', title: 'Biobío' });
    const manager = await server.signIn('regional', ['CL-BI']);
    expect((await manager.get(`/api/dialogues/${maule.id}`)).status).toBe(404);
    expect((await manager.patch(`/api/dialogues/${maule.id}`, { title: 'x' })).status).toBe(404);
    expect((await manager.post(`/api/dialogues/${maule.id}/status`, { status: 'open' })).status).toBe(404);
    expect((await manager.get(`/api/dialogues/${maule.id}/screen`)).status).toBe(404);
    expect((await manager.get(`/api/dialogues/${maule.id}/ideas`)).status).toBe(404);
    expect((await manager.post('/api/dialogues', { ...biobio, regionCode: 'CL-ML' })).status).toBe(400);
    const intoMaule = await manager.post('/api/dialogues', {
      regionCode: 'CL-ML',
      title: 'x',
      date: '2026-12-01',
      dotsPerParticipant: 3,
      questions: ['q'],
      tables: ['t'],
    });
    expect(intoMaule.status).toBe(404);
    const list = await manager.get<{ dialogues: Array<{ id: number }>; total: number }>('/api/dialogues');
    expect(list.body.dialogues.map((dialogue) => dialogue.id)).toContain(biobio.id);
    expect(list.body.dialogues.map((dialogue) => dialogue.id)).not.toContain(maule.id);
    expect((await manager.get(`/api/dialogues/${biobio.id}`)).status).toBe(200);

    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    expect((await facilitator.get(`/api/dialogues/${biobio.id}`)).status).toBe(404);
    const assigned = await manager.put(`/api/dialogues/${biobio.id}/facilitators`, {
      userIds: [facilitator.userId],
    });
    expect(assigned.status).toBe(200);
    expect((await facilitator.get(`/api/dialogues/${biobio.id}`)).status).toBe(200);
    expect((await facilitator.get(`/api/dialogues/${maule.id}`)).status).toBe(404);
    const theirs = await facilitator.get<{ dialogues: Array<{ id: number }> }>('/api/dialogues');
    expect(theirs.body.dialogues.map((dialogue) => dialogue.id)).toEqual([biobio.id]);
    // Runs it (status, phases) but neither creates dialogues nor changes settings.
    expect((await facilitator.post(`/api/dialogues/${biobio.id}/status`, { status: 'open' })).status).toBe(
      200,
    );
    expect((await facilitator.patch(`/api/dialogues/${biobio.id}`, { title: 'x' })).status).toBe(403);
    const create = await facilitator.post('/api/dialogues', {
      regionCode: 'CL-BI',
      title: 'x',
      date: '2026-12-01',
      dotsPerParticipant: 3,
      questions: ['q'],
      tables: ['t'],
    });
    expect(create.status).toBe(403);
    const unknownUser = await manager.put(`/api/dialogues/${biobio.id}/facilitators`, { userIds: [999999] });
    expect(errorCode(unknownUser.body)).toBe('unknown_staff');
  });

  it('lists with filters and paging', async () => {
    await createDialogue(national, { regionCode: 'CL-AR', title: 'Arica búsqueda única' });
    const found = await national.get<{ dialogues: Array<{ title: string }>; total: number }>(
      '/api/dialogues?region=CL-AR&q=BÚSQUEDA&page=1&pageSize=5',
    );
    expect(found.status).toBe(200);
    expect(found.body.total).toBe(1);
    const bad = await national.get('/api/dialogues?pageSize=1000');
    expect(bad.status).toBe(400);
  });

  it('lets a phone join by code with consent and keeps the same participant with its token', async () => {
    const dialogue = await createDialogue(national);
    const anonymous = server.client();
    const lower = await anonymous.get<{ dialogueId: number; regionName: string; tables: unknown[] }>(
      `/api/join/${dialogue.joinCode.toLowerCase()}`,
    );
    expect(lower.status).toBe(200);
    expect(lower.body).toMatchObject({ dialogueId: dialogue.id, regionName: expect.any(String) });
    // Typed as the projector shows it, in groups of three.
    const grouped = dialogue.joinCode.match(/.{1,3}/g)?.join(' ') ?? '';
    const spaced = await anonymous.get<{ dialogueId: number }>(`/api/join/${encodeURIComponent(grouped)}`);
    expect(spaced.body.dialogueId).toBe(dialogue.id);
    expect((await anonymous.get(`/api/join/${grouped.replaceAll(' ', '-')}`)).status).toBe(200);
    const unknown = await anonymous.get('/api/join/ZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown.body)).toBe('join_code_unknown');
    const body = { tableId: dialogue.tables[0].id, sector: 'empleador', consent: true };
    const draft = await anonymous.post(`/api/join/${dialogue.joinCode}/participants`, body);
    expect(draft.status).toBe(409);
    await national.post(`/api/dialogues/${dialogue.id}/status`, { status: 'open' });
    const noConsent = await anonymous.post(`/api/join/${dialogue.joinCode}/participants`, {
      ...body,
      consent: false,
    });
    expect(noConsent.status).toBe(422);
    expect(errorCode(noConsent.body)).toBe('consent_required');
    const badTable = await anonymous.post(`/api/join/${dialogue.joinCode}/participants`, {
      ...body,
      tableId: 999999,
    });
    expect(badTable.status).toBe(422);
    expect(errorCode(badTable.body)).toBe('unknown_table');
    const phone = await joinPhone(server, dialogue, {
      name: 'Rosa',
      organizationName: 'Sindicato Textil',
      organizationKind: 'sindicato',
      gender: 'f',
      ageBand: '35-44',
    });
    const me = await phone.get<{ participant: { id: number; name: string }; dotsLeft: number }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.participant).toMatchObject({ id: phone.participantId, name: 'Rosa' });
    expect(me.body.dotsLeft).toBe(5);
    const again = await phone.post<{ participantId: number }>(
      `/api/join/${dialogue.joinCode}/participants`,
      body,
    );
    expect(again.status).toBe(200);
    expect(again.body.participantId).toBe(phone.participantId);
    const orgs = await anonymous.get<{ organizations: Array<{ name: string }> }>(
      `/api/join/${dialogue.joinCode}/organizations?q=textil`,
    );
    expect(orgs.body.organizations.map((org) => org.name)).toEqual(['Sindicato Textil']);
    const stranger = server.client();
    stranger.deviceToken = 'x'.repeat(43);
    expect(errorCode((await stranger.get('/api/me')).body)).toBe('device_unknown');
    // The stored token is a hash, never the token itself.
    const row = await server.ctx.db
      .selectFrom('participants')
      .select('device_token_hash')
      .where('id', '=', phone.participantId)
      .executeTakeFirstOrThrow();
    expect(row.device_token_hash).not.toBe(phone.deviceToken);
    expect(row.device_token_hash).toHaveLength(64);
  });

  it('rate-limits join-code look-ups, also when each guess forges another X-Forwarded-For', async () => {
    const limited = await startTestServer(kind, { JOIN_RATE_LIMIT: '3' });
    try {
      const client = limited.client();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1)
        statuses.push(
          (
            await client.request('GET', '/api/join/ABCDEFGHJ', undefined, {
              'x-forwarded-for': `10.1.1.${i}`,
            })
          ).status,
        );
      expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('shows the screen snapshot without personal data', async () => {
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    await joinPhone(server, dialogue, { name: 'Nombre Privado', email: 'privado@correo.cl' });
    const screen = await national.get<{ participants: number; dotsTotal: number }>(
      `/api/dialogues/${dialogue.id}/screen`,
    );
    expect(screen.status).toBe(200);
    expect(screen.body).toMatchObject({ participants: 1, dotsTotal: 5 });
    expect(JSON.stringify(screen.body)).not.toContain('Privado');
  });
});
