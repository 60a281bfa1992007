// `npm run bench`: runs every bench/<name>.bench.ts (or only those named on the command line,
// e.g. `npm run bench -- results`), prints each one's figures as it goes, and ends with one JSON
// line holding all figures. Each file exports `run(log): Promise<Record<string, number | string | boolean>>`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Figures = Record<string, number | string | boolean>;
type Bench = { run: (log: (line: string) => void) => Promise<Figures> };

const folder = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !wanted.length || wanted.some((name) => file.startsWith(name)))
  .sort();

const all: Figures = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`\n== ${name}\n`);
  const bench = (await import(pathToFileURL(path.join(folder, file)).href)) as Bench;
  const started = performance.now();
  const figures = await bench.run((line) => process.stderr.write(`   ${line}\n`));
  for (const [key, value] of Object.entries(figures)) {
    process.stderr.write(`   ${key}: ${value}\n`);
    all[key] = value;
  }
  process.stderr.write(`   (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
process.stdout.write(`${JSON.stringify(all)}\n`);
