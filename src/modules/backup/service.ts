import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Config } from '../../platform/config.js';
import type { Context } from '../../platform/context.js';
import { AppError } from '../../platform/errors/index.js';

const storeFile = (config: Pick<Config, 'dataDir'>) => path.join(config.dataDir, 'minga.sqlite');

/**
 * Online backup of the embedded store: SQLite's backup API copies a consistent snapshot page by
 * page while the server keeps writing. PostgreSQL is backed up with pg_dump (see the README).
 */
export async function backupStore(
  ctx: Context,
  target: string,
  onProgress?: (done: number, total: number) => void,
) {
  if (ctx.dialect !== 'sqlite' || !ctx.store.sqlite) {
    throw new AppError('rule_broken', {
      detail: 'Con PostgreSQL el respaldo se hace con pg_dump (ver README: Respaldo y restauración).',
    });
  }
  const destination = path.resolve(target);
  if (fs.existsSync(destination)) throw new AppError('already_exists', { what: destination });
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  await ctx.store.sqlite.backup(destination, {
    progress: ({ totalPages, remainingPages }) => {
      onProgress?.(totalPages - remainingPages, totalPages);
      return 200; // pages per step: small steps let the server's writes interleave
    },
  });
  return { file: destination, bytes: fs.statSync(destination).size };
}

/**
 * Replaces the embedded store with a backup. The server must be stopped: the file is checked to
 * be a Minga store, then swapped in atomically (the old one kept beside it as .before-restore).
 */
export function restoreStore(config: Pick<Config, 'dataDir' | 'DATABASE_URL'>, source: string) {
  if (config.DATABASE_URL) {
    throw new AppError('rule_broken', {
      detail: 'Con PostgreSQL la restauración se hace con pg_restore (ver README: Respaldo y restauración).',
    });
  }
  const origin = path.resolve(source);
  if (!fs.existsSync(origin)) throw new AppError('not_found', { what: origin });
  let check: SQLite.Database | null = null;
  try {
    check = new SQLite(origin, { readonly: true, fileMustExist: true });
    const integrity = check.pragma('quick_check', { simple: true });
    const migrated = check
      .prepare(
        "select count(*) as n from sqlite_master where type = 'table' and name in ('kysely_migration', 'dialogues')",
      )
      .get() as { n: number };
    if (integrity !== 'ok' || migrated.n !== 2) throw new Error('not a Minga store');
  } catch {
    throw new AppError('rule_broken', { detail: `${origin} no es un respaldo válido de Minga.` });
  } finally {
    check?.close();
  }
  const target = storeFile(config);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const staging = `${target}.restoring`;
  fs.copyFileSync(origin, staging);
  if (fs.existsSync(target)) fs.renameSync(target, `${target}.before-restore`);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  fs.renameSync(staging, target);
  return { file: target };
}
