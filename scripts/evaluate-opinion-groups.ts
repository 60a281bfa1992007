// `npm run eval:opinion-groups`: Minga's opinion groups against Pol.is's own group-id on the three
// Pol.is conversations in ../shared/data/polis (adjusted Rand index, agreement).
import path from 'node:path';
import { compareWithPolis, formatAgreement, polisConversations } from '../src/modules/consultations/index.js';
import { sharedDataAvailable, sharedDataDir } from '../src/test/shared.js';

if (!sharedDataAvailable()) {
  process.stderr.write(
    `No se encuentra ${sharedDataDir}; la evaluación necesita las conversaciones de Pol.is.\n`,
  );
  process.exit(1);
}
const started = performance.now();
const rows = polisConversations.map((name) =>
  compareWithPolis(path.join(sharedDataDir, 'polis', name), name),
);
process.stdout.write(`${formatAgreement(rows)}\n`);
for (const row of rows) {
  const silhouettes = Object.entries(row.silhouettes)
    .map(([k, value]) => `k=${k}: ${value.toFixed(3)}`)
    .join(', ');
  process.stdout.write(`  ${row.conversation}: silueta ${silhouettes}\n`);
}
process.stdout.write(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
