// The opinion-groups computation in its own thread: the server posts a vote matrix and gets the
// result back, so a 5 M-vote recomputation never holds up a request.
import { parentPort } from 'node:worker_threads';
import { computeOpinionGroups, type EngineOptions } from './math/engine.js';
import type { VoteMatrix } from './math/matrix.js';

export interface WorkerRequest {
  id: number;
  matrix: VoteMatrix;
  options: EngineOptions;
}

export type WorkerReply =
  | { id: number; result: ReturnType<typeof computeOpinionGroups> }
  | { id: number; error: string };

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const result = computeOpinionGroups(request.matrix, request.options);
    const transfer = [result.groupOf.buffer, result.points.buffer, result.grouped.buffer] as ArrayBuffer[];
    parentPort?.postMessage({ id: request.id, result } satisfies WorkerReply, transfer);
  } catch (error) {
    parentPort?.postMessage({
      id: request.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
