import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { closeContext, createContext } from '../modules/boot.js';
import { addStaff } from '../modules/staff/service.js';
import { loadConfig } from '../platform/config.js';
import type { Context } from '../platform/context.js';
import type { StaffRole } from '../platform/db/schema.js';
import { buildApp } from '../server/app.js';
import { ApiClient } from './client.js';
import { createPgDatabase, type StoreKind } from './stores.js';

export interface TestServer {
  kind: StoreKind;
  url: string;
  ctx: Context;
  app: FastifyInstance;
  /** A client with its own cookie jar. */
  client(): ApiClient;
  /** Creates a staff account and returns a client signed in as it. */
  signIn(role: StaffRole, regions?: string[], email?: string): Promise<ApiClient & { userId: number }>;
  close(): Promise<void>;
}

let counter = 0;

/** Starts the real server on a random port over a fresh store of the given kind. */
export async function startTestServer(
  kind: StoreKind,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-test-'));
  const pgDatabase = kind === 'postgres' ? await createPgDatabase() : null;
  const config = loadConfig({
    MINGA_DATA_DIR: dataDir,
    DATABASE_URL: pgDatabase?.url,
    // MINGA_TEST_LOG=error (or another level) shows the server's log while debugging a test.
    LOG_LEVEL: (process.env.MINGA_TEST_LOG as 'error' | undefined) ?? 'silent',
    NODE_ENV: 'test',
    LOGIN_RATE_LIMIT: '1000',
    JOIN_RATE_LIMIT: '1000',
    ...env,
  });
  const ctx = await createContext(config);
  const app = await buildApp(ctx, { logger: !!process.env.MINGA_TEST_LOG });
  await app.listen({ port: 0, host: env.HOST ?? '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    kind,
    url,
    ctx,
    app,
    client: () => new ApiClient(url),
    async signIn(role, regions = [], email) {
      counter += 1;
      const address = email ?? `${role}${counter}-${Date.now()}@minga.test`;
      const password = 'contraseña-de-prueba';
      const user = await addStaff(ctx, null, {
        email: address,
        name: `${role} ${counter}`,
        password,
        role,
        regions,
        locale: 'es',
      });
      const client = new ApiClient(url);
      await client.login(address, password);
      return Object.assign(client, { userId: user.id });
    },
    async close() {
      await app.close();
      await closeContext(ctx);
      await pgDatabase?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
