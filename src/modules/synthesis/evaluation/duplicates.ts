import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DuplicateIndex } from '../pipeline/duplicate-index.js';
import { charGramVectors, cosine } from './char-grams.js';
import { decideMadridFolder } from './dataset.js';
import { duplicateThreads, labelledPairs } from './duplicate-pairs.js';

export interface DuplicateScore {
  method: string;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Near-duplicate suggestions against the hand-labelled pairs: each thread's comments (≥ 20
 * characters, the first 150) are one dialogue; a pair is suggested when its score reaches the
 * threshold. Minga's index (stems + character trigrams, as the live dialogue uses it) beside the
 * plain character-3-gram TF-IDF cosine, each at a few thresholds.
 */
export function evaluateDuplicates(sharedDataDir: string): DuplicateScore[] {
  const rows = parse(fs.readFileSync(path.join(decideMadridFolder(sharedDataDir), 'comments.csv')), {
    columns: true,
  }) as Array<Record<string, string>>;
  const minga = new Map<string, number>();
  const grams = new Map<string, number>();
  const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
  const wanted = new Set(labelledPairs.map(([a, b]) => key(a, b)));
  for (const thread of duplicateThreads) {
    const ideas = rows
      .filter((row) => row.proposalId === thread && row.text.trim().length >= 20)
      .slice(0, 150);
    const index = new DuplicateIndex();
    for (const idea of ideas) index.upsert(Number(idea.id), idea.text);
    const vectors = charGramVectors(ideas.map((idea) => idea.text));
    ideas.forEach((idea, i) => {
      const near = new Map(
        index.similarTo(Number(idea.id), ideas.length, 0).map((match) => [match.id, match.score]),
      );
      for (let j = i + 1; j < ideas.length; j += 1) {
        const pair = key(Number(idea.id), Number(ideas[j].id));
        if (!wanted.has(pair)) continue;
        minga.set(pair, near.get(Number(ideas[j].id)) ?? 0);
        grams.set(pair, cosine(vectors[i], vectors[j]));
      }
    });
  }
  const score = (method: string, scores: Map<string, number>, threshold: number): DuplicateScore => {
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    for (const [a, b, duplicate] of labelledPairs) {
      const suggested = (scores.get(key(a, b)) ?? 0) >= threshold;
      if (suggested && duplicate) truePositive += 1;
      else if (suggested) falsePositive += 1;
      else if (duplicate) falseNegative += 1;
    }
    const precision = truePositive / Math.max(1, truePositive + falsePositive);
    const recall = truePositive / Math.max(1, truePositive + falseNegative);
    return {
      method,
      threshold,
      precision,
      recall,
      f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    };
  };
  const thresholds = [0.3, 0.5, 0.7, 0.9];
  return [
    ...thresholds.map((threshold) => score('Minga (raíces + trigramas, índice en vivo)', minga, threshold)),
    ...thresholds.map((threshold) =>
      score('Línea base: n-gramas de caracteres (3, TF-IDF)', grams, threshold),
    ),
  ];
}

export function formatDuplicateScores(scores: DuplicateScore[]): string {
  const positives = labelledPairs.filter(([, , duplicate]) => duplicate).length;
  return [
    `### Duplicados: ${labelledPairs.length} pares etiquetados a mano (${positives} duplicados) en ${duplicateThreads.length} hilos de Decide Madrid`,
    '',
    '| método | umbral | precisión | exhaustividad | F1 |',
    '| --- | --- | --- | --- | --- |',
    ...scores.map(
      (item) =>
        `| ${item.method} | ${item.threshold} | ${item.precision.toFixed(3)} | ${item.recall.toFixed(3)} | ${item.f1.toFixed(3)} |`,
    ),
  ].join('\n');
}
