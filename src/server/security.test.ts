import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/server.js';

type Failure = { error: { code: string; message: string; issues: unknown[] } };

describe('HTTP security basics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(async () => server?.close());

  it('sends security headers, including a CSP without inline scripts', async () => {
    const response = await server.client().get('/api/regions');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('throttles login guessing with 429 and a clear message', async () => {
    const client = server.client();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      statuses.push(
        (await client.post('/api/auth/login', { email: 'nadie@sence.cl', password: `intento-${attempt}` }))
          .status,
      );
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    const blocked = await client.post<{ error: { code: string; message: string } }>('/api/auth/login', {
      email: 'nadie@sence.cl',
      password: 'otro',
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('login_locked');
    expect(blocked.body.error.message).toContain('Demasiados intentos');
  });

  it('answers unknown API paths and malformed bodies with catalogue errors, never 500', async () => {
    const client = server.client();
    const missing = await client.get<{ error: { code: string } }>('/api/no-existe');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('route_not_found');
    const malformed = await client.request<{ error: { code: string } }>('POST', '/api/setup', '{"email":', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_body');
    const wrongType = await client.request<Failure>('POST', '/api/setup', 'email=a', {
      'content-type': 'text/plain',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.code).toBe('unsupported_media_type');
    const xml = await client.request<Failure>('POST', '/api/setup', '<a/>', {
      'content-type': 'application/xml',
    });
    expect(xml.status).toBe(415);
    expect(xml.body.error.message).toContain('Formato de envío no admitido');
  });

  it('answers a too long or undecodable address in the catalogue, in Spanish, without echoing it', async () => {
    const marker = '<script>zz</script>';
    const longParam = await server
      .client()
      .get<Failure>(`/api/join/${'A'.repeat(3000)}${encodeURIComponent(marker)}`);
    expect(longParam.status).toBe(414);
    expect(longParam.body.error).toMatchObject({
      code: 'url_too_long',
      message: 'La dirección pedida es demasiado larga.',
    });
    const huge = await fetch(
      `${server.url}/api/dialogues/${'9'.repeat(20_000)}?q=${encodeURIComponent(marker)}`,
    );
    const hugeText = await huge.text();
    expect(huge.status).toBe(431);
    expect(JSON.parse(hugeText).error.code).toBe('headers_too_large');
    const badUrl = await server.client().get<Failure>('/api/join/%E0%A4%A');
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.code).toBe('bad_url');
    for (const text of [JSON.stringify(longParam.body), hugeText, JSON.stringify(badUrl.body)]) {
      expect(text).not.toContain('AAAAAAAAAA');
      expect(text).not.toContain('999999999');
      expect(text).not.toContain('zz');
      expect(text).not.toContain('%E0');
    }
    expect((await server.client().get('/health')).status).toBe(200);
  });
});
