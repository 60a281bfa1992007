import type { Db } from '../../platform/db/index.js';
import type { RegionSeed } from './seed.js';

export async function upsertRegion(db: Db, region: RegionSeed) {
  await db
    .insertInto('regions')
    .values(region)
    .onConflict((conflict) =>
      conflict.column('code').doUpdateSet({
        number: region.number,
        roman: region.roman,
        name: region.name,
        macrozone: region.macrozone,
        population_2024: region.population_2024,
        population_15plus_2024: region.population_15plus_2024,
        rural_share_2024: region.rural_share_2024,
        labour_force_2024_thousands: region.labour_force_2024_thousands,
        participation_rate_2024: region.participation_rate_2024,
      }),
    )
    .execute();
}

export async function listRegions(db: Db) {
  return db.selectFrom('regions').selectAll().orderBy('number').execute();
}

export async function findRegion(db: Db, code: string) {
  return db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
}
