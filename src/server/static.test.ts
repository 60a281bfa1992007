import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/server.js';

const dist = path.resolve(import.meta.dirname, '../../web/dist');
const built = (() => {
  if (fs.existsSync(path.join(dist, 'index.html'))) return true;
  // CI builds the web before `npm test` (.ci/run); on a user's machine it may not be built yet.
  if (process.env.CI === 'true')
    throw new Error('web/dist no está construido y CI=true: corre `npm run build` antes.');
  console.warn('[minga] web/dist no está construido (npm run build); se omiten las pruebas de sus archivos.');
  return false;
})();

/** One GET as a browser sends it, with the raw (still compressed) body. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

/**
 * Issue 15, item 8: the web app's files go out compressed at build time, by Accept-Encoding,
 * hashed assets cached for a year and index.html revalidated (ETag, 304).
 */
describe.runIf(built)('the web app’s files', () => {
  let server: TestServer;
  let script: string;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  });
  afterAll(async () => server?.close());

  it('sends a hashed script as brotli, gzip or plain as asked, cached for a year', async () => {
    expect(script).toMatch(/^\/assets\/index-.+\.js$/);
    const plain = fs.readFileSync(path.join(dist, script));
    const brotli = await get(server.url + script, { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.body.length).toBeLessThan(plain.length / 2);
    expect(zlib.brotliDecompressSync(brotli.body).equals(plain)).toBe(true);

    const gzip = await get(server.url + script, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).equals(plain)).toBe(true);

    const identity = await get(server.url + script);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/accept-encoding/i);
    expect(identity.body.equals(plain)).toBe(true);
  });

  it('answers /d/CODE with index.html, revalidated each time: a second visit gets a 304', async () => {
    const first = await get(`${server.url}/d/ABC123`, { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/html/);
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get(`${server.url}/d/ABC123`, {
      'accept-encoding': 'br',
      'if-none-match': String(etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The API is never answered by the static files.
    const api = await get(`${server.url}/api/nothing-here`);
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });
});
