import type { StaffActor } from '../../platform/auth/actor.js';
import { type Change, commitChange } from '../../platform/change.js';
import type { Config } from '../../platform/config.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { dialoguesOfTracks, findCycle, findTrack, requireTrackReader } from '../cycles/index.js';
import { enqueueIdeaNews, wakeOutbox } from '../notifications/index.js';
import { assignmentsOfTheme, findTheme } from '../synthesis/index.js';
import { dotsAtChainEnds, dotsInDialogues } from '../votes/index.js';
import { requireInitiativeManager, requireInitiativeReader } from './policy.js';
import * as q from './queries.js';
import type { InitiativePatch, MilestonePatch, NewInitiative, NewSource } from './schema.js';
import type { InitiativeStatus } from './tables.js';

type InitiativeRow = NonNullable<Awaited<ReturnType<typeof q.findInitiative>>>;

function present(row: Omit<InitiativeRow, 'cycle_status' | 'requires_source'>) {
  return {
    id: row.id,
    cycleId: row.cycle_id,
    year: row.year,
    regionCode: row.region_code,
    title: row.title,
    description: row.description,
    responsibleUnit: row.responsible_unit,
    budgetPesos: row.budget_pesos,
    status: row.status,
    discardReason: row.discard_reason,
    progressPercent: row.progress_percent,
    carriedFromId: row.carried_from_id,
    updatedAt: row.updated_at,
  };
}

async function loadInitiative(db: Db, id: number) {
  const row = await q.findInitiative(db, id);
  if (!row) throw new AppError('not_found', { what: `iniciativa ${id}` });
  return row;
}

/**
 * The ideas an initiative's sources stand for: its idea sources, and every idea a synthesis theme
 * source holds, so that people behind a theme hear about it too.
 */
async function ideasOfSources(db: Db, sources: Array<{ kind: string; refId: number }>): Promise<number[]> {
  const ids = new Set(sources.filter((source) => source.kind === 'idea').map((source) => source.refId));
  for (const source of sources.filter((item) => item.kind === 'theme')) {
    for (const assignment of await assignmentsOfTheme(db, source.refId)) ids.add(assignment.idea_id);
  }
  return [...ids];
}

function requireOpenCycle(row: { cycle_status: string; year: number }) {
  if (row.cycle_status !== 'abierto') throw new AppError('cycle_closed', { year: row.year });
}

/** Checks idea sources: the idea exists, is visible, and (for a regional initiative) is of that region. */
async function checkSources(db: Db, regionCode: string | null, sources: NewSource[]) {
  const ideaIds = sources.filter((source) => source.kind === 'idea').map((source) => source.refId);
  const ideas = new Map((await q.findIdeas(db, ideaIds)).map((idea) => [idea.id, idea]));
  for (const [index, source] of sources.entries()) {
    if (source.kind === 'theme' && !(await findTheme(db, source.refId))) {
      throw new AppError('reference_unknown', { kind: 'tema', id: source.refId }, [
        { path: `body.sources.${index}.refId`, message: `no existe el tema ${source.refId}` },
      ]);
    }
  }
  sources.forEach((source, index) => {
    if (source.kind !== 'idea') return;
    const idea = ideas.get(source.refId);
    if (!idea || idea.hidden_at || (regionCode !== null && idea.region_code !== regionCode)) {
      throw new AppError('reference_unknown', { kind: 'idea', id: source.refId }, [
        { path: `body.sources.${index}.refId`, message: `no existe la idea ${source.refId} en la región` },
      ]);
    }
  });
  return ideas;
}

async function notifySource(
  db: Db,
  config: Config,
  initiative: {
    id: number;
    title: string;
    status: string;
    progress_percent: number;
    discard_reason: string | null;
  },
  ideaIds: number[],
) {
  // One message per person for the whole set of ideas, however many of theirs it holds.
  if (!ideaIds.length) return;
  await enqueueIdeaNews(db, config, {
    key: `initiative-source:${initiative.id}:${[...ideaIds].sort((a, b) => a - b).join('-')}`,
    ideaIds,
    initiative: {
      id: initiative.id,
      title: initiative.title,
      status: initiative.status,
      progress: initiative.progress_percent,
      discardReason: initiative.discard_reason,
    },
    change: 'source',
  });
}

/** Creates an initiative of the portfolio from prioritised ideas or themes. */
export async function createInitiative(ctx: Context, actor: StaffActor, input: NewInitiative) {
  requireInitiativeManager(actor, input.regionCode);
  const id = await commitChange(ctx, actor, async (trx, change) => {
    const cycle = await findCycle(trx, input.cycleId);
    if (!cycle) throw new AppError('not_found', { what: `ciclo ${input.cycleId}` });
    requireOpenCycle({ cycle_status: cycle.status, year: cycle.year });
    if (cycle.requires_source === 1 && input.sources.length === 0) {
      throw new AppError('source_required', {}, [
        { path: 'body.sources', message: 'al menos una idea o tema' },
      ]);
    }
    await checkSources(trx, input.regionCode, input.sources);
    const at = now();
    const row = {
      cycle_id: input.cycleId,
      region_code: input.regionCode,
      title: input.title,
      description: input.description ?? null,
      responsible_unit: input.responsibleUnit,
      budget_pesos: input.budgetPesos,
      status: 'propuesta' as InitiativeStatus,
      discard_reason: null,
      progress_percent: 0,
      carried_from_id: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    };
    const id = await q.insertInitiative(trx, row);
    await q.insertSources(
      trx,
      input.sources.map((source) => ({
        initiative_id: id,
        kind: source.kind,
        ref_id: source.refId,
        label: source.label ?? null,
        created_at: at,
      })),
    );
    await q.insertMilestones(
      trx,
      input.milestones.map((milestone, index) => ({
        initiative_id: id,
        position: index + 1,
        title: milestone.title,
        due_on: milestone.dueOn,
      })),
    );
    await change.audit({
      action: 'initiative.create',
      entity: 'initiative',
      entityId: id,
      regionCode: input.regionCode,
      after: input,
    });
    await notifySource(trx, ctx.config, { id, ...row }, await ideasOfSources(trx, input.sources));
    return id;
  });
  wakeOutbox(ctx);
  return getInitiative(ctx, actor, id);
}

/** An initiative with its trail (sources), milestones and progress updates. */
export async function getInitiative(ctx: Context, actor: StaffActor, id: number) {
  const row = await loadInitiative(ctx.db, id);
  requireInitiativeReader(actor, row.region_code, `iniciativa ${id}`);
  const [sources, milestones, updates] = await Promise.all([
    q.listSources(ctx.db, [id]),
    q.listMilestones(ctx.db, [id]),
    q.listUpdates(ctx.db, [id]),
  ]);
  return {
    ...present(row),
    cycleStatus: row.cycle_status,
    requiresSource: row.requires_source === 1,
    sources: sources.map((source) => ({
      kind: source.kind,
      refId: source.ref_id,
      label: source.idea_text ?? source.label,
      dialogueId: source.dialogue_id,
      dialogueTitle: source.dialogue_title,
    })),
    milestones: milestones.map((milestone) => ({
      id: milestone.id,
      title: milestone.title,
      dueOn: milestone.due_on,
      doneOn: milestone.done_on,
    })),
    updates: updates.map((update) => ({
      id: update.id,
      reportedOn: update.reported_on,
      statusBefore: update.status_before,
      statusAfter: update.status_after,
      progressBefore: update.progress_before,
      progressAfter: update.progress_after,
      note: update.note,
      origin: update.origin,
      author: update.author_name,
      createdAt: update.created_at,
    })),
  };
}

/** Initiatives the caller may see, filtered by cycle, region ('nacional' for national ones) and status. */
export async function listInitiativesFor(
  ctx: Context,
  actor: StaffActor,
  filter: { cycleId?: number; region?: string; status?: string },
) {
  if (filter.region && filter.region !== 'nacional') requireInitiativeReader(actor, filter.region);
  const rows = await q.listInitiatives(ctx.db, {
    cycleId: filter.cycleId,
    regions: actor.regions,
    region: filter.region === 'nacional' ? null : filter.region,
    status: filter.status,
  });
  return rows.map(present);
}

export interface ProgressChange {
  status?: InitiativeStatus;
  progressPercent?: number;
  discardReason?: string;
  note?: string;
  reportedOn?: string;
}

/**
 * Applies a status/progress change inside the caller's transaction: records the update, the audit
 * entry and, when the status changes, the outbox messages to the ideas' participants.
 */
export async function applyProgress(
  db: Db,
  change: Change,
  config: Config,
  actor: StaffActor,
  row: InitiativeRow,
  update: ProgressChange,
  origin: 'manual' | 'bulk',
) {
  const status = update.status ?? row.status;
  const progress = update.progressPercent ?? row.progress_percent;
  const discardReason = status === 'descartada' ? (update.discardReason ?? row.discard_reason) : null;
  if (status === 'descartada' && !discardReason) {
    throw new AppError('discard_reason_required', {}, [
      { path: 'body.discardReason', message: 'obligatorio al descartar' },
    ]);
  }
  if (
    status === row.status &&
    progress === row.progress_percent &&
    !update.note &&
    discardReason === row.discard_reason
  )
    return null;
  const at = now();
  await q.updateInitiative(db, row.id, {
    status,
    progress_percent: progress,
    discard_reason: discardReason,
    updated_at: at,
  });
  const updateId = await q.insertUpdate(db, {
    initiative_id: row.id,
    reported_on: update.reportedOn ?? at.slice(0, 10),
    status_before: row.status,
    status_after: status,
    progress_before: row.progress_percent,
    progress_after: progress,
    note: update.note ?? null,
    origin,
    author_id: actor.id,
    created_at: at,
  });
  await change.audit({
    action: origin === 'bulk' ? 'initiative.progress_import' : 'initiative.progress',
    entity: 'initiative',
    entityId: row.id,
    regionCode: row.region_code,
    before: { status: row.status, progressPercent: row.progress_percent, discardReason: row.discard_reason },
    after: { status, progressPercent: progress, discardReason, note: update.note ?? null },
  });
  if (status !== row.status) {
    const sources = await q.listSources(db, [row.id]);
    await enqueueIdeaNews(db, config, {
      key: `initiative-update:${updateId}`,
      ideaIds: await ideasOfSources(
        db,
        sources.map((source) => ({ kind: source.kind, refId: source.ref_id })),
      ),
      initiative: { id: row.id, title: row.title, status, progress, discardReason },
      change: 'status',
      statusBefore: row.status,
    });
  }
  return updateId;
}

/** Changes an initiative: its description fields, and its status or progress (recorded as an update). */
export async function updateInitiative(ctx: Context, actor: StaffActor, id: number, patch: InitiativePatch) {
  await commitChange(ctx, actor, async (trx, change) => {
    const row = await loadInitiative(trx, id);
    requireInitiativeReader(actor, row.region_code, `iniciativa ${id}`);
    requireInitiativeManager(actor, row.region_code, `iniciativa ${id}`);
    requireOpenCycle(row);
    const fields = {
      title: patch.title ?? row.title,
      description: patch.description === undefined ? row.description : patch.description,
      responsible_unit: patch.responsibleUnit ?? row.responsible_unit,
      budget_pesos: patch.budgetPesos ?? row.budget_pesos,
    };
    const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter(
      (key) => fields[key] !== row[key],
    );
    if (changed.length) {
      await q.updateInitiative(trx, id, { ...fields, updated_at: now() });
      await change.audit({
        action: 'initiative.update',
        entity: 'initiative',
        entityId: id,
        regionCode: row.region_code,
        before: Object.fromEntries(changed.map((key) => [key, row[key]])),
        after: Object.fromEntries(changed.map((key) => [key, fields[key]])),
      });
    }
    await applyProgress(trx, change, ctx.config, actor, { ...row, ...fields }, patch, 'manual');
  });
  wakeOutbox(ctx);
  return getInitiative(ctx, actor, id);
}

/** Adds a source (idea or theme) to an initiative's trail; the idea's participants are told. */
export async function addSource(ctx: Context, actor: StaffActor, id: number, source: NewSource) {
  await commitChange(ctx, actor, async (trx, change) => {
    const row = await loadInitiative(trx, id);
    requireInitiativeReader(actor, row.region_code, `iniciativa ${id}`);
    requireInitiativeManager(actor, row.region_code, `iniciativa ${id}`);
    requireOpenCycle(row);
    await checkSources(trx, row.region_code, [source]);
    await q.insertSources(trx, [
      {
        initiative_id: id,
        kind: source.kind,
        ref_id: source.refId,
        label: source.label ?? null,
        created_at: now(),
      },
    ]);
    await change.audit({
      action: 'initiative.source_add',
      entity: 'initiative',
      entityId: id,
      regionCode: row.region_code,
      after: source,
    });
    await notifySource(trx, ctx.config, row, await ideasOfSources(trx, [source]));
  });
  wakeOutbox(ctx);
  return getInitiative(ctx, actor, id);
}

/** Removes a source; refused when the cycle requires one and it is the last. */
export async function removeSource(ctx: Context, actor: StaffActor, id: number, kind: string, refId: number) {
  await commitChange(ctx, actor, async (trx, change) => {
    const row = await loadInitiative(trx, id);
    requireInitiativeReader(actor, row.region_code, `iniciativa ${id}`);
    requireInitiativeManager(actor, row.region_code, `iniciativa ${id}`);
    requireOpenCycle(row);
    await q.deleteSource(trx, id, kind, refId);
    if (row.requires_source === 1 && (await q.countSources(trx, id)) === 0)
      throw new AppError('source_required');
    await change.audit({
      action: 'initiative.source_remove',
      entity: 'initiative',
      entityId: id,
      regionCode: row.region_code,
      before: { kind, refId },
    });
  });
  return getInitiative(ctx, actor, id);
}

export async function addMilestone(
  ctx: Context,
  actor: StaffActor,
  id: number,
  input: { title: string; dueOn: string },
) {
  await commitChange(ctx, actor, async (trx, change) => {
    const row = await loadInitiative(trx, id);
    requireInitiativeReader(actor, row.region_code, `iniciativa ${id}`);
    requireInitiativeManager(actor, row.region_code, `iniciativa ${id}`);
    requireOpenCycle(row);
    const position = await q.nextMilestonePosition(trx, id);
    await q.insertMilestones(trx, [{ initiative_id: id, position, title: input.title, due_on: input.dueOn }]);
    await change.audit({
      action: 'initiative.milestone_add',
      entity: 'initiative',
      entityId: id,
      regionCode: row.region_code,
      after: input,
    });
  });
  return getInitiative(ctx, actor, id);
}

export async function updateMilestone(
  ctx: Context,
  actor: StaffActor,
  milestoneId: number,
  patch: MilestonePatch,
) {
  const initiativeId = await commitChange(ctx, actor, async (trx, change) => {
    const milestone = await q.findMilestone(trx, milestoneId);
    if (!milestone) throw new AppError('not_found', { what: `hito ${milestoneId}` });
    const row = await loadInitiative(trx, milestone.initiative_id);
    requireInitiativeReader(actor, row.region_code, `hito ${milestoneId}`);
    requireInitiativeManager(actor, row.region_code, `hito ${milestoneId}`);
    requireOpenCycle(row);
    const after = {
      title: patch.title ?? milestone.title,
      due_on: patch.dueOn ?? milestone.due_on,
      done_on: patch.doneOn === undefined ? milestone.done_on : patch.doneOn,
    };
    await q.updateMilestone(trx, milestoneId, after);
    await change.audit({
      action: 'initiative.milestone_update',
      entity: 'initiative',
      entityId: row.id,
      regionCode: row.region_code,
      before: { milestoneId, title: milestone.title, dueOn: milestone.due_on, doneOn: milestone.done_on },
      after: { milestoneId, title: after.title, dueOn: after.due_on, doneOn: after.done_on },
    });
    return row.id;
  });
  return getInitiative(ctx, actor, initiativeId);
}

/** The ideas of the dialogues attached to a region's track, strongest first: the candidates to prioritise. */
export async function candidateIdeas(ctx: Context, actor: StaffActor, trackId: number) {
  const track = await findTrack(ctx.db, trackId);
  if (!track) throw new AppError('not_found', { what: 'ciclo regional' });
  requireTrackReader(actor, track.region_code);
  const dialogues = await dialoguesOfTracks(ctx.db, [trackId]);
  const dialogueIds = dialogues.map((dialogue) => dialogue.id);
  const ideas = await q.ideasOfDialogues(ctx.db, dialogueIds);
  const totals = dotsAtChainEnds(ideas, await dotsInDialogues(ctx.db, dialogueIds));
  const used = await q.initiativesFromIdeas(
    ctx.db,
    ideas.map((idea) => idea.id),
  );
  return ideas
    .filter((idea) => !idea.hidden_at && !idea.merged_into_id)
    .map((idea) => ({
      id: idea.id,
      text: idea.text,
      dialogueId: idea.dialogue_id,
      dialogueTitle: idea.dialogue_title,
      dots: totals.get(idea.id) ?? 0,
      initiatives: used
        .filter((row) => row.idea_id === idea.id)
        .map((row) => ({ id: row.id, title: row.title, status: row.status })),
    }))
    .sort((a, b) => b.dots - a.dots || a.id - b.id);
}
