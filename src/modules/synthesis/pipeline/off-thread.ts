// Runs discoverThemes in a worker thread, so a national run never holds the server's event loop.
// The entry is worker.ts beside this file under tsx (tests, `npm run bench`) and worker.js in
// dist/node (`npm start`, the `minga` command): the same relative URL names both.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IdeaInput, ThemeOptions, ThemeResult } from './themes.js';
import type { WorkerMessage, WorkerRequest } from './worker.js';

/** Where each stage sits on one progress bar (per cent at its start and end). */
export const stageSpan: Record<string, [number, number]> = {
  texto: [0, 30],
  reducción: [30, 50],
  'eligiendo k': [50, 85],
  agrupación: [85, 100],
};

/** A stage's progress as a whole number of per cent on the one bar. */
export function percentOf(stage: string, done: number, total: number): number {
  const [from, to] = stageSpan[stage] ?? [0, 100];
  return Math.round(from + ((to - from) * Math.min(done, total)) / Math.max(total, 1));
}

/** Thrown when the caller's signal stops a run before it ends. */
export class ThemeRunCancelled extends Error {
  constructor() {
    super('theme run cancelled');
    this.name = 'ThemeRunCancelled';
  }
}

/**
 * The worker for this build. Compiled (dist/node), worker.js runs as it is. From the sources, a
 * worker does not inherit vitest's or tsx's TypeScript loading, so a two-line bootstrap registers
 * tsx in the worker before it imports worker.ts.
 */
function startWorker(): Worker {
  const source = import.meta.url.endsWith('.ts');
  const url = new URL(source ? './worker.ts' : './worker.js', import.meta.url);
  if (!source) return new Worker(url);
  // tsx/esm/api as ESM (its `import` condition), found from here like any dependency.
  const tsxApi = pathToFileURL(
    path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

export interface OffThreadOptions {
  onProgress?: (stage: string, done: number, total: number) => void;
  signal?: AbortSignal;
}

export function discoverThemesOffThread(
  ideas: IdeaInput[],
  options: Omit<ThemeOptions, 'onProgress'>,
  { onProgress, signal }: OffThreadOptions = {},
): Promise<ThemeResult> {
  if (signal?.aborted) return Promise.reject(new ThemeRunCancelled());
  const worker = startWorker();
  return new Promise<ThemeResult>((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      action();
      void worker.terminate();
    };
    const abort = () => finish(() => reject(new ThemeRunCancelled()));
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.stage, message.done, message.total);
      else if (message.type === 'result') finish(() => resolve(message.result));
      else finish(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`el proceso de agrupación terminó antes de tiempo (código ${code})`))),
    );
    worker.postMessage({ ideas, options } satisfies WorkerRequest);
  });
}
