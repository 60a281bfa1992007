import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { today } from '../../platform/dates.js';
import { AppError } from '../../platform/errors/index.js';
import {
  dialoguesOfTracks,
  findCycle,
  listFeedbackSessions,
  listPhases,
  listTracks,
  phaseNames,
} from '../cycles/index.js';
import { chainEnds, figuresOfDialogues } from '../figures/index.js';
import {
  ideasOfDialogues,
  initiativeStatusCounts,
  initiativeStatuses,
  initiativesFromIdeas,
  lateMilestones,
} from '../initiatives/index.js';
import { evaluationRatings } from './queries.js';

function emptyStatusCounts() {
  return Object.fromEntries(initiativeStatuses.map((status) => [status, 0])) as Record<string, number>;
}

/**
 * The national board: every region's track with its current phase, progress and what is late
 * (phases past their end not marked done, feedback sessions planned but not held, milestones due).
 */
export async function cycleBoard(ctx: Context, actor: StaffActor, cycleId: number, on = today()) {
  const cycle = await findCycle(ctx.db, cycleId);
  if (!cycle) throw new AppError('not_found', { what: `ciclo ${cycleId}` });
  const tracks = await listTracks(ctx.db, cycleId, actor.regions);
  const trackIds = tracks.map((track) => track.id);
  const [phases, sessions, counts, milestones, dialogues] = await Promise.all([
    listPhases(ctx.db, trackIds),
    listFeedbackSessions(ctx.db, trackIds),
    initiativeStatusCounts(ctx.db, cycleId),
    lateMilestones(ctx.db, cycleId, on),
    dialoguesOfTracks(ctx.db, trackIds),
  ]);
  const rows = tracks.map((track) => {
    const mine = phases.filter((phase) => phase.track_id === track.id);
    const current = mine.find((phase) => phase.starts_on <= on && on <= phase.ends_on);
    const late: Array<{ kind: string; label: string; due: string; id: number }> = [];
    for (const phase of mine) {
      if (!phase.completed_at && phase.ends_on < on)
        late.push({ kind: 'phase', id: phase.id, label: phase.phase, due: phase.ends_on });
    }
    const feedback = sessions.filter((session) => session.track_id === track.id);
    for (const session of feedback) {
      if (!session.held_on && session.planned_on < on)
        late.push({ kind: 'feedback', id: session.id, label: session.title, due: session.planned_on });
    }
    for (const milestone of milestones.filter((row) => row.region_code === track.region_code)) {
      late.push({
        kind: 'milestone',
        id: milestone.id,
        label: `${milestone.initiative_title}: ${milestone.title}`,
        due: milestone.due_on,
      });
    }
    const initiatives = emptyStatusCounts();
    for (const row of counts.filter((count) => count.region_code === track.region_code))
      initiatives[row.status] = Number(row.n);
    const completed = mine.filter((phase) => phase.completed_at).length;
    return {
      trackId: track.id,
      regionCode: track.region_code,
      regionName: track.region_name,
      currentPhase: current?.phase ?? (mine[0] && on < mine[0].starts_on ? 'antes' : 'terminado'),
      phasesCompleted: completed,
      phasesTotal: phaseNames.length,
      phases: mine.map((phase) => ({
        phase: phase.phase,
        startsOn: phase.starts_on,
        endsOn: phase.ends_on,
        completedAt: phase.completed_at,
      })),
      dialogues: dialogues.filter((dialogue) => dialogue.track_id === track.id).length,
      feedbackPlanned: feedback.length,
      feedbackHeld: feedback.filter((session) => session.held_on).length,
      initiatives,
      late: late.sort((a, b) => a.due.localeCompare(b.due)),
    };
  });
  const national = emptyStatusCounts();
  for (const row of counts.filter((count) => count.region_code === null))
    national[row.status] = Number(row.n);
  return {
    cycle: { id: cycle.id, year: cycle.year, title: cycle.title, status: cycle.status },
    on,
    tracks: rows,
    nationalInitiatives: national,
  };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * Indicators of a cycle for each region the caller sees: share of ideas with a known outcome,
 * initiatives by status, days from dialogue to first feedback, feedback sessions held vs planned,
 * and the method's satisfaction over the years (from the dialogues' evaluations).
 */
export async function cycleIndicators(ctx: Context, actor: StaffActor, cycleId: number, region?: string) {
  const cycle = await findCycle(ctx.db, cycleId);
  if (!cycle) throw new AppError('not_found', { what: `ciclo ${cycleId}` });
  if (region && !actor.regions.includes(region)) throw new AppError('not_found', { what: region });
  const tracks = await listTracks(ctx.db, cycleId, region ? [region] : actor.regions);
  const trackIds = tracks.map((track) => track.id);
  const [sessions, counts, dialogues] = await Promise.all([
    listFeedbackSessions(ctx.db, trackIds),
    initiativeStatusCounts(ctx.db, cycleId),
    dialoguesOfTracks(ctx.db, trackIds),
  ]);
  const dialogueIds = [...new Set(dialogues.map((dialogue) => dialogue.id))];
  const ideas = await ideasOfDialogues(ctx.db, dialogueIds);
  const ends = chainEnds(ideas);
  // An idea after merges has an outcome when an initiative came from it or from an idea merged into it.
  const sourcedEnds = new Set(
    (
      await initiativesFromIdeas(
        ctx.db,
        ideas.map((idea) => idea.id),
      )
    ).map((row) => ends.get(row.idea_id) ?? row.idea_id),
  );
  const figures = await figuresOfDialogues(ctx.db, dialogueIds);
  const satisfaction = await satisfactionByYear(ctx, region ? [region] : actor.regions);

  const rows = tracks.map((track) => {
    const trackDialogues = dialogues.filter((dialogue) => dialogue.track_id === track.id);
    const ids = new Set(trackDialogues.map((dialogue) => dialogue.id));
    const visible = ideas.filter(
      (idea) => ids.has(idea.dialogue_id) && !idea.hidden_at && idea.merged_into_id === null,
    );
    const known = visible.filter((idea) => sourcedEnds.has(idea.id)).length;
    // The figures module's count, the same on every surface (equal to `visible.length`).
    const visibleCount = [...ids].reduce((sum, id) => sum + (figures.get(id)?.ideas_visible ?? 0), 0);
    const feedback = sessions.filter((session) => session.track_id === track.id);
    const held = feedback
      .filter((session) => session.held_on)
      .map((session) => session.held_on as string)
      .sort();
    const delays = trackDialogues
      .map((dialogue) => held.find((date) => date >= dialogue.date))
      .map((date, index) => (date ? daysBetween(trackDialogues[index].date, date) : null))
      .filter((value): value is number => value !== null);
    const initiatives = emptyStatusCounts();
    for (const row of counts.filter((count) => count.region_code === track.region_code))
      initiatives[row.status] = Number(row.n);
    return {
      regionCode: track.region_code,
      regionName: track.region_name,
      ideas: visibleCount,
      ideasWithOutcome: known,
      outcomeShare: visibleCount ? known / visibleCount : null,
      initiatives,
      dialogues: trackDialogues.length,
      dialoguesWithFeedback: delays.length,
      medianDaysToFirstFeedback: median(delays),
      feedbackPlanned: feedback.length,
      feedbackHeld: held.length,
    };
  });
  const national = emptyStatusCounts();
  for (const row of counts.filter((count) => count.region_code === null))
    national[row.status] = Number(row.n);
  return {
    cycle: { id: cycle.id, year: cycle.year },
    regions: rows,
    nationalInitiatives: national,
    satisfaction,
  };
}

/** Ratings of every evaluated dialogue in these regions, per year of the dialogue. */
async function satisfactionByYear(ctx: Context, regions: string[]) {
  if (!regions.length) return [];
  const rows = await evaluationRatings(ctx.db, regions);
  const years = new Map<number, Record<string, number>>();
  for (const row of rows) {
    const year = Number(row.date.slice(0, 4));
    const counts = years.get(year) ?? { excelente: 0, bueno: 0, regular: 0, malo: 0 };
    counts[row.rating] = (counts[row.rating] ?? 0) + 1;
    years.set(year, counts);
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, counts]) => {
      const total = counts.excelente + counts.bueno + counts.regular + counts.malo;
      return {
        year,
        total,
        ...counts,
        positiveShare: total ? (counts.excelente + counts.bueno) / total : null,
      };
    });
}
