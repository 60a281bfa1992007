import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational } from '../../platform/auth/policy.js';
import type { StaffRole } from '../../platform/db/schema.js';

/**
 * Whether every one of `regions` is among the actor's. An empty list is NO regions, never "all":
 * an account without regions is within nobody's reach but the national team's.
 */
export const withinRegions = (actor: StaffActor, regions: string[]) =>
  regions.length > 0 && regions.every((code) => actor.regions.includes(code));

/** Only the national team has no region; every other account needs at least one. */
export const needsRegions = (role: StaffRole, regions: string[]) =>
  role !== 'national' && regions.length === 0;

/** Accounts a caller may see in the list: all for the national team, else those wholly within their regions. */
export const canSeeAccount = (actor: StaffActor, role: StaffRole, regions: string[]) =>
  isNational(actor) || (actor.role === 'regional' && role !== 'national' && withinRegions(actor, regions));

/** National team manages every account; a regional manager the facilitators wholly within their regions. */
export const canManageAccount = (actor: StaffActor, role: StaffRole, regions: string[]) =>
  isNational(actor) || (actor.role === 'regional' && role === 'facilitator' && withinRegions(actor, regions));

export const canListStaff = (actor: StaffActor) => actor.role !== 'facilitator';
