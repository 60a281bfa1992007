import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EngineOptions, OpinionGroupsResult } from './math/engine.js';
import type { VoteMatrix } from './math/matrix.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * One worker thread that computes opinion groups, started on first use and kept for the next.
 * Jobs run one after another; the thread does not keep the process alive while idle. The built
 * server runs the compiled worker.js beside this file; from the TypeScript sources (development,
 * tests) the worker and the pure math it imports are bundled in memory with esbuild first.
 */
export class OpinionGroupsWorker {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: OpinionGroupsResult) => void; reject: (error: Error) => void }
  >();

  compute(matrix: VoteMatrix, options: EngineOptions = {}): Promise<OpinionGroupsResult> {
    const worker = this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, matrix, options } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const source = import.meta.url.endsWith('.ts');
    const worker = source
      ? new Worker(bundledSource(), { eval: true })
      : new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (reply: WorkerReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.result);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      if (this.pending.size) this.failAll(new Error(`opinion-groups worker stopped (exit ${code})`));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error) {
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}

/**
 * Recomputes a consultation's groups as votes arrive without piling up work: a request while one
 * is running marks it stale, and one more run follows when the current one ends, on the latest
 * votes. `load` reads the votes; `save` keeps the result.
 */
export class Recomputation {
  private running = new Set<string>();
  private stale = new Set<string>();

  constructor(
    private readonly worker: OpinionGroupsWorker,
    private readonly load: (key: string) => Promise<{ matrix: VoteMatrix; options: EngineOptions }>,
    private readonly save: (key: string, result: OpinionGroupsResult) => Promise<void>,
    private readonly onError: (key: string, error: unknown) => void = () => {},
  ) {}

  /** Asks for a recomputation; resolves when the latest one this request asked for is done. */
  request(key: string): Promise<void> {
    if (this.running.has(key)) {
      this.stale.add(key);
      return Promise.resolve();
    }
    this.running.add(key);
    return this.run(key);
  }

  private async run(key: string): Promise<void> {
    try {
      do {
        this.stale.delete(key);
        const { matrix, options } = await this.load(key);
        const result = await this.worker.compute(matrix, options);
        await this.save(key, result);
      } while (this.stale.has(key));
    } catch (error) {
      this.onError(key, error);
    } finally {
      this.running.delete(key);
      this.stale.delete(key);
    }
  }

  get busy(): boolean {
    return this.running.size > 0;
  }
}

let bundled: string | null = null;

function bundledSource(): string {
  if (bundled) return bundled;
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const output = esbuild.buildSync({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  bundled = output.outputFiles[0].text;
  return bundled;
}
