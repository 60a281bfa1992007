import { AppError } from '../errors/index.js';
import type { StaffActor } from './actor.js';

/**
 * The rules every feature's policy builds on. One rule a line; a refusal for something outside
 * the caller's regions is a 404, so that it does not reveal that the thing exists.
 */
export const isNational = (staff: StaffActor) => staff.role === 'national';
export const managesRegion = (staff: StaffActor, regionCode: string) =>
  staff.role !== 'facilitator' && staff.regions.includes(regionCode);
export const seesRegion = (staff: StaffActor, regionCode: string) => staff.regions.includes(regionCode);

export function requireNational(staff: StaffActor): void {
  if (!isNational(staff)) throw new AppError('forbidden');
}

export function requireRegionManager(staff: StaffActor, regionCode: string, what: string): void {
  if (!seesRegion(staff, regionCode)) throw new AppError('not_found', { what });
  if (!managesRegion(staff, regionCode)) throw new AppError('forbidden');
}

export function requireRegionVisible(staff: StaffActor, regionCode: string, what: string): void {
  if (!seesRegion(staff, regionCode)) throw new AppError('not_found', { what });
}

/** Regions a query may cover: the requested one if allowed, else every region the caller sees. */
export function regionScope(staff: StaffActor, requested?: string): string[] {
  if (requested === undefined) return staff.regions;
  if (!seesRegion(staff, requested)) throw new AppError('not_found', { what: requested });
  return [requested];
}
