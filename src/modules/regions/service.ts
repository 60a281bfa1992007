import { type Db, inTransaction } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findRegion, listRegions, upsertRegion } from './queries.js';
import { regionSeeds, regionSources } from './seed.js';

/** Writes the 16 regions from the project's seed (idempotent; runs at every boot after migrations). */
export async function seedRegions(db: Db): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const region of regionSeeds) await upsertRegion(trx, region);
  });
}

export async function getRegions(db: Db) {
  return { regions: await listRegions(db), sources: regionSources };
}

export async function requireRegion(db: Db, code: string) {
  const region = await findRegion(db, code);
  if (!region) throw new AppError('not_found', { what: `región ${code}` });
  return region;
}

export const regionCodes = regionSeeds.map((region) => region.code);
