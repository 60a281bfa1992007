import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, managesRegion } from '../../platform/auth/policy.js';
import { AppError } from '../../platform/errors/index.js';

/** The national team plans; a regional manager takes part in the plans of their regions. */
export const canCreatePlan = (actor: StaffActor) => isNational(actor);
export const canDeletePlan = (actor: StaffActor) => isNational(actor);
export const canWorkOnPlan = (actor: StaffActor, regionCode: string | null) =>
  isNational(actor) || (regionCode !== null && managesRegion(actor, regionCode));
/** Which plans a list shows: every plan for the national team, their regions' plans for a manager. */
export const planListScope = (actor: StaffActor) => ({
  national: isNational(actor),
  regions: actor.role === 'facilitator' ? [] : actor.regions,
});

/** Refuses a plan outside the caller's reach with 404, so that a refusal reveals nothing. */
export function requirePlanAccess(actor: StaffActor, plan: { id: number; region_code: string | null }) {
  if (!canWorkOnPlan(actor, plan.region_code)) throw new AppError('not_found', { what: `plan ${plan.id}` });
}
