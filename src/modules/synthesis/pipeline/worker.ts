// The worker thread's entry: clusters the ideas it is sent and posts progress, then the result.
// Started by off-thread.ts; nothing else imports it.
import { parentPort } from 'node:worker_threads';
import { discoverThemes, type IdeaInput, type ThemeOptions } from './themes.js';

export interface WorkerRequest {
  ideas: IdeaInput[];
  options: Omit<ThemeOptions, 'onProgress'>;
}

export type WorkerMessage =
  | { type: 'progress'; stage: string; done: number; total: number }
  | { type: 'result'; result: ReturnType<typeof discoverThemes> }
  | { type: 'error'; message: string };

parentPort?.once('message', (request: WorkerRequest) => {
  try {
    const result = discoverThemes(request.ideas, {
      ...request.options,
      onProgress: (stage, done, total) =>
        parentPort?.postMessage({ type: 'progress', stage, done, total } satisfies WorkerMessage),
    });
    parentPort?.postMessage({ type: 'result', result } satisfies WorkerMessage);
  } catch (error) {
    parentPort?.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerMessage);
  }
});
