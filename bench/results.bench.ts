// Results figures at national scale: generate 500 dialogues, 50,000 participants, 10,000
// organisations, 200,000 ideas and 1,000,000 votes as a data package; import it into a fresh
// SQLite store in a child process (so its peak memory is the import's own); then time the national
// report and one region's report.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeContext, createContext } from '../src/modules/boot.js';
import { generateProcess } from '../src/modules/demo/generator.js';
import { buildReport } from '../src/modules/reports/service.js';
import { loadConfig } from '../src/platform/config.js';

export const nationalShape = {
  dialogues: 500,
  participants: 50_000,
  organizations: 10_000,
  ideas: 200_000,
  dotsPerParticipant: 20,
  maxDotsPerIdea: 1,
  mergedShare: 0.01,
  evaluatedShare: 0.9,
  popularity: 0.9,
  seed: 7,
};

export async function run(log: (line: string) => void) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-results-'));
  const folder = path.join(root, 'package');
  const dataDir = path.join(root, 'store');
  try {
    let started = performance.now();
    await generateProcess(folder, nationalShape);
    log(`package generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const rows = fs
      .readdirSync(folder)
      .reduce(
        (sum, file) => sum + fs.readFileSync(path.join(folder, file), 'utf8').split('\n').length - 2,
        0,
      );

    const child = path.join(import.meta.dirname, 'results.import.ts');
    const output = execFileSync(process.execPath, ['--import', 'tsx', child, folder], {
      env: { ...process.env, MINGA_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const imported = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
      ms: number;
      cpuMs: number;
      maxRssMb: number;
      votes: number;
    };
    log(`imported ${imported.votes} vote rows`);

    const ctx = await createContext(
      loadConfig({ MINGA_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' }),
    );
    try {
      await buildReport(ctx, { regions: null }); // warm the page cache once, as a running server would be
      started = performance.now();
      const cpuBefore = process.cpuUsage();
      const { report: national } = await buildReport(ctx, { regions: null });
      const nationalMs = performance.now() - started;
      const nationalCpu = process.cpuUsage(cpuBefore);
      started = performance.now();
      const regionCpuBefore = process.cpuUsage();
      await buildReport(ctx, { regions: null, region: 'CL-BI' });
      const regionMs = performance.now() - started;
      const regionCpu = process.cpuUsage(regionCpuBefore);
      log(
        `national: ${national.dialogues} dialogues, ${national.dots} dots, ${national.concentration.ideas_for_share['0.3']} ideas hold 30 %`,
      );
      return {
        results_import_s: Number((imported.ms / 1000).toFixed(1)),
        // CPU time too: on a machine shared with other work, wall time mostly measures the neighbours.
        results_import_cpu_s: Number((imported.cpuMs / 1000).toFixed(1)),
        results_import_rows_per_s: Math.round(rows / (imported.ms / 1000)),
        results_import_peak_rss_mb: Math.round(imported.maxRssMb),
        results_report_national_ms: Math.round(nationalMs),
        results_report_national_cpu_ms: Math.round((nationalCpu.user + nationalCpu.system) / 1000),
        results_report_region_ms: Math.round(regionMs),
        results_report_region_cpu_ms: Math.round((regionCpu.user + regionCpu.system) / 1000),
      };
    } finally {
      await closeContext(ctx);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
