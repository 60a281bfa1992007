import type { Config } from './config.js';
import type { Context } from './context.js';
import { type Db, openStore } from './db/index.js';
import { migrateToLatest } from './db/migrate.js';
import { createHub } from './live/hub.js';
import { SocketRegistry } from './live/sockets.js';

/**
 * Opens the store, brings it to the latest schema, runs the features' start-up (`prepare`: the
 * composition root, src/modules/boot.ts, passes the regions' seeding), and connects the live hub.
 */
export async function openContext(config: Config, prepare: (db: Db) => Promise<void>): Promise<Context> {
  const store = openStore(config);
  try {
    await migrateToLatest(store.db);
    await prepare(store.db);
  } catch (error) {
    await store.close();
    throw error;
  }
  const hub = createHub(config.REDIS_URL);
  const sockets = new SocketRegistry(config, hub);
  return { config, db: store.db, dialect: store.dialect, store, hub, sockets };
}

export async function closeContext(ctx: Context): Promise<void> {
  ctx.sockets.close();
  await ctx.hub.close();
  await ctx.store.close();
}
