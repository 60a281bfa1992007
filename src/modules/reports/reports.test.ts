import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../platform/context.js';
import { handPackage } from '../datapackage/fixtures.js';
import { importPackage } from '../datapackage/importer.js';
import { folderSource } from '../datapackage/source.js';
import { openTestContext, writePackage } from '../datapackage/testing.js';
import { concentration, lorenz } from './figures.js';
import { reportFor, summarySentence } from './service.js';

describe('concentration figures (pure)', () => {
  it('ties do not change top_share: eleven ideas of one dot each', () => {
    const figures = concentration(Array(11).fill(1), 0);
    expect(figures.top_share['10']).toBeCloseTo(10 / 11, 12);
    expect(figures.top_share['100']).toBe(1);
    // 0.3 × 11 = 3.3 → 4 ideas; 0.5 → 5.5 → 6; 0.8 → 8.8 → 9.
    expect(figures.ideas_for_share).toEqual({ '0.3': 4, '0.5': 6, '0.8': 9 });
    expect(figures.gini).toBeCloseTo(0, 12);
  });

  it('counts zero-dot ideas in the Gini: one idea with all dots among four', () => {
    // Ascending [0,0,0,8]: Σ|xi−xj| over ordered pairs = 6 × 8 = 48; 48 / (2 × 16 × 2) = 0.75.
    expect(concentration([8], 3).gini).toBeCloseTo(0.75, 12);
    expect(concentration([8], 0).gini).toBe(0);
  });

  it('gives nulls and zeros when nobody voted', () => {
    expect(concentration([], 5)).toEqual({
      top_share: { '10': 0, '20': 0, '40': 0, '100': 0 },
      ideas_for_share: { '0.3': null, '0.5': null, '0.8': null },
      gini: 0,
    });
  });

  it('draws a Lorenz curve from (0,0) to (1,1)', () => {
    const curve = lorenz([6, 3, 3, 2, 1], 1);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[curve.length - 1]).toEqual([1, 1]);
    expect(curve.find(([x]) => Math.abs(x - 1 / 6) < 1e-9)?.[1]).toBe(0);
  });
});

describe('the report over a hand-checked package', () => {
  let ctx: Context;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ctx, close } = await openTestContext('sqlite'));
    await importPackage(ctx, folderSource(writePackage(handPackage)), { locale: 'es' });
  });
  afterAll(async () => close?.());

  it('counts attendances, distinct organisations, ideas before and after merges, dots', async () => {
    const report = await reportFor(ctx, { regions: null });
    expect(report).toMatchObject({
      dialogues: 2,
      participants: 4,
      organizations: 2, // O1 (twice) and O2; P3 has none
      ideas: 8,
      ideas_after_merge: 6, // I3 and I4 merged
      dots: 15,
      evaluation: { responses: 4, excellent_or_good_share: 0.5 },
    });
  });

  it('follows merge chains to their end and counts ideas with no dots', async () => {
    // After merges: I2 = 3 (P1 via I4→I3→I2) + 2 + 1 (P2 via I3) = 6, I1 = 3, I6 = 3, J1 = 2, J2 = 1, I5 = 0.
    const { concentration: figures } = await reportFor(ctx, { regions: null });
    expect(figures.top_share).toEqual({ '10': 1, '20': 1, '40': 1, '100': 1 });
    // 0.3 × 15 = 4.5 → 1 idea (6); 0.5 → 7.5 → 2 (9); 0.8 → 12 → 3 (6 + 3 + 3 = 12, exactly).
    expect(figures.ideas_for_share).toEqual({ '0.3': 1, '0.5': 2, '0.8': 3 });
    // Ascending [0,1,2,3,3,6]: Σ|xi−xj| (unordered) = 37; G = 37 / (n² × mean) = 37 / (36 × 2.5) = 37/90.
    expect(figures.gini).toBeCloseTo(37 / 90, 9);
  });

  it('splits by region in region order, and filters by region and by dialogue', async () => {
    const report = await reportFor(ctx, { regions: null });
    expect(report.by_region.map((region) => region.region_code)).toEqual(['CL-BI', 'CL-RM']);
    const biobio = report.by_region[0];
    expect(biobio).toMatchObject({
      dialogues: 1,
      participants: 3,
      organizations: 1,
      ideas: 6,
      ideas_after_merge: 4,
      dots: 12,
    });
    // Ascending [0,3,3,6]: Σ i·x = 39; G = 2·39/(4·12) − 5/4 = 0.375.
    expect(biobio.concentration.gini).toBeCloseTo(0.375, 9);
    expect(biobio.concentration.ideas_for_share).toEqual({ '0.3': 1, '0.5': 1, '0.8': 3 });
    const region = await reportFor(ctx, { regions: null, region: 'CL-RM' });
    expect(region).toMatchObject({ dialogues: 1, participants: 1, ideas: 2, dots: 3 });
    expect(region.concentration.ideas_for_share).toEqual({ '0.3': 1, '0.5': 1, '0.8': 2 });
    const dialogueId = (
      await ctx.db
        .selectFrom('dialogues')
        .select('id')
        .where('external_id', '=', 'D1')
        .executeTakeFirstOrThrow()
    ).id;
    expect(await reportFor(ctx, { regions: null, dialogueId })).toMatchObject({
      dialogues: 1,
      dots: 12,
      by_region: [{ region_code: 'CL-BI' }],
    });
  });

  it('refuses regions outside the caller’s scope as not found', async () => {
    await expect(reportFor(ctx, { regions: ['CL-BI'], region: 'CL-RM' })).rejects.toMatchObject({
      code: 'not_found',
    });
    const scoped = await reportFor(ctx, { regions: ['CL-BI'] });
    expect(scoped.dialogues).toBe(1);
    expect(scoped.by_region.map((region) => region.region_code)).toEqual(['CL-BI']);
  });

  it('writes the Spanish summary with Chilean number formats', async () => {
    const sentence = summarySentence({
      ...(await reportFor(ctx, { regions: null })),
      ideas: 1820,
    });
    expect(sentence).toBe(
      '2 diálogos, 4 participantes de 2 organizaciones, 1.820 ideas propuestas; 1 idea concentró el 30 % de los votos; 50 % evaluó el método como excelente o bueno',
    );
  });
});
