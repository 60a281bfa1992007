import type { StaffActor } from '../../platform/auth/actor.js';
import { type Change, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { listRegions } from '../regions/index.js';
import { requireCycleConfigurer, requireTrackReader, requireTrackRunner } from './policy.js';
import * as q from './queries.js';
import {
  type FeedbackSessionPatch,
  type NewAttachment,
  type NewCycle,
  type NewFeedbackSession,
  type PhaseDates,
  phaseNames,
  type TrackPatch,
} from './schema.js';

const phaseLabels: Record<string, string> = {
  escucha_activa: 'escucha activa',
  priorizacion: 'priorización',
  cartera_anual: 'cartera anual',
  implementacion: 'implementación',
  evaluacion: 'evaluación',
};

/**
 * A warning, not a refusal, for each phase that starts or ends outside the cycle's year: a cycle
 * may honestly run into the next January, but «Ciclo 2026» with every phase in 2027 is a slip.
 */
export function phaseYearWarnings(year: number, phases: PhaseDates): string[] {
  return phases
    .filter((phase) => !phase.startsOn.startsWith(`${year}-`) || !phase.endsOn.startsWith(`${year}-`))
    .map(
      (phase) =>
        `La fase ${phaseLabels[phase.phase]} (${phase.startsOn} a ${phase.endsOn}) cae fuera del año del ciclo ${year}.`,
    );
}

/** Puts the phases in their canonical order and refuses dates that are not in order. */
export function orderedPhases(phases: PhaseDates): PhaseDates {
  const byName = new Map(phases.map((phase) => [phase.phase, phase]));
  if (byName.size !== phaseNames.length) {
    throw new AppError('phase_dates_out_of_order', { detail: 'cada fase debe aparecer una sola vez.' });
  }
  const ordered = phaseNames.map((name) => byName.get(name)!);
  ordered.forEach((phase, index) => {
    if (phase.endsOn < phase.startsOn) {
      throw new AppError(
        'phase_dates_out_of_order',
        {
          detail: `${phaseLabels[phase.phase]} termina (${phase.endsOn}) antes de empezar (${phase.startsOn}).`,
        },
        [{ path: `body.phases.${phase.phase}.endsOn`, message: 'termina antes de empezar' }],
      );
    }
    const previous = ordered[index - 1];
    if (previous && phase.startsOn < previous.endsOn) {
      throw new AppError(
        'phase_dates_out_of_order',
        {
          detail: `${phaseLabels[phase.phase]} empieza (${phase.startsOn}) antes de que termine ${phaseLabels[previous.phase]} (${previous.endsOn}).`,
        },
        [
          {
            path: `body.phases.${phase.phase}.startsOn`,
            message: `antes del fin de ${phaseLabels[previous.phase]}`,
          },
        ],
      );
    }
  });
  return ordered;
}

/** Dates every `months` months from `start` up to `end`, both YYYY-MM-DD. */
export function cadenceDates(start: string, end: string, months: number): string[] {
  if (months <= 0) return [];
  const dates: string[] = [];
  const first = new Date(`${start}T00:00:00Z`);
  for (let step = 1; step < 100; step += 1) {
    const date = new Date(first);
    date.setUTCMonth(first.getUTCMonth() + months * step);
    const text = date.toISOString().slice(0, 10);
    if (text > end) break;
    dates.push(text);
  }
  return dates;
}

/** Every cycle, newest first. */
export async function listCyclesFor(ctx: Context, _actor: StaffActor) {
  const cycles = await q.listCycles(ctx.db);
  return cycles.map(presentCycle);
}

function presentCycle(cycle: NonNullable<Awaited<ReturnType<typeof q.findCycle>>>) {
  return {
    id: cycle.id,
    year: cycle.year,
    title: cycle.title,
    status: cycle.status,
    requiresSource: cycle.requires_source === 1,
    previousCycleId: cycle.previous_cycle_id,
    createdAt: cycle.created_at,
  };
}

/**
 * Carries the unfinished initiatives of one cycle into the next, in the transaction that opens it,
 * and gives how many: the initiatives feature's (the composition root passes it, since initiatives
 * depend on cycles and not the other way round).
 */
export type CarryOver = (
  trx: Db,
  change: Change,
  fromCycleId: number,
  toCycleId: number,
  at: string,
) => Promise<number>;

/**
 * Creates the year's cycle with a track per region and the national calendar copied to each; it
 * starts from the previous cycle's evaluation (its lessons) and carries over unfinished initiatives.
 */
export async function createCycle(
  ctx: Context,
  actor: StaffActor | null,
  input: NewCycle,
  carryOver: CarryOver,
) {
  if (actor) requireCycleConfigurer(actor);
  const phases = orderedPhases(input.phases);
  const regions = input.regions ?? (await listRegions(ctx.db)).map((row) => row.code);
  return commitChange(ctx, actor, async (trx, change) => {
    if (await q.findCycleByYear(trx, input.year))
      throw new AppError('cycle_year_taken', { year: input.year });
    const at = now();
    const previous = await q.findLatestCycleBefore(trx, input.year);
    const cycleId = await q.insertCycle(trx, {
      year: input.year,
      title: input.title ?? `Ciclo anual ${input.year}`,
      status: 'abierto',
      requires_source: input.requiresSource ? 1 : 0,
      previous_cycle_id: previous?.id ?? null,
      created_by: actor?.id ?? null,
      created_at: at,
      updated_at: at,
    });
    const implementation = phases[phaseNames.indexOf('implementacion')];
    const feedbackDates = cadenceDates(
      implementation.startsOn,
      implementation.endsOn,
      input.feedbackEveryMonths,
    );
    for (const region of regions) {
      const previousTrack = previous ? await q.findTrackByRegion(trx, previous.id, region) : undefined;
      const trackId = await q.insertTrack(trx, {
        cycle_id: cycleId,
        region_code: region,
        starting_notes: previousTrack?.evaluation_notes ?? null,
        evaluation_notes: null,
        created_at: at,
        updated_at: at,
      });
      await q.insertPhases(
        trx,
        phases.map((phase, index) => ({
          track_id: trackId,
          phase: phase.phase,
          position: index + 1,
          starts_on: phase.startsOn,
          ends_on: phase.endsOn,
          completed_at: null,
        })),
      );
      for (const [index, date] of feedbackDates.entries()) {
        await q.insertFeedbackSession(trx, {
          track_id: trackId,
          title: `Retroalimentación ${index + 1}`,
          audience: 'participantes',
          planned_on: date,
          held_on: null,
          attendees: null,
          notes: null,
          ref_kind: null,
          ref_id: null,
          created_at: at,
          updated_at: at,
        });
      }
    }
    let carried = 0;
    if (previous) {
      carried = await carryOver(trx, change, previous.id, cycleId, at);
      await q.updateCycle(trx, previous.id, { status: 'cerrado', updated_at: at });
    }
    const after = {
      year: input.year,
      regions,
      requiresSource: input.requiresSource,
      previousCycleId: previous?.id ?? null,
      carriedInitiatives: carried,
    };
    await change.audit({ action: 'cycle.create', entity: 'cycle', entityId: cycleId, after });
    return { id: cycleId, ...after, warnings: phaseYearWarnings(input.year, phases) };
  });
}

/** A cycle with the tracks the caller may see. */
export async function getCycle(ctx: Context, actor: StaffActor, id: number) {
  const cycle = await q.findCycle(ctx.db, id);
  if (!cycle) throw new AppError('not_found', { what: `ciclo ${id}` });
  const tracks = await q.listTracks(ctx.db, id, actor.regions);
  return {
    ...presentCycle(cycle),
    tracks: tracks.map((track) => ({
      id: track.id,
      regionCode: track.region_code,
      regionName: track.region_name,
    })),
  };
}

async function loadTrack(db: Db, id: number) {
  const track = await q.findTrack(db, id);
  if (!track) throw new AppError('not_found', { what: 'ciclo regional' });
  return track;
}

function requireOpen(track: { cycle_status: string; year: number }) {
  if (track.cycle_status !== 'abierto') throw new AppError('cycle_closed', { year: track.year });
}

/** A region's track: phases with what they produced, feedback sessions, notes. */
export async function getTrack(ctx: Context, actor: StaffActor, id: number) {
  const track = await loadTrack(ctx.db, id);
  requireTrackReader(actor, track.region_code);
  const phases = await q.listPhases(ctx.db, [id]);
  const attachments = await q.listAttachments(
    ctx.db,
    phases.map((phase) => phase.id),
  );
  const sessions = await q.listFeedbackSessions(ctx.db, [id]);
  return {
    id: track.id,
    cycleId: track.cycle_id,
    year: track.year,
    cycleTitle: track.cycle_title,
    cycleStatus: track.cycle_status,
    regionCode: track.region_code,
    regionName: track.region_name,
    startingNotes: track.starting_notes,
    evaluationNotes: track.evaluation_notes,
    phases: phases.map((phase) => ({
      id: phase.id,
      phase: phase.phase,
      startsOn: phase.starts_on,
      endsOn: phase.ends_on,
      completedAt: phase.completed_at,
      attachments: attachments
        .filter((attachment) => attachment.phase_id === phase.id)
        .map((attachment) => ({
          id: attachment.id,
          kind: attachment.kind,
          refId: attachment.ref_id,
          label: attachment.dialogue_title ?? attachment.label,
          date: attachment.dialogue_date,
        })),
    })),
    feedbackSessions: sessions.map(presentSession),
  };
}

function presentSession(session: NonNullable<Awaited<ReturnType<typeof q.findFeedbackSession>>>) {
  return {
    id: session.id,
    title: session.title,
    audience: session.audience,
    plannedOn: session.planned_on,
    heldOn: session.held_on,
    attendees: session.attendees,
    notes: session.notes,
    ref: session.ref_kind && session.ref_id ? { kind: session.ref_kind, id: session.ref_id } : null,
  };
}

/** Changes a track's notes (where it starts from, what its evaluation taught). */
export async function updateTrackNotes(ctx: Context, actor: StaffActor, id: number, patch: TrackPatch) {
  return commitChange(ctx, actor, async (trx, change) => {
    const track = await loadTrack(trx, id);
    requireTrackRunner(actor, track.region_code);
    requireOpen(track);
    const before = { startingNotes: track.starting_notes, evaluationNotes: track.evaluation_notes };
    const after = {
      startingNotes: patch.startingNotes === undefined ? track.starting_notes : patch.startingNotes,
      evaluationNotes: patch.evaluationNotes === undefined ? track.evaluation_notes : patch.evaluationNotes,
    };
    await q.updateTrack(trx, id, {
      starting_notes: after.startingNotes,
      evaluation_notes: after.evaluationNotes,
      updated_at: now(),
    });
    await change.audit({
      action: 'cycle_track.update',
      entity: 'cycle_track',
      entityId: id,
      regionCode: track.region_code,
      before,
      after,
    });
    return { id, ...after };
  });
}

/** Replaces a track's phase dates; dates out of order are refused and nothing changes. */
export async function setPhaseDates(ctx: Context, actor: StaffActor, id: number, input: PhaseDates) {
  const phases = orderedPhases(input);
  let year = 0;
  await commitChange(ctx, actor, async (trx, change) => {
    const track = await loadTrack(trx, id);
    year = track.year;
    requireTrackRunner(actor, track.region_code);
    requireOpen(track);
    const current = await q.listPhases(trx, [id]);
    for (const phase of phases) {
      const row = current.find((candidate) => candidate.phase === phase.phase)!;
      await q.updatePhase(trx, row.id, { starts_on: phase.startsOn, ends_on: phase.endsOn });
    }
    await change.audit({
      action: 'cycle_track.phases',
      entity: 'cycle_track',
      entityId: id,
      regionCode: track.region_code,
      before: current.map((phase) => ({
        phase: phase.phase,
        startsOn: phase.starts_on,
        endsOn: phase.ends_on,
      })),
      after: phases,
    });
  });
  return { ...(await getTrack(ctx, actor, id)), warnings: phaseYearWarnings(year, phases) };
}

async function loadPhaseWithTrack(db: Db, phaseId: number) {
  const phase = await q.findPhase(db, phaseId);
  if (!phase) throw new AppError('not_found', { what: `fase ${phaseId}` });
  return { phase, track: await loadTrack(db, phase.track_id) };
}

/** Marks a phase done (or reopens it). */
export async function setPhaseCompleted(
  ctx: Context,
  actor: StaffActor,
  phaseId: number,
  completed: boolean,
) {
  return commitChange(ctx, actor, async (trx, change) => {
    const { phase, track } = await loadPhaseWithTrack(trx, phaseId);
    requireTrackRunner(actor, track.region_code, `fase ${phaseId}`);
    requireOpen(track);
    const completedAt = completed ? (phase.completed_at ?? now()) : null;
    await q.updatePhase(trx, phaseId, { completed_at: completedAt });
    await change.audit({
      action: completed ? 'cycle_phase.complete' : 'cycle_phase.reopen',
      entity: 'cycle_phase',
      entityId: phaseId,
      regionCode: track.region_code,
      before: { completedAt: phase.completed_at },
      after: { completedAt },
    });
    return { id: phaseId, phase: phase.phase, completedAt };
  });
}

const referenceWords: Record<string, string> = {
  dialogue: 'diálogo',
  interview: 'entrevista',
  council_session: 'sesión de consejo',
  theme: 'tema',
  consultation: 'consulta en línea',
};

/** Attaches what a phase produced: a dialogue of the region, or a typed reference to another feature. */
/** What a phase may attach, searched by title, for whoever may attach it; already attached ones are marked. */
export async function attachCandidates(
  ctx: Context,
  actor: StaffActor,
  phaseId: number,
  query: { kind: NewAttachment['kind']; q?: string },
) {
  const { track } = await loadPhaseWithTrack(ctx.db, phaseId);
  requireTrackRunner(actor, track.region_code, `fase ${phaseId}`);
  const [rows, attached] = await Promise.all([
    q.attachCandidates(ctx.db, {
      kind: query.kind,
      regionCode: track.region_code,
      cycleId: track.cycle_id,
      q: query.q,
      limit: 20,
    }),
    q.listAttachments(ctx.db, [phaseId]),
  ]);
  const taken = new Set(attached.filter((row) => row.kind === query.kind).map((row) => row.ref_id));
  return {
    kind: query.kind,
    candidates: rows.map((row) => ({ ...row, attached: taken.has(row.refId) })),
  };
}

export async function attachToPhase(ctx: Context, actor: StaffActor, phaseId: number, input: NewAttachment) {
  return commitChange(ctx, actor, async (trx, change) => {
    const { track } = await loadPhaseWithTrack(trx, phaseId);
    requireTrackRunner(actor, track.region_code, `fase ${phaseId}`);
    requireOpen(track);
    // Every kind resolves now that listening, councils and synthesis exist: it must exist and be
    // of the track's region (a national theme serves every region, a cycle's theme its own tracks).
    const target = await q.findReference(trx, input.kind, input.refId);
    if (
      !target ||
      (target.regionCode !== null && target.regionCode !== track.region_code) ||
      (target.cycleId != null && target.cycleId !== track.cycle_id)
    ) {
      throw new AppError('reference_unknown', {
        kind: referenceWords[input.kind] ?? input.kind,
        id: input.refId,
      });
    }
    const label = target.label;
    const id = await q.insertAttachment(trx, {
      phase_id: phaseId,
      kind: input.kind,
      ref_id: input.refId,
      label,
      created_by: actor.id,
      created_at: now(),
    });
    if (id === null) throw new AppError('already_exists', { what: `${input.kind} ${input.refId}` });
    await change.audit({
      action: 'cycle_phase.attach',
      entity: 'cycle_phase',
      entityId: phaseId,
      regionCode: track.region_code,
      after: { attachmentId: id, kind: input.kind, refId: input.refId, label },
    });
    return { id, kind: input.kind, refId: input.refId, label };
  });
}

export async function detachFromPhase(ctx: Context, actor: StaffActor, attachmentId: number) {
  await commitChange(ctx, actor, async (trx, change) => {
    const attachment = await q.findAttachment(trx, attachmentId);
    if (!attachment) throw new AppError('not_found', { what: `adjunto ${attachmentId}` });
    const { track } = await loadPhaseWithTrack(trx, attachment.phase_id);
    requireTrackRunner(actor, track.region_code, `adjunto ${attachmentId}`);
    requireOpen(track);
    await q.deleteAttachment(trx, attachmentId);
    await change.audit({
      action: 'cycle_phase.detach',
      entity: 'cycle_phase',
      entityId: attachment.phase_id,
      regionCode: track.region_code,
      before: { attachmentId, kind: attachment.kind, refId: attachment.ref_id },
    });
  });
}

async function implementationWindow(db: Db, trackId: number) {
  const phases = await q.listPhases(db, [trackId]);
  return phases.find((phase) => phase.phase === 'implementacion')!;
}

/** Plans (or records) a feedback session inside the implementation phase. */
export async function addFeedbackSession(
  ctx: Context,
  actor: StaffActor,
  trackId: number,
  input: NewFeedbackSession,
) {
  return commitChange(ctx, actor, async (trx, change) => {
    const track = await loadTrack(trx, trackId);
    requireTrackRunner(actor, track.region_code);
    requireOpen(track);
    const window = await implementationWindow(trx, trackId);
    if (input.plannedOn < window.starts_on || input.plannedOn > window.ends_on) {
      throw new AppError(
        'feedback_outside_implementation',
        { startsOn: window.starts_on, endsOn: window.ends_on },
        [{ path: 'body.plannedOn', message: `entre ${window.starts_on} y ${window.ends_on}` }],
      );
    }
    const at = now();
    const id = await q.insertFeedbackSession(trx, {
      track_id: trackId,
      title: input.title,
      audience: input.audience,
      planned_on: input.plannedOn,
      held_on: input.heldOn ?? null,
      attendees: input.attendees ?? null,
      notes: input.notes ?? null,
      ref_kind: input.ref?.kind ?? null,
      ref_id: input.ref?.id ?? null,
      created_at: at,
      updated_at: at,
    });
    const session = (await q.findFeedbackSession(trx, id))!;
    await change.audit({
      action: 'feedback_session.create',
      entity: 'feedback_session',
      entityId: id,
      regionCode: track.region_code,
      after: presentSession(session),
    });
    return presentSession(session);
  });
}

/** Records what happened at a feedback session (held date, attendance, notes) or moves it. */
export async function updateFeedbackSession(
  ctx: Context,
  actor: StaffActor,
  id: number,
  patch: FeedbackSessionPatch,
) {
  return commitChange(ctx, actor, async (trx, change) => {
    const session = await q.findFeedbackSession(trx, id);
    if (!session) throw new AppError('not_found', { what: `sesión ${id}` });
    const track = await loadTrack(trx, session.track_id);
    requireTrackRunner(actor, track.region_code, `sesión ${id}`);
    requireOpen(track);
    if (patch.plannedOn) {
      const window = await implementationWindow(trx, track.id);
      if (patch.plannedOn < window.starts_on || patch.plannedOn > window.ends_on) {
        throw new AppError('feedback_outside_implementation', {
          startsOn: window.starts_on,
          endsOn: window.ends_on,
        });
      }
    }
    await q.updateFeedbackSession(trx, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.audience !== undefined ? { audience: patch.audience } : {}),
      ...(patch.plannedOn !== undefined ? { planned_on: patch.plannedOn } : {}),
      ...(patch.heldOn !== undefined ? { held_on: patch.heldOn } : {}),
      ...(patch.attendees !== undefined ? { attendees: patch.attendees } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
      ...(patch.ref !== undefined
        ? { ref_kind: patch.ref?.kind ?? null, ref_id: patch.ref?.id ?? null }
        : {}),
      updated_at: now(),
    });
    const after = (await q.findFeedbackSession(trx, id))!;
    await change.audit({
      action: 'feedback_session.update',
      entity: 'feedback_session',
      entityId: id,
      regionCode: track.region_code,
      before: presentSession(session),
      after: presentSession(after),
    });
    return presentSession(after);
  });
}
