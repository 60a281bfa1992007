import { describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedDataDir } from '../../../test/shared.js';
import { evaluationCorpora, loadDecideMadridComments } from './dataset.js';
import { labelledPairs } from './duplicate-pairs.js';
import { evaluateDuplicates } from './duplicates.js';
import { evaluate } from './evaluate.js';

// CI has ../shared/data: there the real-data tests must run, never skip.
const available = process.env.CI === 'true' || sharedDataAvailable();

describe.runIf(available)('themes against human labels (Decide Madrid)', () => {
  it('builds the labelled sets as documented', () => {
    const texts = loadDecideMadridComments(sharedDataDir);
    const labels = new Set(texts.map((text) => text.label));
    expect(labels.size).toBe(17);
    expect(texts.length).toBe(976);
    expect(texts.every((text) => text.text.length >= 80)).toBe(true);
    expect(labels).toContain('Arborización masiva en Madrid');
    const corpora = evaluationCorpora(sharedDataDir);
    expect(
      corpora.map((corpus) => [corpus.texts.length, new Set(corpus.texts.map((t) => t.label)).size]),
    ).toEqual([
      [976, 17],
      [635, 14],
      [1125, 11],
      [80, 11],
    ]);
    expect(corpora.every((corpus) => corpus.texts.every((text) => text.label !== 'sin categoría'))).toBe(
      true,
    );
  });

  it('reaches 1.1 × the NMI of stemmed TF-IDF + k-means++ (same k) on every corpus, and beats its ARI', () => {
    for (const corpus of evaluationCorpora(sharedDataDir)) {
      const [minga, baseline, plain] = evaluate(corpus.texts, [1, 2, 3]);
      expect(minga.k, corpus.name).toBe(baseline.k);
      expect(minga.nmi, corpus.name).toBeGreaterThanOrEqual(1.1 * baseline.nmi);
      expect(minga.nmi, corpus.name).toBeGreaterThan(plain.nmi);
      expect(minga.ari, corpus.name).toBeGreaterThan(baseline.ari);
    }
  }, 300_000);

  it('measures duplicate suggestions on the hand-labelled pairs beside character n-grams', () => {
    expect(new Set(labelledPairs.map(([a, b]) => `${a}-${b}`)).size).toBe(labelledPairs.length);
    const scores = evaluateDuplicates(sharedDataDir);
    const at = (prefix: string, threshold: number) =>
      scores.find((score) => score.method.startsWith(prefix) && score.threshold === threshold);
    // Every copy of a pasted text is found (recall 1 at the shipped 0.3), and at 0.5 Minga is ahead.
    expect(at('Minga', 0.3)?.recall).toBe(1);
    expect(at('Minga', 0.5)?.f1).toBeGreaterThan(at('Línea base', 0.5)?.f1 ?? 1);
  });
});
