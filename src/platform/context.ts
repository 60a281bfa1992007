import type { Config } from './config.js';
import type { Db, DialectName, Store } from './db/index.js';
import type { LiveHub } from './live/hub.js';
import type { SocketRegistry } from './live/sockets.js';

/**
 * What every service needs, built once by the server, the CLI or a test: one core, many doors.
 */
export interface Context {
  config: Config;
  db: Db;
  dialect: DialectName;
  store: Store;
  hub: LiveHub;
  /** This instance's live sockets: limits, and closing them at logout, disabling or erasure. */
  sockets: SocketRegistry;
}
