import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, requireRegionManager, requireRegionVisible } from '../../platform/auth/policy.js';
import { AppError } from '../../platform/errors/index.js';
import type { ScopeRegions } from './queries.js';

/** The nation's scope code; a region's scope is its code. */
export const NATION = 'CL';

export interface Scope {
  scope: string;
  regions: ScopeRegions;
}

/** The scope a caller may read: the nation for the national team, a region they see otherwise. */
export function readableScope(staff: StaffActor, requested?: string): Scope {
  const scope = requested ?? (isNational(staff) ? NATION : staff.regions[0]);
  if (!scope) throw new AppError('not_found', { what: 'región' });
  if (scope === NATION) {
    if (!isNational(staff)) throw new AppError('not_found', { what: 'síntesis nacional' });
    return { scope, regions: 'all' };
  }
  requireRegionVisible(staff, scope, scope);
  return { scope, regions: [scope] };
}

/** Running and correcting themes: the national team anywhere, a regional manager in their regions. */
export function changeableScope(staff: StaffActor, scope: string): Scope {
  const readable = readableScope(staff, scope);
  if (scope !== NATION) requireRegionManager(staff, scope, scope);
  return readable;
}

/** Duplicate suggestions: staff who see the dialogue's region; a facilitator only their dialogues. */
export function requireDialogueModerator(staff: StaffActor, regionCode: string, facilitates: boolean): void {
  requireRegionVisible(staff, regionCode, 'diálogo');
  if (staff.role === 'facilitator' && !facilitates) throw new AppError('not_found', { what: 'diálogo' });
}
