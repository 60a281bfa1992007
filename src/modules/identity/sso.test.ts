import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config.js';
import { startTestProvider, type TestProvider } from '../../test/oidc.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { signInThroughProvider } from './testing.js';

type Me = { email: string; name: string; role: string; regions: string[] };

describe.each(storeKinds)('staff single sign-on against a real OpenID Connect provider on %s', (kind) => {
  let provider: TestProvider;
  let server: TestServer;
  let counter = 0;
  beforeAll(async () => {
    provider = await startTestProvider();
    server = await startTestServer(kind, {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: 'SENCE',
    });
    provider.register(`${server.url}/api/auth/oidc/callback`);
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
  });

  /** A staff account in Minga and a person at the provider with the same verified address. */
  async function person(role: 'national' | 'regional' = 'regional', claims: Record<string, unknown> = {}) {
    counter += 1;
    const email = `persona${counter}@sence.test`;
    const staff = await server.signIn(role, role === 'national' ? [] : ['CL-BI'], email);
    const login = `sub-${counter}`;
    provider.accounts.set(login, { email, email_verified: true, name: 'Nombre del proveedor', ...claims });
    return { email, login, staff };
  }

  it('says whether SSO is on and under which name', async () => {
    const info = await server.client().get<{ enabled: boolean; name: string }>('/api/auth/oidc');
    expect(info.body).toEqual({ enabled: true, name: 'SENCE' });
  });

  it('signs a staff member in by verified e-mail; role, regions and name stay Minga’s', async () => {
    const { email, login } = await person('regional', { role: 'national', regions: ['CL-RM'] });
    const { landed, client } = await signInThroughProvider(server.url, provider, login);
    expect(landed.pathname).toBe('/staff');
    const me = await client.get<Me>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, role: 'regional', regions: ['CL-BI'] });
    expect(me.body.name).not.toBe('Nombre del proveedor');
    // The second time the identity is known by its subject, whatever the address says now.
    provider.accounts.set(login, { email: 'otra@ejemplo.cl', email_verified: true });
    const again = await signInThroughProvider(server.url, provider, login);
    expect((await again.client.get<Me>('/api/auth/me')).body.email).toBe(email);
  });

  it('ends the Minga session at logout', async () => {
    const { login } = await person();
    const { client } = await signInThroughProvider(server.url, provider, login);
    const me = await client.get<{ csrfToken: string }>('/api/auth/me');
    client.csrfToken = me.body.csrfToken;
    const cookie = client.sessionCookie;
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const stale = server.client();
    stale.sessionCookie = cookie;
    expect((await stale.get('/api/auth/me')).status).toBe(401);
  });

  it('keeps local passwords working beside SSO', async () => {
    const { staff } = await person();
    expect((await staff.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses an address the provider does not vouch for, and an identity with no account', async () => {
    const { login } = await person('regional', { email_verified: false });
    const unverified = await signInThroughProvider(server.url, provider, login);
    expect(unverified.landed.pathname).toBe('/login');
    expect(unverified.landed.searchParams.get('sso')).toBe('oidc_no_account');
    expect(unverified.jar.has('minga_session')).toBe(false);
    provider.accounts.set('desconocida', { email: 'nadie@ejemplo.cl', email_verified: true });
    const stranger = await signInThroughProvider(server.url, provider, 'desconocida');
    expect(stranger.landed.searchParams.get('sso')).toBe('oidc_no_account');
  });

  it.each([
    ['a bad signature', { kind: 'signature' } as const, 'signature'],
    ['a wrong audience', { kind: 'claims', claims: { aud: 'otra-aplicacion' } } as const, 'audience'],
    [
      'an expired token',
      {
        kind: 'claims',
        claims: { exp: Math.floor(Date.now() / 1000) - 120, iat: Math.floor(Date.now() / 1000) - 900 },
      } as const,
      'expired',
    ],
    ['another issuer', { kind: 'claims', claims: { iss: 'https://impostor.example' } } as const, 'issuer'],
  ])('refuses %s and opens no session', async (_label, tamper, reason) => {
    const { login } = await person();
    provider.tamper(tamper);
    const result = await signInThroughProvider(server.url, provider, login);
    expect(result.landed.pathname).toBe('/login');
    expect(result.landed.searchParams.get('sso')).toBe('oidc_token_invalid');
    expect(result.landed.searchParams.get('reason')).toBe(reason);
    expect(result.jar.has('minga_session')).toBe(false);
  });

  it('refuses a replayed nonce: an earlier valid ID token, and the same callback twice', async () => {
    const { login } = await person();
    const first = await signInThroughProvider(server.url, provider, login);
    expect(first.landed.pathname).toBe('/staff');
    const earlier = provider.lastIdToken();
    if (!earlier || !first.callback) throw new Error('no token or callback seen');
    provider.tamper({ kind: 'replace', idToken: earlier });
    const replayed = await signInThroughProvider(server.url, provider, login);
    expect(replayed.landed.searchParams.get('sso')).toBe('oidc_token_invalid');
    expect(replayed.landed.searchParams.get('reason')).toBe('nonce');
    // The first sign-in's callback (state, code) again: its state was spent.
    const again = await signInThroughProvider(
      server.url,
      provider,
      login,
      first.callback,
      new Map(first.jar),
    );
    expect(again.landed.searchParams.get('sso')).toBe('oidc_login_expired');
  });

  it('refuses a callback that comes to another browser than the one that started it', async () => {
    const { login } = await person();
    const started = await fetch(`${server.url}/api/auth/oidc/start`, { redirect: 'manual' });
    const providerUrl = started.headers.get('location');
    expect(providerUrl).toContain(provider.issuer);
    const url = new URL(providerUrl ?? '');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('nonce')?.length).toBeGreaterThan(20);
    // Another browser (no minga_oidc cookie) finishes it.
    const result = await signInThroughProvider(server.url, provider, login, providerUrl ?? '');
    expect(result.landed.searchParams.get('sso')).toBe('oidc_login_expired');
  });

  it('links by a national-team invitation, once, whatever address the provider gives', async () => {
    const national = (await person('national')).staff;
    const { staff } = await person();
    const invited = await national.post<{ url: string }>(`/api/staff/${staff.userId}/sso-invitation`);
    expect(invited.status).toBe(201);
    provider.accounts.set('sin-correo', { name: 'Sin correo' });
    const link = new URL(invited.body.url);
    const result = await signInThroughProvider(
      server.url,
      provider,
      'sin-correo',
      link.pathname + link.search,
    );
    expect(result.landed.pathname).toBe('/staff');
    expect((await result.client.get<{ email: string }>('/api/auth/me')).body.email).toBe(
      (await staff.get<{ email: string }>('/api/auth/me')).body.email,
    );
    provider.accounts.set('otra-sin-correo', {});
    const spent = await signInThroughProvider(
      server.url,
      provider,
      'otra-sin-correo',
      link.pathname + link.search,
    );
    expect(spent.landed.searchParams.get('sso')).toBe('invitation_invalid');
    // Only the national team invites.
    expect((await staff.post(`/api/staff/${staff.userId}/sso-invitation`)).status).toBe(403);
  });
});

describe('the OIDC configuration', () => {
  it('needs the issuer, the client id and the secret together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://accounts.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://accounts.example' })).toThrow(
      /OIDC_CLIENT_ID.*\n.*OIDC_CLIENT_SECRET/,
    );
    expect(() => loadConfig({ OIDC_CLIENT_SECRET: 'x' })).toThrow(/OIDC_ISSUER/);
    const config = loadConfig({
      OIDC_ISSUER: 'https://accounts.example',
      OIDC_CLIENT_ID: 'a',
      OIDC_CLIENT_SECRET: 'b',
    });
    expect(config.OIDC_ISSUER).toBe('https://accounts.example');
  });

  it('wants https unless the provider is on loopback', () => {
    const trio = { OIDC_CLIENT_ID: 'a', OIDC_CLIENT_SECRET: 'b' };
    expect(() => loadConfig({ ...trio, OIDC_ISSUER: 'http://accounts.example' })).toThrow(
      /OIDC_ISSUER.*https/,
    );
    expect(loadConfig({ ...trio, OIDC_ISSUER: 'http://127.0.0.1:4000' }).OIDC_ISSUER).toBe(
      'http://127.0.0.1:4000',
    );
  });

  it('says SSO is off when it is not configured', async () => {
    const server = await startTestServer('sqlite');
    try {
      const info = await server.client().get<{ enabled: boolean }>('/api/auth/oidc');
      expect(info.body.enabled).toBe(false);
      const start = await fetch(`${server.url}/api/auth/oidc/start`, { redirect: 'manual' });
      expect(start.headers.get('location')).toBe('/login?sso=oidc_disabled');
    } finally {
      await server.close();
    }
  });
});
