import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedDataDir } from '../../test/shared.js';
import { regionSeeds } from './seed.js';

describe('region seed', () => {
  it('has the 16 ISO 3166-2:CL regions, each once', () => {
    expect(regionSeeds).toHaveLength(16);
    expect(new Set(regionSeeds.map((region) => region.code)).size).toBe(16);
    for (const region of regionSeeds) expect(region.code).toMatch(/^CL-[A-Z]{2}$/);
  });

  it.runIf(sharedDataAvailable())('matches the shared regions.csv figure by figure', () => {
    const rows = parse(fs.readFileSync(path.join(sharedDataDir, 'regions.csv')), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      const seed = regionSeeds.find((region) => region.code === row.iso_code);
      expect(seed, row.iso_code).toBeDefined();
      expect(seed).toMatchObject({
        name: row.name,
        macrozone: row.macrozone,
        population_2024: Number(row.population_2024),
        population_15plus_2024: Number(row.population_15plus_2024),
        rural_share_2024: Number(row.rural_share_2024),
        labour_force_2024_thousands: Number(row.labour_force_2024_thousands),
        participation_rate_2024: Number(row.participation_rate_2024),
      });
    }
  });
});
