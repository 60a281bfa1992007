import { closeContext, openContext } from '../platform/boot.js';
import type { Config } from '../platform/config.js';
import type { Context } from '../platform/context.js';
import { seedRegions } from './regions/index.js';

/**
 * The composition root's context: the store opened and migrated, the regions seeded, the live hub
 * connected. The platform knows no feature; this is where the features' start-up is handed to it.
 */
export async function createContext(config: Config): Promise<Context> {
  return openContext(config, seedRegions);
}

export { closeContext };
