// Foundation figures: boot time of a fresh store (migrations + region seed) and idle memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext, createContext } from '../src/modules/boot.js';
import { loadConfig } from '../src/platform/config.js';

export async function run() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-'));
  const started = performance.now();
  const ctx = await createContext(loadConfig({ MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  const bootMs = performance.now() - started;
  await closeContext(ctx);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { boot_fresh_store_ms: Math.round(bootMs) };
}
