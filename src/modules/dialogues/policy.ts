import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, managesRegion, seesRegion } from '../../platform/auth/policy.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { type DialogueRow, findDialogue, isFacilitatorOf } from './queries.js';

/** National team and regional managers create dialogues, managers only in their regions. */
export const canCreateIn = (staff: StaffActor, regionCode: string) =>
  isNational(staff) || managesRegion(staff, regionCode);

/** Settings and facilitator assignment: the national team and the region's managers. */
export const canManage = (staff: StaffActor, dialogue: DialogueRow) =>
  isNational(staff) || managesRegion(staff, dialogue.region_code);

/** Seeing and running (status, phases, moderation): managers, and the facilitators assigned to it. */
export async function canRun(db: Db, staff: StaffActor, dialogue: DialogueRow): Promise<boolean> {
  if (isNational(staff)) return true;
  if (staff.role === 'regional') return seesRegion(staff, dialogue.region_code);
  return isFacilitatorOf(db, dialogue.id, staff.id);
}

/** The dialogue if the caller may see and run it; 404 otherwise, so refusals reveal nothing. */
export async function requireRunnable(db: Db, staff: StaffActor, dialogueId: number): Promise<DialogueRow> {
  const dialogue = await findDialogue(db, dialogueId);
  if (!dialogue || !(await canRun(db, staff, dialogue)))
    throw new AppError('not_found', { what: `diálogo ${dialogueId}` });
  return dialogue;
}

/** The dialogue if the caller may change its settings: 404 when out of sight, 403 for a facilitator. */
export async function requireManageable(db: Db, staff: StaffActor, dialogueId: number): Promise<DialogueRow> {
  const dialogue = await requireRunnable(db, staff, dialogueId);
  if (!canManage(staff, dialogue)) throw new AppError('forbidden');
  return dialogue;
}
