import pg from 'pg';

/**
 * Which stores the integration suite runs on. SQLite always; PostgreSQL when it answers at
 * MINGA_TEST_PG_URL (default: this machine's server). In CI (CI=true) a missing PostgreSQL fails
 * the run instead of skipping it.
 */
export type StoreKind = 'sqlite' | 'postgres';

export const adminPgUrl = process.env.MINGA_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/test';

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminPgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`PostgreSQL no responde en ${adminPgUrl} y CI=true: ${String(error)}`);
    }
    console.warn(`[minga] PostgreSQL no responde en ${adminPgUrl}; se omiten las pruebas sobre PostgreSQL.`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const storeKinds: StoreKind[] = (await postgresAnswers()) ? ['sqlite', 'postgres'] : ['sqlite'];

/** Creates a throw-away PostgreSQL database and returns its URL and a function that drops it. */
export async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `minga_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminPgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminPgUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminPgUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export const testRedisUrl = process.env.MINGA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers (for the many-instances tests); in CI its absence fails the run. */
export async function redisAvailable(): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const client = new Redis(testRedisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch (error) {
    if (process.env.CI === 'true')
      throw new Error(`Redis no responde en ${testRedisUrl} y CI=true: ${String(error)}`);
    console.warn(`[minga] Redis no responde en ${testRedisUrl}; se omiten las pruebas de varias instancias.`);
    return false;
  } finally {
    client.disconnect();
  }
}
