import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, requireNational, requireRegionVisible } from '../../platform/auth/policy.js';

/** Only the national team changes pilots, evaluations, versions and waves. */
export const requireRolloutEditor = (staff: StaffActor) => requireNational(staff);
export const canEditRollout = (staff: StaffActor) => isNational(staff);
/** A regional manager sees the rollout of their own regions; others answer 404. */
export const requireRolloutRegion = (staff: StaffActor, regionCode: string, what: string) =>
  requireRegionVisible(staff, regionCode, what);
