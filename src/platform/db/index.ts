import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type SelectQueryBuilder,
  type SqliteDatabase,
  SqliteDialect,
  sql,
} from 'kysely';
import type PgTypes from 'pg';
import type { Config } from '../config.js';
import { lazy } from '../lazy.js';
import type { Database } from './schema.js';

export type { Database } from './schema.js';
export type Db = Kysely<Database>;
export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  db: Db;
  dialect: DialectName;
  /** For SQLite only: the raw handle, for online backup and pragmas. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

const postgres = lazy<typeof PgTypes>('pg');
let typesSet = false;

/** The pg driver, loaded only when PostgreSQL is used. */
function pgDriver() {
  const pg = postgres();
  if (!typesSet) {
    // pg returns int8 (count, sum) as strings; our counts fit in a JS number.
    pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
    pg.types.setTypeParser(1700, (value) => Number.parseFloat(value));
    typesSet = true;
  }
  return pg;
}

const dialectOf = new WeakMap<object, DialectName>();

/** Opens the store the config names: PostgreSQL when DATABASE_URL is set, else SQLite in the data dir. */
export function openStore(config: Pick<Config, 'DATABASE_URL' | 'dataDir'>): Store {
  if (config.DATABASE_URL) {
    const pool = new (pgDriver().Pool)({ connectionString: config.DATABASE_URL, max: 20 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    dialectOf.set(db, 'postgres');
    let closing = false;
    // An idle connection closed by the server (a restart, an administrator, a dropped database) is
    // reported on the pool; without a listener Node would end the process. The pool discards that
    // connection and opens another for the next query; no query in flight is affected.
    pool.on('error', (error) => {
      if (!closing) console.warn(`PostgreSQL cerró una conexión inactiva: ${error.message}`);
    });
    return {
      db,
      dialect: 'postgres',
      close: () => {
        closing = true;
        return db.destroy();
      },
    };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'minga.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit is fsynced before it is acknowledged, so an acknowledged write survives power loss too.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  dialectOf.set(db, 'sqlite');
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Kysely prepares every statement anew; preparing costs more than running most of ours. Statements
 * are kept by their SQL (a bounded, least-recently-used set: multi-row inserts vary in length).
 * Nothing here streams (`.stream()` would keep a statement busy), so one statement per SQL is enough.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else {
        statement = sqlite.prepare(text);
        if (statements.size >= 500) statements.delete(statements.keys().next().value!);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

/** Which dialect a Kysely instance (or a transaction of it) speaks. */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema
export function dialectName(db: Kysely<any>): DialectName {
  return dialectOf.get(db) ?? (db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite');
}

/** Adds an auto-increment integer primary key `id`, in each dialect's own way. */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  return dialectName(db) === 'postgres'
    ? table.addColumn('id', 'serial', (column) => column.primaryKey())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

/** Row lock for read-modify-write inside a transaction (SQLite serialises writers already). */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema
export function forUpdate<DB, TB extends keyof DB, O>(db: Kysely<any>, query: SelectQueryBuilder<DB, TB, O>) {
  return dialectName(db) === 'postgres' ? query.forUpdate() : query;
}

/** count(*) as a plain integer on both dialects. */
export const countAll = () => sql<number>`cast(count(*) as integer)`;

/** A JSON/text column type (text on both dialects, so the same code reads both). */
export const text = 'text' as const;

export const now = () => new Date().toISOString();

export type ColumnBuilder = (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

// PostgreSQL aborts one of two transactions that deadlock (40P01) or cannot be serialised
// (40001); both are safe to run again from the start, since nothing of them was committed.
const transientCodes = new Set(['40P01', '40001']);

/**
 * Runs `work` in a transaction, retrying it (from the start, up to `attempts` times, with a short
 * random pause) when the database aborted it for a deadlock or a serialisation failure.
 */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !transientCodes.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
