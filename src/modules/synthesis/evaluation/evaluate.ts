import { lloydBaseline } from '../pipeline/cluster.js';
import { adjustedRandIndex, normalizedMutualInformation } from '../pipeline/metrics.js';
import { seededRandom } from '../pipeline/random.js';
import { stemsOf } from '../pipeline/text.js';
import { discoverThemes } from '../pipeline/themes.js';
import { tfIdf } from '../pipeline/vectors.js';
import type { LabelledText } from './dataset.js';

export interface Score {
  method: string;
  k: number;
  nmi: number;
  ari: number;
  /** Spread over seeds. */
  nmiMin: number;
  ariMin: number;
}

/**
 * Minga's themes and the classic baseline (TF-IDF of the same stems + Lloyd's k-means with random
 * initial centroids, same k), each over the same seeds, scored against the human labels.
 */
export function evaluate(
  texts: LabelledText[],
  seeds: number[] = [1, 2, 3, 4, 5],
  withAutomaticK = true,
): Score[] {
  const truth = texts.map((text) => text.label);
  const k = new Set(truth).size;
  const ideas = texts.map((text) => ({ id: text.id, text: text.text, dots: text.dots }));
  const documents = texts.map((text) => stemsOf(text.text));
  const weighted = tfIdf(documents);
  const minga = seeds.map((seed) => discoverThemes(ideas, { k, seed }).assignment);
  const baseline = seeds.map((seed) => lloydBaseline(weighted.matrix, k, seededRandom(seed)));
  const scores = [
    summarise('Minga (LSA + k-means esférico)', k, truth, minga),
    summarise('Línea base (TF-IDF + k-means de Lloyd)', k, truth, baseline),
  ];
  if (withAutomaticK) {
    const auto = discoverThemes(ideas, { seed: seeds[0] });
    scores.push(summarise('Minga con k automático', auto.k, truth, [auto.assignment]));
  }
  return scores;
}

function summarise(method: string, k: number, truth: string[], runs: Int32Array[]): Score {
  const nmis = runs.map((run) => normalizedMutualInformation(truth, run));
  const aris = runs.map((run) => adjustedRandIndex(truth, run));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    method,
    k,
    nmi: mean(nmis),
    ari: mean(aris),
    nmiMin: Math.min(...nmis),
    ariMin: Math.min(...aris),
  };
}

/** The table `npm run eval:themes` prints. */
export function formatScores(scores: Score[], size: number, labels: number): string {
  const lines = [
    `Conjunto: ${size} comentarios de Decide Madrid en ${labels} hilos de propuestas (etiqueta = propuesta comentada)`,
    '',
    '| método | k | NMI (media) | NMI (mín) | ARI (media) | ARI (mín) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...scores.map(
      (score) =>
        `| ${score.method} | ${score.k} | ${score.nmi.toFixed(3)} | ${score.nmiMin.toFixed(3)} | ${score.ari.toFixed(3)} | ${score.ariMin.toFixed(3)} |`,
    ),
  ];
  return lines.join('\n');
}
