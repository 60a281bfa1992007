import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.js';

const password = 'contraseña-de-prueba';
type Failure = { error: { code: string; message: string } };

describe('login limits that a forged header cannot switch off', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Small limits so the test is quick; TRUST_PROXY unset, as by default.
    server = await startTestServer('sqlite', { LOGIN_RATE_LIMIT: '5', LOGIN_ADDRESS_LIMIT: '12' });
  });
  afterAll(async () => server?.close());

  const attempt = (email: string, secret: string, forwardedFor?: string) =>
    server
      .client()
      .request<Failure>(
        'POST',
        '/api/auth/login',
        { email, password: secret },
        forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      );

  it('locks an account after its failures even when every guess claims another address', async () => {
    const email = 'victima@sence.cl';
    await server.signIn('regional', ['CL-RM'], email);
    const statuses: number[] = [];
    for (let guess = 0; guess < 5; guess += 1)
      statuses.push((await attempt(email, `intento-${guess}`, `10.9.${guess}.1`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const locked = await attempt(email, 'intento-final', '203.0.113.99');
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('login_locked');
    expect(locked.body.error.message).toMatch(/Demasiados intentos fallidos.*min/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Locked means locked: even the right password waits for the window.
    expect((await attempt(email, password)).status).toBe(429);
  });

  it('never locks an office that only signs in successfully, many times from one address', async () => {
    const email = 'oficina@sence.cl';
    await server.signIn('regional', ['CL-VS'], email);
    for (let login = 0; login < 20; login += 1) expect((await attempt(email, password)).status).toBe(200);
    // A couple of typos in between are forgiven by the next success.
    for (let round = 0; round < 3; round += 1) {
      expect((await attempt(email, 'typo')).status).toBe(401);
      expect((await attempt(email, password)).status).toBe(200);
    }
  });

  it('limits failures per address across accounts, whatever X-Forwarded-For says', async () => {
    // A server of its own: spending this address's allowance (12) would lock the other tests out.
    const own = await startTestServer('sqlite', { LOGIN_RATE_LIMIT: '5', LOGIN_ADDRESS_LIMIT: '12' });
    try {
      const attemptOn = (email: string, forwardedFor: string) =>
        own
          .client()
          .request<Failure>(
            'POST',
            '/api/auth/login',
            { email, password: 'x-y-z-w' },
            { 'x-forwarded-for': forwardedFor },
          );
      const statuses: number[] = [];
      for (let account = 0; account < 14; account += 1)
        statuses.push((await attemptOn(`inventada${account}@sence.cl`, `192.0.2.${account}`)).status);
      expect(statuses).toContain(429);
      const last = await attemptOn('otra-mas@sence.cl', '192.0.2.200');
      expect(last.body.error.code).toBe('login_locked');
    } finally {
      await own.close();
    }
  });
});

describe('a failed login while signed in', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => server?.close());

  it('keeps the current session; a successful one replaces it with a fresh id', async () => {
    const email = 'sesion@sence.cl';
    const staff = await server.signIn('national', [], email);
    const before = staff.sessionCookie;
    const wrong = await staff.post('/api/auth/login', { email, password: 'no-es' });
    expect(wrong.status).toBe(401);
    expect(staff.sessionCookie).toBe(before);
    expect((await staff.get('/api/auth/me')).status).toBe(200);
    const right = await staff.post('/api/auth/login', { email, password });
    expect(right.status).toBe(200);
    expect(staff.sessionCookie).not.toBe(before);
    // The old id no longer signs anyone in.
    const old = server.client();
    old.sessionCookie = before;
    expect((await old.get('/api/auth/me')).status).toBe(401);
  });
});

describe('TRUST_PROXY', () => {
  it('takes the client address from X-Forwarded-For only when the peer is a configured proxy', async () => {
    const trusting = await startTestServer('sqlite', {
      TRUST_PROXY: '127.0.0.1/32',
      LOGIN_RATE_LIMIT: '1000',
      LOGIN_ADDRESS_LIMIT: '2',
    });
    try {
      const guess = (forwardedFor: string) =>
        trusting.client().request(
          'POST',
          '/api/auth/login',
          { email: 'a@b.cl', password: 'x-x-x-x' },
          {
            'x-forwarded-for': forwardedFor,
          },
        );
      // Behind the proxy each client has its own allowance; this one spends it.
      expect((await guess('198.51.100.1')).status).toBe(401);
      expect((await guess('198.51.100.1')).status).toBe(401);
      expect((await guess('198.51.100.1')).status).toBe(429);
      // Another client behind the same proxy is not locked out by the first.
      expect((await guess('198.51.100.2')).status).toBe(401);
    } finally {
      await trusting.close();
    }
  });
});
