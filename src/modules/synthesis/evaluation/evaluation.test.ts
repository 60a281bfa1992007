import { describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedDataDir } from '../../../test/shared.js';
import { loadDecideMadridComments } from './dataset.js';
import { evaluate } from './evaluate.js';

describe.runIf(sharedDataAvailable())('themes against human labels (Decide Madrid)', () => {
  it('builds the labelled set as documented', () => {
    const texts = loadDecideMadridComments(sharedDataDir);
    const labels = new Set(texts.map((text) => text.label));
    expect(labels.size).toBe(17);
    expect(texts.length).toBe(976);
    expect(texts.every((text) => text.text.length >= 80)).toBe(true);
    expect(labels).toContain('Arborización masiva en Madrid');
  });

  it('beats TF-IDF + k-means with the same k on NMI and ARI', () => {
    const texts = loadDecideMadridComments(sharedDataDir);
    const [minga, baseline] = evaluate(texts, [1, 2], false);
    expect(minga.k).toBe(baseline.k);
    expect(minga.nmiMin).toBeGreaterThan(baseline.nmi);
    expect(minga.ariMin).toBeGreaterThan(baseline.ari);
  }, 180_000);
});
