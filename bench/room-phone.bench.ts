// A phone's first and second visit to /d/CODE (issue 15, item 8), over real HTTP against the server
// as `npm start` runs it, in Chromium at 360×740. The bytes are counted on the wire by a TCP relay
// (headers, bodies, 304s, the service worker's own fetches); the JavaScript is what Chromium reports
// as received compressed. Chromium asks for brotli over https only: on the venue's plain http it
// gets gzip, so the brotli figure is the same scripts fetched asking for br.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { browserAvailable, launchBrowser } from '../src/test/browser.js';
import { ApiClient } from '../src/test/client.js';
import { phoneVisits, wireRelay } from '../src/test/phone-weight.js';
import { spawnServer } from '../src/test/process.js';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function bytesOf(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
        });
        response.on('end', () => resolve(size));
      })
      .on('error', reject);
  });
}

export async function run(log: (line: string) => void) {
  if (!browserAvailable()) return { phone_skipped: true };
  const root = path.resolve(import.meta.dirname, '..');
  spawnSync(process.execPath, [path.join(root, 'scripts/ensure-web-build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-phone-'));
  const server = await spawnServer({ MINGA_DATA_DIR: dataDir, NODE_ENV: 'production' }, undefined, {
    compiled: true,
  });
  const browser = await launchBrowser();
  const relay = await wireRelay(server.url);
  try {
    const staff = new ApiClient(server.url);
    await staff.post('/api/setup', { email: 'bench@sence.cl', name: 'Bench', password: 'una-clave-larga' });
    await staff.login('bench@sence.cl', 'una-clave-larga');
    const created = await staff.post<{ id: number; joinCode: string }>('/api/dialogues', {
      regionCode: 'CL-RM',
      title: 'Teléfono liviano',
      date: '2026-11-25',
      dotsPerParticipant: 5,
      maxDotsPerIdea: 3,
      questions: ['¿Cómo podríamos…?'],
      tables: ['Mesa 1', 'Mesa 2'],
    });
    await staff.post(`/api/dialogues/${created.body.id}/status`, { status: 'open' });
    const { first, second } = await phoneVisits(browser, relay, created.body.joinCode, async (page) => {
      await page.getByRole('button', { name: 'Unirme' }).first().waitFor();
    });
    const sizes = async (encoding: string) =>
      (await Promise.all(first.scripts.map((script) => bytesOf(server.url + script, encoding)))).reduce(
        (sum, n) => sum + n,
        0,
      );
    const [brotli, plain] = await Promise.all([sizes('br'), sizes('identity')]);
    log(
      `first visit: ${first.scripts.length} scripts, ${first.requests} requests; second: ${second.requests}`,
    );
    return {
      phone_first_js_kb: kb(first.jsBytes),
      phone_first_js_brotli_kb: kb(brotli),
      phone_first_js_uncompressed_kb: kb(plain),
      phone_first_total_kb: kb(first.totalBytes),
      phone_second_js_kb: kb(second.jsBytes),
      phone_second_total_kb: kb(second.totalBytes),
    };
  } finally {
    await relay.drop();
    await browser.close();
    await server.stop();
  }
}
