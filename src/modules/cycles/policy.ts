import type { StaffActor } from '../../platform/auth/actor.js';
import { requireNational, requireRegionManager, requireRegionVisible } from '../../platform/auth/policy.js';

/** The national team configures cycles; regional managers run their region's track. */
export const requireCycleConfigurer = (actor: StaffActor) => requireNational(actor);
export const requireTrackRunner = (actor: StaffActor, regionCode: string) =>
  requireRegionManager(actor, regionCode, 'ciclo regional');
export const requireTrackReader = (actor: StaffActor, regionCode: string) =>
  requireRegionVisible(actor, regionCode, 'ciclo regional');
