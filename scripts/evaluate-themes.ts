// `npm run eval:themes`: Minga's themes against human labels, next to the TF-IDF + k-means baseline.

import { evaluate, formatScores, loadDecideMadridComments } from '../src/modules/synthesis/index.js';
import { sharedDataAvailable, sharedDataDir } from '../src/test/shared.js';

if (!sharedDataAvailable()) {
  process.stderr.write(
    `No se encuentra ${sharedDataDir}; la evaluación necesita los datos de Decide Madrid.\n`,
  );
  process.exit(1);
}
const texts = loadDecideMadridComments(sharedDataDir);
const started = performance.now();
const scores = evaluate(texts);
process.stdout.write(
  `${formatScores(scores, texts.length, new Set(texts.map((text) => text.label)).size)}\n`,
);
process.stdout.write(`\n(${((performance.now() - started) / 1000).toFixed(1)} s, semillas 1–5)\n`);
