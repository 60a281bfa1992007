// Opinion-groups figures: 10,000 participants × 1,000 statements (500,000 votes; target < 2 s) and
// 100,000 × 5,000 (5 M votes; target < 30 s), computed in the worker thread the server uses, with
// the process's peak memory (target < 2 GiB) and the p99 of GET /health answered by this thread
// meanwhile (target < 50 ms). Wall time is the target; CPU time is printed beside it because on a
// shared machine the wall clock also counts other people's work.
import http from 'node:http';
import Fastify from 'fastify';
import { plantedConsultation } from '../src/modules/consultations/math/planted.js';
import { OpinionGroupsWorker } from '../src/modules/consultations/off-thread.js';

const rssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** GETs /health one after another until `done` resolves; returns each answer's time in ms. */
async function probeHealth(port: number, done: Promise<unknown>): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  while (!finished) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/health', agent }, (response) => {
          response.resume();
          response.on('end', () => resolve());
        })
        .on('error', reject);
    });
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  agent.destroy();
  return times;
}

export async function run(log: (line: string) => void) {
  const server = Fastify();
  server.get('/health', async () => ({ ok: true }));
  await server.listen({ host: '127.0.0.1', port: 0 });
  const port = (server.server.address() as { port: number }).port;
  const worker = new OpinionGroupsWorker();
  const figures: Record<string, number | string | boolean> = {};
  try {
    const sizes = [
      { name: '10k', participants: 10_000, statements: 1_000, votesEach: 50, target: 2 },
      { name: '100k', participants: 100_000, statements: 5_000, votesEach: 50, target: 30 },
    ];
    // Warm the worker (start, compile) on a small case so the first figure is the computation's.
    await worker.compute(plantedConsultation({ participants: 500, statements: 50, votesEach: 20 }).matrix);
    for (const size of sizes) {
      const generated = performance.now();
      const { matrix, group } = plantedConsultation({ ...size, groups: 3, seed: 11 });
      log(
        `${size.participants} × ${size.statements}: ${matrix.values.length} votos generados en ${((performance.now() - generated) / 1000).toFixed(1)} s`,
      );
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const computing = worker.compute(matrix);
      const health = probeHealth(port, computing);
      const result = await computing;
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuStarted);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const times = await health;
      let agree = 0;
      const best = new Map<string, number>();
      for (let row = 0; row < matrix.participants; row += 1) {
        const key = `${group[row]}:${result.groupOf[row]}`;
        best.set(key, (best.get(key) ?? 0) + 1);
      }
      const largest = new Map<number, number>();
      for (const [key, count] of best) {
        const found = Number(key.split(':')[1]);
        largest.set(found, Math.max(largest.get(found) ?? 0, count));
      }
      for (const count of largest.values()) agree += count;
      log(
        `  ${seconds.toFixed(2)} s (objetivo < ${size.target} s; CPU de todo el proceso ${cpuSeconds.toFixed(2)} s), ${result.k} grupos, ${result.components.iterations} iteraciones de PCA, /health p99 ${percentile(times, 99).toFixed(1)} ms en ${times.length} consultas, ${((agree / matrix.participants) * 100).toFixed(1)} % en su grupo sembrado`,
      );
      figures[`opinion_${size.name}_seconds`] = Number(seconds.toFixed(2));
      figures[`opinion_${size.name}_cpu_seconds`] = Number(cpuSeconds.toFixed(2));
      figures[`opinion_${size.name}_votes`] = matrix.values.length;
      figures[`opinion_${size.name}_health_p99_ms`] = Number(percentile(times, 99).toFixed(1));
      figures[`opinion_${size.name}_ok`] = seconds < size.target;
    }
    figures.opinion_max_rss_mib = rssMiB();
    figures.opinion_rss_ok = rssMiB() < 2048;
  } finally {
    await worker.close();
    await server.close();
  }
  return figures;
}
