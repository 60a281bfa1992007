import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestProvider, type TestProvider } from '../../test/oidc.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { createDialogue, goLive } from '../dialogues/testing.js';
import { signInThroughProvider } from './testing.js';
import { runOf } from './verified.js';

type Failure = { error: { code: string; message: string } };

describe.each(storeKinds)('verified participants on %s', (kind) => {
  let provider: TestProvider;
  let server: TestServer;
  beforeAll(async () => {
    provider = await startTestProvider();
    server = await startTestServer(kind, {
      PARTICIPANT_OIDC_ISSUER: provider.issuer,
      PARTICIPANT_OIDC_CLIENT_ID: provider.clientId,
      PARTICIPANT_OIDC_CLIENT_SECRET: provider.clientSecret,
    });
    provider.register(`${server.url}/api/join/verification/callback`);
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  it('asks for ClaveÚnica where the dialogue says so: one RUN, one voice, only a salted hash kept', async () => {
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    const info = () =>
      server
        .client()
        .get<{ required: boolean; provider: string }>(`/api/join/${dialogue.joinCode}/verification`);
    expect((await info()).body).toMatchObject({ required: false, provider: 'ClaveÚnica' });
    expect(
      (await national.put(`/api/dialogues/${dialogue.id}/verification`, { required: true })).status,
    ).toBe(200);
    expect((await info()).body.required).toBe(true);

    const join = (extra: Record<string, unknown>) =>
      server
        .client()
        .request<Failure & { participantId: number }>('POST', `/api/join/${dialogue.joinCode}/participants`, {
          tableId: dialogue.tables[0].id,
          sector: 'trabajador_ocupado',
          consent: true,
          ...extra,
        });
    // Unverified: refused, saying why.
    const unverified = await join({});
    expect(unverified.status).toBe(403);
    expect(unverified.body.error.code).toBe('verification_required');

    const run = '12.345.678-5';
    provider.accounts.set('carmen', { run, name: 'Carmen Soto' });
    const verify = (login: string) =>
      signInThroughProvider(server.url, provider, login, `/api/join/${dialogue.joinCode}/verification/start`);
    const first = await verify('carmen');
    expect(first.landed.pathname).toBe(`/d/${dialogue.joinCode}`);
    const ticket = first.landed.searchParams.get('verified');
    expect(ticket).toBeTruthy();
    const joined = await join({ verificationTicket: ticket });
    expect(joined.status).toBe(201);
    // The ticket is spent.
    expect((await join({ verificationTicket: ticket })).body.error.code).toBe('verification_required');

    // The same person again (another phone, another account at the provider with the same RUN).
    provider.accounts.set('carmen-otra-vez', { run: '12345678-5' });
    const again = await verify('carmen-otra-vez');
    const second = await join({ verificationTicket: again.landed.searchParams.get('verified') });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('already_verified');

    // Only a salted hash: not the RUN, not a plain hash of it, not the name.
    const voices = await server.ctx.db.selectFrom('verified_voices').selectAll().execute();
    expect(voices).toHaveLength(1);
    expect(voices[0].participant_id).toBe(joined.body.participantId);
    expect(voices[0].run_hash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify([
      voices,
      await server.ctx.db.selectFrom('participants').selectAll().execute(),
      await server.ctx.db.selectFrom('audit_log').selectAll().execute(),
    ]);
    expect(everything).not.toContain('12345678');
    expect(everything).not.toContain('12.345.678');
    expect(everything).not.toContain('Carmen');

    // Once people are in, the rule stays as it was (both ways).
    const late = await national.put<{ error: { code: string } }>(
      `/api/dialogues/${dialogue.id}/verification`,
      {
        required: false,
      },
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('verification_locked');
  });

  it('refuses a provider answer without a valid RUN', async () => {
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national);
    await goLive(national, dialogue.id);
    await national.put(`/api/dialogues/${dialogue.id}/verification`, { required: true });
    provider.accounts.set('sin-run', { run: '12.345.678-9' }); // wrong check digit
    const result = await signInThroughProvider(
      server.url,
      provider,
      'sin-run',
      `/api/join/${dialogue.joinCode}/verification/start`,
    );
    expect(result.landed.pathname).toBe(`/d/${dialogue.joinCode}`);
    expect(result.landed.searchParams.get('verification')).toBe('run_missing');
  });

  it('leaves dialogues unverified by default, and lets only region managers change it', async () => {
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    const national = await server.signIn('national');
    const dialogue = await createDialogue(national);
    expect(
      (await facilitator.put(`/api/dialogues/${dialogue.id}/verification`, { required: true })).status,
    ).toBe(403);
  });
});

describe('the RUN', () => {
  it.each([
    [{ run: '12.345.678-5' }, '12345678-5'],
    [{ run: '12345678-5' }, '12345678-5'],
    [{ run: '7.654.321-6' }, '7654321-6'],
    [{ RolUnico: { numero: 12345678, DV: '5' } }, '12345678-5'],
    [{ run: '12.345.678-9' }, null],
    [{ run: 'no-es-un-run' }, null],
    [{}, null],
  ])('reads %j as %s', (claims, expected) => {
    expect(runOf(claims)).toBe(expected);
  });
});
