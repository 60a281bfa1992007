import type { StaffActor } from '../../platform/auth/actor.js';
import { requireNational, requireRegionManager, requireRegionVisible } from '../../platform/auth/policy.js';

/**
 * The national team configures cycles; regional managers run their region's track. `what` names the
 * thing asked for (a phase, a session), so that out of sight it reads exactly like a missing one.
 */
export const requireCycleConfigurer = (actor: StaffActor) => requireNational(actor);
export const requireTrackRunner = (actor: StaffActor, regionCode: string, what = 'ciclo regional') =>
  requireRegionManager(actor, regionCode, what);
export const requireTrackReader = (actor: StaffActor, regionCode: string, what = 'ciclo regional') =>
  requireRegionVisible(actor, regionCode, what);
