import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, requireNational, requireRegionManager, seesRegion } from '../../platform/auth/policy.js';
import { AppError } from '../../platform/errors/index.js';

/**
 * National initiatives belong to the national team; regional ones to the region's managers. `what`
 * names the thing asked for (the initiative, a milestone), as a missing one would be named.
 */
export function requireInitiativeManager(actor: StaffActor, regionCode: string | null, what = 'iniciativa') {
  if (regionCode === null) requireNational(actor);
  else requireRegionManager(actor, regionCode, what);
}

/** Everyone on the staff sees national initiatives; regional ones only within their regions. */
export function requireInitiativeReader(actor: StaffActor, regionCode: string | null, what = 'iniciativa') {
  if (regionCode !== null && !seesRegion(actor, regionCode)) throw new AppError('not_found', { what });
}

export const canManageInitiative = (actor: StaffActor, regionCode: string | null) =>
  regionCode === null
    ? isNational(actor)
    : actor.role !== 'facilitator' && actor.regions.includes(regionCode);
