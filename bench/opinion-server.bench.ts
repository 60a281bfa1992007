// GET /health of the real server (the whole app: its plugins, hooks, store and routes, as
// startTestServer builds it) while the opinion-groups engine recomputes a 100,000 × 5,000
// consultation (5 M votes) in the worker thread the server process uses. Target: /health p99 < 50 ms.
// The votes are generated in memory, not read from the store: this measures the engine beside a
// serving server, not the load of 5 M rows.
import http from 'node:http';
import { plantedConsultation } from '../src/modules/consultations/math/planted.js';
import { OpinionGroupsWorker } from '../src/modules/consultations/off-thread.js';
import { startTestServer } from '../src/test/server.js';

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** GETs /health one after another (5 ms apart) until `done` settles; each answer's time in ms. */
async function probeHealth(url: string, done: Promise<unknown>): Promise<number[]> {
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
        .get(`${url}/health`, { agent }, (response) => {
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
  const server = await startTestServer('sqlite');
  const worker = new OpinionGroupsWorker();
  const figures: Record<string, number | string | boolean> = {};
  try {
    await worker.compute(plantedConsultation({ participants: 500, statements: 50, votesEach: 20 }).matrix);
    const idle = await probeHealth(server.url, new Promise((resolve) => setTimeout(resolve, 2_000)));
    const { matrix } = plantedConsultation({
      participants: 100_000,
      statements: 5_000,
      votesEach: 50,
      groups: 3,
      seed: 11,
    });
    const started = performance.now();
    const computing = worker.compute(matrix);
    const times = await probeHealth(server.url, computing);
    const result = await computing;
    const seconds = (performance.now() - started) / 1000;
    const p99 = percentile(times, 99);
    log(
      `servidor real, 100.000 × 5.000 (${matrix.values.length} votos): ${seconds.toFixed(1)} s, ${result.k} grupos; /health p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, máx ${Math.max(...times).toFixed(1)} ms en ${times.length} consultas (en reposo p99 ${percentile(idle, 99).toFixed(1)} ms)`,
    );
    figures.opinion_server_100k_seconds = Number(seconds.toFixed(2));
    figures.opinion_server_health_p50_ms = Number(percentile(times, 50).toFixed(1));
    figures.opinion_server_health_p99_ms = Number(p99.toFixed(1));
    figures.opinion_server_health_max_ms = Number(Math.max(...times).toFixed(1));
    figures.opinion_server_health_idle_p99_ms = Number(percentile(idle, 99).toFixed(1));
    figures.opinion_server_health_samples = times.length;
    figures.opinion_server_health_ok = p99 < 50;
  } finally {
    await worker.close();
    await server.close();
  }
  return figures;
}
