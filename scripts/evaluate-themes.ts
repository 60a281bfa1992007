// `npm run eval:themes`: Minga's themes against human labels on several real Spanish corpora, next
// to the plain TF-IDF + k-means baseline (same k, mean of 5 seeds). `-- --auto` adds Minga with
// k chosen automatically; `-- <name>` evaluates only the corpora whose name contains it.
import {
  evaluate,
  evaluateDuplicates,
  evaluationCorpora,
  formatDuplicateScores,
  formatScores,
  formatSummary,
} from '../src/modules/synthesis/index.js';
import { sharedDataAvailable, sharedDataDir } from '../src/test/shared.js';

if (!sharedDataAvailable()) {
  process.stderr.write(
    `No se encuentra ${sharedDataDir}; la evaluación necesita los datos de Decide Madrid.\n`,
  );
  process.exit(1);
}
const args = process.argv.slice(2);
const auto = args.includes('--auto');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const started = performance.now();
const results = [];
for (const corpus of evaluationCorpora(sharedDataDir)) {
  if (wanted.length && !wanted.some((name) => corpus.name.includes(name))) continue;
  const scores = evaluate(corpus.texts, [1, 2, 3, 4, 5], auto);
  results.push({ corpus, scores });
  process.stdout.write(`${formatScores(corpus, scores)}\n\n`);
}
process.stdout.write(`${formatSummary(results)}\n`);
if (!wanted.length) process.stdout.write(`\n${formatDuplicateScores(evaluateDuplicates(sharedDataDir))}\n`);
process.stdout.write(
  `\nDatos: ${results[0]?.corpus.licence ?? ''}. (${((performance.now() - started) / 1000).toFixed(1)} s, semillas 1–5)\n`,
);
