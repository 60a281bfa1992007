import type { StaffActor } from '../../platform/auth/actor.js';
import {
  isNational,
  requireNational,
  requireRegionManager,
  requireRegionVisible,
} from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { cycleOfScope, NATION } from '../../platform/scopes.js';
import { dialoguesOfTracks, findCycle, listTracks } from '../cycles/index.js';
import type { ScopeFilter } from './queries.js';

/** A scope as one caller sees it: which ideas it covers for them, and what it is. */
export interface Scope extends ScopeFilter {
  scope: string;
  /** The annual cycle behind a `ciclo-<id>` scope. */
  cycle?: { id: number; year: number; status: string };
  /** The caller sees only part of the scope's ideas (a cycle, outside the national team). */
  partial: boolean;
}

/** The scope shown when none is asked for: the nation for the national team, else the first region. */
export function defaultScope(staff: StaffActor): string {
  const scope = isNational(staff) ? NATION : staff.regions[0];
  if (!scope) throw new AppError('not_found', { what: 'región' });
  return scope;
}

/**
 * The scope a caller may read. Nation: the national team. Region: who sees the region. Cycle: any
 * staff, because a cycle is national with a track per region; outside the national team only the
 * ideas of the caller's regions' dialogues count, as everywhere else.
 */
export async function readableScope(db: Db, staff: StaffActor, requested?: string): Promise<Scope> {
  const scope = requested ?? defaultScope(staff);
  if (scope === NATION) {
    if (!isNational(staff)) throw new AppError('not_found', { what: 'síntesis nacional' });
    return { scope, regions: 'all', partial: false };
  }
  const cycleId = cycleOfScope(scope);
  if (cycleId !== null) {
    const cycle = await findCycle(db, cycleId);
    if (!cycle) throw new AppError('not_found', { what: `ciclo ${cycleId}` });
    // Tracks of the caller's regions only (all 16 for the national team), then their dialogues.
    const tracks = await listTracks(db, cycleId, staff.regions);
    const dialogues = await dialoguesOfTracks(
      db,
      tracks.map((track) => track.id),
    );
    const national = isNational(staff);
    return {
      scope,
      regions: national ? 'all' : staff.regions,
      dialogues: [...new Set(dialogues.map((dialogue) => dialogue.id))],
      cycle: { id: cycle.id, year: cycle.year, status: cycle.status },
      partial: !national,
    };
  }
  requireRegionVisible(staff, scope, scope);
  return { scope, regions: [scope], partial: false };
}

/**
 * Running and correcting themes: the national team anywhere, a regional manager in their regions.
 * A cycle's themes are shared by every region, so only the national team changes them, and only
 * while the cycle is open (a closed cycle's records are read-only).
 */
export function requireChangeable(staff: StaffActor, scope: Scope): void {
  if (scope.cycle) {
    requireNational(staff);
    if (scope.cycle.status !== 'abierto') throw new AppError('cycle_closed', { year: scope.cycle.year });
  } else if (scope.scope !== NATION) requireRegionManager(staff, scope.scope, scope.scope);
}

/** Whether the caller may run and correct the scope's themes (for the screens, which hide what would fail). */
export function canChange(staff: StaffActor, scope: Scope): boolean {
  try {
    requireChangeable(staff, scope);
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

export async function changeableScope(db: Db, staff: StaffActor, requested: string): Promise<Scope> {
  const scope = await readableScope(db, staff, requested);
  requireChangeable(staff, scope);
  return scope;
}

/** Duplicate suggestions: staff who see the dialogue's region; a facilitator only their dialogues. */
export function requireDialogueModerator(staff: StaffActor, regionCode: string, facilitates: boolean): void {
  requireRegionVisible(staff, regionCode, 'diálogo');
  if (staff.role === 'facilitator' && !facilitates) throw new AppError('not_found', { what: 'diálogo' });
}
