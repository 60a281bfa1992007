import type { StaffActor } from '../../platform/auth/actor.js';
import { managesRegion, seesRegion } from '../../platform/auth/policy.js';
import { AppError } from '../../platform/errors/index.js';

/**
 * Listening and governance rules, shared by actors, interviews, devices and councils: a staff
 * member reads what is in the regions they see, and changes only what is in regions they manage.
 */
export const canManage = (staff: StaffActor, regionCode: string) => managesRegion(staff, regionCode);

/** A write that names its region (a new actor, a new council): refused with a clear message. */
export function requireManagedRegion(staff: StaffActor, regionCode: string): void {
  if (!canManage(staff, regionCode)) throw new AppError('region_not_managed', { region: regionCode });
}

/** A change to something that exists: out of sight is 404 (it reveals nothing), in sight but not managed 403. */
export function requireManagedThing(staff: StaffActor, regionCode: string, what: string): void {
  if (!seesRegion(staff, regionCode)) throw new AppError('not_found', { what });
  if (!canManage(staff, regionCode)) throw new AppError('forbidden');
}

/** Reading one thing: out of sight is 404. */
export function requireVisibleThing(staff: StaffActor, regionCode: string, what: string): void {
  if (!seesRegion(staff, regionCode)) throw new AppError('not_found', { what });
}
