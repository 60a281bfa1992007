// Child process of results.bench.ts: imports one package folder and prints time and peak memory.

import { closeContext, createContext } from '../src/modules/boot.js';
import { importPackage } from '../src/modules/datapackage/importer.js';
import { folderSource } from '../src/modules/datapackage/source.js';
import { loadConfig } from '../src/platform/config.js';

const ctx = await createContext(loadConfig());
const started = performance.now();
const cpuBefore = process.cpuUsage();
const summary = await importPackage(ctx, folderSource(process.argv[2]), { locale: 'en' });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
await closeContext(ctx);
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, votes: summary.votes })}\n`,
);
