import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational } from '../../platform/auth/policy.js';
import type { StaffRole } from '../../platform/db/schema.js';

/** National team manages every account; a regional manager may add facilitators in their own regions. */
export const canManageAccount = (actor: StaffActor, role: StaffRole, regions: string[]) =>
  isNational(actor) ||
  (actor.role === 'regional' &&
    role === 'facilitator' &&
    regions.every((code) => actor.regions.includes(code)));

export const canListStaff = (actor: StaffActor) => actor.role !== 'facilitator';
