import { closeContext, createContext } from '../modules/boot.js';
import { loadConfig } from '../platform/config.js';
import type { Context } from '../platform/context.js';

/** Runs a CLI action with a fully booted context (store migrated, regions seeded) and closes it. */
export async function withContext<T>(action: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = await createContext(loadConfig());
  try {
    return await action(ctx);
  } finally {
    await closeContext(ctx);
  }
}
