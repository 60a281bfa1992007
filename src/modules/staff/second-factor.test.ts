import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fromBase32, hotp, totpStep } from '../../platform/auth/totp.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

type Failure = { error: { code: string; message: string } };
const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../../..');
const password = 'contraseña-de-prueba';

describe.each(storeKinds)('a TOTP second factor for local accounts on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());
  afterEach(() => vi.restoreAllMocks());

  it('is enrolled with a QR code, then asked for at every password sign-in, each code once', async () => {
    const email = `nacional.totp.${kind}@sence.test`;
    const national = await server.signIn('national', [], email);
    const status = await national.get<{ enabled: boolean; recommended: boolean }>('/api/auth/totp');
    expect(status.body).toEqual({ enabled: false, recommended: true, required: false });
    const enrol = await national.post<{ secret: string; uri: string; qr: string }>('/api/auth/totp');
    expect(enrol.status).toBe(200);
    expect(enrol.body.uri).toMatch(/^otpauth:\/\/totp\/Minga:.*secret=[A-Z2-7]{32}/);
    expect(enrol.body.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    // The clock stands still, then moves a step at a time, so that each code is the one we mean.
    let at = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => at);
    const code = () => hotp(fromBase32(enrol.body.secret), totpStep(at));
    // Not in force until a first code was right.
    expect((await server.client().post('/api/auth/login', { email, password })).status).toBe(200);
    const wrong = await national.post<Failure>('/api/auth/totp/confirm', { code: '12345' });
    expect(wrong.body.error.code).toBe('totp_invalid');
    expect((await national.post('/api/auth/totp/confirm', { code: code() })).status).toBe(200);
    at += 30_000;

    const login = (body: Record<string, string>) =>
      server.client().request<Failure>('POST', '/api/auth/login', { email, password, ...body });
    const missing = await login({});
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('totp_required');
    expect(missing.body.error.message).toContain('6 dígitos');
    expect((await login({ code: '000000' })).body.error.code).toBe('totp_invalid');
    const current = code();
    expect((await login({ code: current })).status).toBe(200);
    // The same code again (a replay) is refused, even within its 30 seconds.
    expect((await login({ code: current })).body.error.code).toBe('totp_invalid');
    // A wrong password with a right code is still a wrong password.
    at += 30_000;
    const badPassword = await server
      .client()
      .request<Failure>('POST', '/api/auth/login', { email, password: 'otra-cosa', code: code() });
    expect(badPassword.body.error.code).toBe('bad_credentials');
    // Turning it off takes a current code.
    expect((await national.post('/api/auth/totp/disable', { code: '000000' })).status).toBe(401);
    expect((await national.post('/api/auth/totp/disable', { code: code() })).status).toBe(200);
    expect((await login({})).status).toBe(200);
  });

  it('is optional for other roles, and not required until enrolled', async () => {
    const facilitator = await server.signIn('facilitator', ['CL-BI']);
    const status = await facilitator.get<{ enabled: boolean; recommended: boolean }>('/api/auth/totp');
    expect(status.body).toEqual({ enabled: false, recommended: false, required: false });
  });
});

describe.each(storeKinds)('a required second factor for national accounts on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { NATIONAL_SECOND_FACTOR: 'required' });
  });
  afterAll(async () => server?.close());
  afterEach(() => vi.restoreAllMocks());

  type Login = { ok: boolean; enrolment?: { secret: string; uri: string; qr: string } };

  it('asks a national account to enrol at its password sign-in, then signs it in with its first code', async () => {
    const email = `nacional.obligado.${kind}@sence.test`;
    // The helper signs in as the test user would; the first sign-in must stop at the enrolment.
    const national = await server.signIn('national', [], email).catch((error: Error) => error);
    expect(national).toBeInstanceOf(Error);
    const browser = server.client();
    const first = await browser.post<Login>('/api/auth/login', { email, password });
    expect(first.status).toBe(200);
    expect(first.body.ok).toBe(false);
    expect(first.body.enrolment?.uri).toMatch(/^otpauth:\/\/totp\/Minga:.*secret=[A-Z2-7]{32}/);
    // No session yet: the staff API is closed.
    expect((await browser.get('/api/auth/me')).status).toBe(401);
    // A second try shows the same QR (the one already scanned stays good).
    const again = await browser.post<Login>('/api/auth/login', { email, password });
    expect(again.body.enrolment?.secret).toBe(first.body.enrolment?.secret);
    const secret = first.body.enrolment?.secret ?? '';
    let at = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => at);
    const code = () => hotp(fromBase32(secret), totpStep(at));
    const wrong = await browser.post<Failure>('/api/auth/login', { email, password, code: '000000' });
    expect(wrong.body.error.code).toBe('totp_invalid');
    const signed = await browser.post<Login>('/api/auth/login', { email, password, code: code() });
    expect(signed.body).toEqual({ ok: true });
    const me = await browser.get<{ csrfToken: string }>('/api/auth/me');
    expect(me.status).toBe(200);
    browser.csrfToken = me.body.csrfToken;
    const status = await browser.get<{ enabled: boolean; required: boolean }>('/api/auth/totp');
    expect(status.body).toMatchObject({ enabled: true, required: true });
    // In force from now on, and it cannot be turned off.
    at += 30_000;
    const off = await browser.post<Failure>('/api/auth/totp/disable', { code: code() });
    expect(off.status).toBe(409);
    expect(off.body.error.code).toBe('totp_mandatory');
    at += 30_000;
    const missing = await server.client().post<Failure>('/api/auth/login', { email, password });
    expect(missing.body.error.code).toBe('totp_required');
    // The enrolment is in the audit log.
    const audit = await server.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'staff.totp_on')
      .execute();
    expect(audit.length).toBeGreaterThan(0);

    // The phone is lost: the server's console removes the factor, and the next sign-in enrols again.
    const cli = (email: string) =>
      run(
        process.execPath,
        [path.join(repoRoot, 'bin/minga.js'), 'user', 'reset-second-factor', '--email', email],
        {
          env: {
            ...process.env,
            MINGA_DATA_DIR: server.ctx.config.MINGA_DATA_DIR,
            DATABASE_URL: server.ctx.config.DATABASE_URL ?? '',
          },
        },
      );
    expect((await cli(email)).stdout).toContain('Segundo factor quitado');
    expect((await cli(email)).stdout).toContain('no tenía segundo factor');
    const fresh = await server.client().post<Login>('/api/auth/login', { email, password });
    expect(fresh.body.ok).toBe(false);
    expect(fresh.body.enrolment?.secret).not.toBe(secret);
    const unknown = await cli('nadie@sence.test').catch((error: { code: number; stderr: string }) => error);
    expect(unknown).toMatchObject({ code: 2 });
  });

  it('leaves other roles free to sign in without one', async () => {
    const manager = await server.signIn('regional', ['CL-BI']);
    expect((await manager.get('/api/auth/me')).status).toBe(200);
    const status = await manager.get<{ required: boolean }>('/api/auth/totp');
    expect(status.body.required).toBe(false);
  });
});
