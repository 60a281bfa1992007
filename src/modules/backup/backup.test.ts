import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.js';
import { now } from '../../platform/db/index.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { closeContext, createContext } from '../boot.js';
import { backupStore } from './service.js';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../../..');

describe('online backup and restore of the SQLite store', () => {
  let server: TestServer;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-backup-'));
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('takes a consistent backup while writes go on, and restores it with the CLI', async () => {
    const db = server.ctx.db;
    const write = (n: number) =>
      db
        .insertInto('organizations')
        .values({ name: `Org ${n}`, kind: 'ong', region_code: 'CL-BI', external_id: null, created_at: now() })
        .execute();
    for (let n = 0; n < 2000; n += 1) await write(n);
    let writing = true;
    let written = 2000;
    const load = (async () => {
      while (writing) {
        // Like an HTTP server's writes, each one waits for the event loop (SQLite's driver is synchronous).
        await new Promise((resolve) => setImmediate(resolve));
        await write(written);
        written += 1;
      }
    })();
    const file = path.join(work, 'respaldo.sqlite');
    const result = await backupStore(server.ctx, file);
    writing = false;
    await load;
    expect(result.bytes).toBeGreaterThan(0);

    const restoredDir = path.join(work, 'restored');
    const { stdout } = await run(process.execPath, [path.join(repoRoot, 'bin/minga.js'), 'restore', file], {
      env: { ...process.env, MINGA_DATA_DIR: restoredDir, DATABASE_URL: '' },
    });
    expect(stdout).toContain('restaurado');
    const restored = await createContext(loadConfig({ MINGA_DATA_DIR: restoredDir }));
    try {
      const rows = await restored.db.selectFrom('organizations').select(['name']).orderBy('id').execute();
      // A snapshot: at least everything written before the backup started, no torn rows, a prefix of the sequence.
      expect(rows.length).toBeGreaterThanOrEqual(2000);
      expect(rows.length).toBeLessThanOrEqual(written);
      expect(rows.every((row, index) => row.name === `Org ${index}`)).toBe(true);
      expect((await restored.db.selectFrom('regions').select('code').execute()).length).toBe(16);
    } finally {
      await closeContext(restored);
    }
  });

  it('refuses to restore a file that is not a Minga store, with a message and a non-zero exit', async () => {
    const bogus = path.join(work, 'no-es-respaldo.sqlite');
    fs.writeFileSync(bogus, 'hola');
    const failure = await run(process.execPath, [path.join(repoRoot, 'bin/minga.js'), 'restore', bogus], {
      env: { ...process.env, MINGA_DATA_DIR: path.join(work, 'other'), DATABASE_URL: '' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('no es un respaldo válido');
  });
});
