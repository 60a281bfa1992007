import { adjustedRandIndex, normalizedMutualInformation } from '../pipeline/metrics.js';
import { seededRandom } from '../pipeline/random.js';
import { stemsOf } from '../pipeline/text.js';
import { discoverThemes } from '../pipeline/themes.js';
import { tfIdf } from '../pipeline/vectors.js';
import { plainKMeans, plainTfIdf } from './baseline.js';
import type { Corpus, LabelledText } from './dataset.js';

export interface Score {
  method: string;
  k: number;
  nmi: number;
  ari: number;
  /** Spread over seeds. */
  nmiMin: number;
  ariMin: number;
}

export const minga = 'Minga';
export const plainBaseline = 'TF-IDF + k-means (por omisión de scikit-learn)';
export const baseline = 'TF-IDF de raíces + k-means++';

/**
 * Minga's themes and two baselines with the same k, each over the same seeds, scored against the
 * human labels: TF-IDF and k-means as scikit-learn's defaults do them (baseline.ts), and the
 * stronger one the goal is measured against: the same k-means++ on Minga's own TF-IDF of Spanish
 * stems without stop words (sublinear tf, terms in 2 to 50 % of the texts), without the LSA and
 * the rest of Minga's pipeline.
 */
export function evaluate(
  texts: LabelledText[],
  seeds: number[] = [1, 2, 3, 4, 5],
  withAutomaticK = false,
): Score[] {
  const truth = texts.map((text) => text.label);
  const k = new Set(truth).size;
  const ideas = texts.map((text) => ({ id: text.id, text: text.text, dots: text.dots }));
  const matrix = plainTfIdf(texts.map((text) => text.text));
  const ours = seeds.map((seed) => discoverThemes(ideas, { k, seed }).assignment);
  const plain = seeds.map((seed) => plainKMeans(matrix, k, seededRandom(seed)));
  const stems = tfIdf(texts.map((text) => stemsOf(text.text))).matrix;
  const theirs = seeds.map((seed) => plainKMeans(stems, k, seededRandom(seed)));
  const scores = [
    summarise(minga, k, truth, ours),
    summarise(baseline, k, truth, theirs),
    summarise(plainBaseline, k, truth, plain),
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

const f = (value: number) => value.toFixed(3);

/** One corpus's table, as `npm run eval:themes` prints it. */
export function formatScores(corpus: Corpus, scores: Score[]): string {
  const labels = new Set(corpus.texts.map((text) => text.label)).size;
  return [
    `### ${corpus.name}: ${corpus.texts.length} textos, ${labels} etiquetas (${corpus.description})`,
    '',
    '| método | k | NMI (media) | NMI (mín) | ARI (media) | ARI (mín) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...scores.map(
      (score) =>
        `| ${score.method} | ${score.k} | ${f(score.nmi)} | ${f(score.nmiMin)} | ${f(score.ari)} | ${f(score.ariMin)} |`,
    ),
  ].join('\n');
}

/** The side-by-side summary: one line per corpus, with Minga's NMI over the baseline's. */
export function formatSummary(results: Array<{ corpus: Corpus; scores: Score[] }>): string {
  return [
    `Línea base: ${baseline}; entre paréntesis, ${plainBaseline}.`,
    '',
    '| corpus | textos | k | NMI Minga | NMI línea base | razón NMI | ARI Minga | ARI línea base |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(({ corpus, scores }) => {
      const ours = scores.find((score) => score.method === minga) as Score;
      const theirs = scores.find((score) => score.method === baseline) as Score;
      const plain = scores.find((score) => score.method === plainBaseline) as Score;
      return `| ${corpus.name} | ${corpus.texts.length} | ${ours.k} | ${f(ours.nmi)} | ${f(theirs.nmi)} (${f(plain.nmi)}) | ${(ours.nmi / theirs.nmi).toFixed(2)} | ${f(ours.ari)} | ${f(theirs.ari)} (${f(plain.ari)}) |`;
    }),
  ].join('\n');
}
