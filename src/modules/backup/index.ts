/** The backup module's door: everything other modules, the registry, the CLI and the server use. */
export { backupStore, restoreStore } from './service.js';
