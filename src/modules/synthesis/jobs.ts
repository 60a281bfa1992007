// Theme runs as jobs: asked for from the screens, run one at a time in a worker thread (so the
// server keeps answering during a national run), followed by id with their progress, cancellable.
import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { regionOfScope as regionOf } from '../../platform/scopes.js';
import { discoverThemesOffThread, percentOf, ThemeRunCancelled } from './pipeline/off-thread.js';
import { changeableScope, readableScope } from './policy.js';
import { findJob, insertJob, openJobOfScope, updateOpenJob } from './queries.js';
import type { RunInput } from './schema.js';
import { type PreparedRun, prepareRun, storeRun } from './service.js';
import type { SynthesisJobTable } from './tables.js';

type JobRow = Omit<SynthesisJobTable, 'id'> & { id: number };

interface Entry {
  controller: AbortController;
  /** The clustering is over and the run is being written: too late to cancel. */
  storing: boolean;
}

/** This process's jobs: the queue (one clustering at a time), and the jobs not yet ended. */
interface Registry {
  queue: Promise<void>;
  entries: Map<number, Entry>;
  scopes: Map<string, number>;
  tasks: Set<Promise<void>>;
}

const registries = new WeakMap<Context, Registry>();

function registryOf(ctx: Context): Registry {
  let registry = registries.get(ctx);
  if (!registry) {
    registry = { queue: Promise.resolve(), entries: new Map(), scopes: new Map(), tasks: new Set() };
    registries.set(ctx, registry);
  }
  return registry;
}

/** Progress is written at most this often (and at every change of stage). */
const progressEveryMs = 250;

export function jobView(job: JobRow) {
  return {
    id: job.id,
    scope: job.scope,
    status: job.status,
    stage: job.stage,
    percent: job.percent,
    ideaCount: job.idea_count,
    k: job.k,
    runId: job.run_id,
    result: job.result_json ? (JSON.parse(job.result_json) as Awaited<ReturnType<typeof storeRun>>) : null,
    error: job.error,
    createdAt: job.created_at,
    updatedAt: job.updated_at,
  };
}

/**
 * A job this process no longer runs but the database says is under way was cut off by a restart:
 * it is closed as failed so the screen stops waiting and the scope can be grouped again.
 */
async function settleOrphan(ctx: Context, job: JobRow): Promise<JobRow> {
  if (job.status !== 'queued' && job.status !== 'running') return job;
  if (registryOf(ctx).entries.has(job.id)) return job;
  const values = {
    status: 'failed' as const,
    error: 'El servidor se reinició durante la agrupación; vuelve a agrupar.',
    updated_at: now(),
  };
  await updateOpenJob(ctx.db, job.id, values);
  return { ...job, ...values };
}

/** The scope's job under way, if any (for the themes screen to follow it). */
export async function openJob(ctx: Context, scope: string) {
  const job = await openJobOfScope(ctx.db, scope);
  if (!job) return null;
  const settled = await settleOrphan(ctx, job);
  return settled.status === 'queued' || settled.status === 'running' ? jobView(settled) : null;
}

/** Starts a theme run in the background; answers at once with the queued job. */
export async function startThemeJob(ctx: Context, actor: StaffActor, input: RunInput) {
  const prepared = await prepareRun(ctx, actor, input);
  const registry = registryOf(ctx);
  const running = registry.scopes.get(prepared.scope);
  if (running !== undefined) throw new AppError('synthesis_job_open', { jobId: running });
  registry.scopes.set(prepared.scope, -1); // taken before the insert's await, so two clicks make one job
  let id: number;
  try {
    const previous = await openJobOfScope(ctx.db, prepared.scope);
    if (previous) await settleOrphan(ctx, previous);
    const stamp = now();
    id = await insertJob(ctx.db, {
      scope: prepared.scope,
      k: input.k ?? null,
      seed: prepared.seed,
      status: 'queued',
      stage: null,
      percent: 0,
      idea_count: prepared.active.length,
      run_id: null,
      result_json: null,
      error: null,
      created_by: actor.id,
      created_at: stamp,
      updated_at: stamp,
    });
  } catch (error) {
    registry.scopes.delete(prepared.scope);
    throw error;
  }
  registry.scopes.set(prepared.scope, id);
  const entry: Entry = { controller: new AbortController(), storing: false };
  registry.entries.set(id, entry);
  const task = registry.queue
    .then(() => execute(ctx, actor, id, prepared, entry))
    .finally(() => {
      registry.entries.delete(id);
      registry.scopes.delete(prepared.scope);
      registry.tasks.delete(task);
    });
  registry.queue = task.catch(() => {});
  registry.tasks.add(task);
  const job = await findJob(ctx.db, id);
  if (!job) throw new AppError('not_found', { what: `trabajo ${id}` });
  return jobView(job);
}

async function execute(ctx: Context, actor: StaffActor, id: number, prepared: PreparedRun, entry: Entry) {
  const { signal } = entry.controller;
  if (signal.aborted) return;
  await updateOpenJob(ctx.db, id, { status: 'running', stage: 'texto', percent: 0, updated_at: now() });
  let writing: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;
  let lastStage = 'texto';
  let lastPercent = 0;
  const onProgress = (stage: string, done: number, total: number) => {
    const percent = Math.min(98, percentOf(stage, done, total));
    const moment = Date.now();
    if (stage === lastStage && (percent === lastPercent || moment - lastWrite < progressEveryMs)) return;
    lastWrite = moment;
    lastStage = stage;
    lastPercent = percent;
    writing = writing.then(() => updateOpenJob(ctx.db, id, { stage, percent, updated_at: now() }));
  };
  try {
    const result = await discoverThemesOffThread(prepared.ideas, prepared.options, { onProgress, signal });
    entry.storing = true;
    await writing;
    await updateOpenJob(ctx.db, id, { stage: 'guardando', percent: 99, updated_at: now() });
    const summary = await storeRun(ctx, actor, prepared, result);
    await updateOpenJob(ctx.db, id, {
      status: 'done',
      stage: null,
      percent: 100,
      run_id: summary.runId,
      result_json: JSON.stringify(summary),
      updated_at: now(),
    });
  } catch (error) {
    await writing.catch(() => {});
    if (error instanceof ThemeRunCancelled) return; // cancelJob has written the status
    const message = error instanceof Error ? error.message : String(error);
    await updateOpenJob(ctx.db, id, {
      status: 'failed',
      error: `La agrupación falló: ${message.slice(0, 500)}`,
      updated_at: now(),
    }).catch(() => {});
  }
}

/** A job the caller may see (and with `change`, cancel); outside their scope it does not exist. */
async function jobInScope(ctx: Context, actor: StaffActor, id: number, change: boolean) {
  const job = await findJob(ctx.db, id);
  const notFound = () => new AppError('not_found', { what: `trabajo ${id}` });
  if (!job) throw notFound();
  try {
    await (change ? changeableScope : readableScope)(ctx.db, actor, job.scope);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound();
    throw error;
  }
  return settleOrphan(ctx, job);
}

export async function getThemeJob(ctx: Context, actor: StaffActor, id: number) {
  return jobView(await jobInScope(ctx, actor, id, false));
}

/** Stops a queued or running job; its themes stay as the previous run left them. */
export async function cancelThemeJob(ctx: Context, actor: StaffActor, id: number) {
  const job = await jobInScope(ctx, actor, id, true);
  const entry = registryOf(ctx).entries.get(id);
  if (!entry || entry.storing || (job.status !== 'queued' && job.status !== 'running')) {
    throw new AppError('synthesis_job_ended', {
      jobId: id,
      status: entry?.storing ? 'guardando' : job.status,
    });
  }
  await commitChange(ctx, actor, async (trx, change) => {
    await updateOpenJob(trx, id, { status: 'cancelled', updated_at: now() });
    await change.audit({
      action: 'synthesis.job.cancel',
      entity: 'synthesis_job',
      entityId: id,
      regionCode: regionOf(job.scope),
      before: { status: job.status, percent: job.percent },
    });
  });
  entry.controller.abort();
  const after = await findJob(ctx.db, id);
  if (!after) throw new AppError('not_found', { what: `trabajo ${id}` });
  return jobView(after);
}

/** Stops this server's jobs (at shutdown): they end as cancelled, and their workers are ended. */
export async function stopThemeJobs(ctx: Context): Promise<void> {
  const registry = registries.get(ctx);
  if (!registry) return;
  for (const [id, entry] of registry.entries) {
    if (entry.storing) continue;
    await updateOpenJob(ctx.db, id, { status: 'cancelled', updated_at: now() }).catch(() => {});
    entry.controller.abort();
  }
  await Promise.allSettled([...registry.tasks]);
}
