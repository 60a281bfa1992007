import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, managesRegion, seesRegion } from '../../platform/auth/policy.js';
import { AppError } from '../../platform/errors/index.js';

/**
 * A regional consultation is seen by the staff of its region and managed by its managers; a
 * national one (no region) is seen by every staff member and managed by the national team.
 * Out of sight is 404, in sight but not managed 403.
 */
export function canSee(staff: StaffActor, regionCode: string | null): boolean {
  return regionCode === null || seesRegion(staff, regionCode);
}

export function requireVisibleConsultation(staff: StaffActor, regionCode: string | null, what: string) {
  if (!canSee(staff, regionCode)) throw new AppError('not_found', { what });
}

export function requireManagedConsultation(staff: StaffActor, regionCode: string | null, what: string) {
  requireVisibleConsultation(staff, regionCode, what);
  const manages = regionCode === null ? isNational(staff) : managesRegion(staff, regionCode);
  if (!manages) throw new AppError('forbidden');
}

/** Creating one: a region the caller does not manage is refused with its name (403). */
export function requireCreatable(staff: StaffActor, regionCode: string | null) {
  const manages = regionCode === null ? isNational(staff) : managesRegion(staff, regionCode);
  if (!manages) {
    throw regionCode === null
      ? new AppError('forbidden')
      : new AppError('region_not_managed', { region: regionCode });
  }
}
