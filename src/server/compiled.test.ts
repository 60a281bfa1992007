import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../test/process.js';

// `npm start` runs the server compiled to JavaScript (dist/node), not the TypeScript sources: this
// checks that the compiled server starts, migrates a fresh store and answers, so that nothing in it
// depends on tsx (a JSON import, a path relative to src/…).
describe('the compiled server (npm start)', () => {
  let server: ServerProcess;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-compiled-'));
    server = await spawnServer({ MINGA_DATA_DIR: dataDir }, undefined, { compiled: true });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts from dist/node, migrates and serves the API with its security headers', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    // A public page read from the store: a dialogue that does not exist is a clean 404.
    const missing = await fetch(`${server.url}/api/public/devolucion/dialogues/999`);
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { paths: object };
    expect(Object.keys(openapi.paths).length).toBeGreaterThan(100);
    expect(missing.status).toBe(404);
    expect(fs.existsSync(path.join(dataDir, 'minga.sqlite'))).toBe(true);
  });
});
