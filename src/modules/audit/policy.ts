import type { StaffActor } from '../../platform/auth/actor.js';

/**
 * The audit trail is for those who manage: the national team (everything) and regional managers
 * (their regions). A facilitator runs dialogues and manages nothing; the trail of a region names its
 * staff accounts and every change in it, which the staff list already refuses them.
 */
export const canReadAudit = (staff: StaffActor) => staff.role !== 'facilitator';
