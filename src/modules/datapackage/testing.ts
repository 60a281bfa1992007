import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../platform/config.js';
import type { Context } from '../../platform/context.js';
import { createPgDatabase, type StoreKind } from '../../test/stores.js';
import { closeContext, createContext } from '../boot.js';

/** Writes a package folder from CSV texts (test helper). */
export function writePackage(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-package-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

/** A fresh, migrated store of the given kind, and a function that throws it away (test helper). */
export async function openTestContext(
  kind: StoreKind,
): Promise<{ ctx: Context; close: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-results-'));
  const pg = kind === 'postgres' ? await createPgDatabase() : null;
  const ctx = await createContext(
    loadConfig({ MINGA_DATA_DIR: dataDir, DATABASE_URL: pg?.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' }),
  );
  return {
    ctx,
    close: async () => {
      await closeContext(ctx);
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function countRows(ctx: Context) {
  const tables = [
    'dialogues',
    'organizations',
    'participants',
    'ideas',
    'votes',
    'evaluations',
    'dialogue_tables',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}
