import type { Change } from '../../platform/change.js';
import type { Db } from '../../platform/db/index.js';
import * as q from './queries.js';

/** Copies the unfinished initiatives of a cycle into the next, with their trail and open milestones. */
export async function carryOverInitiatives(
  db: Db,
  change: Change,
  fromCycleId: number,
  toCycleId: number,
  at: string,
) {
  const { actor } = change;
  const open = await q.unfinishedInitiatives(db, fromCycleId);
  for (const initiative of open) {
    const id = await q.insertInitiative(db, {
      cycle_id: toCycleId,
      region_code: initiative.region_code,
      title: initiative.title,
      description: initiative.description,
      responsible_unit: initiative.responsible_unit,
      budget_pesos: initiative.budget_pesos,
      status: initiative.status,
      discard_reason: null,
      progress_percent: initiative.progress_percent,
      carried_from_id: initiative.id,
      created_by: actor?.id ?? null,
      created_at: at,
      updated_at: at,
    });
    await q.copySources(db, initiative.id, id, at);
    await q.copyOpenMilestones(db, initiative.id, id);
    await q.insertUpdate(db, {
      initiative_id: id,
      reported_on: at.slice(0, 10),
      status_before: initiative.status,
      status_after: initiative.status,
      progress_before: initiative.progress_percent,
      progress_after: initiative.progress_percent,
      note: `Continúa desde el ciclo anterior (iniciativa ${initiative.id}).`,
      origin: 'carry_over',
      author_id: actor?.id ?? null,
      created_at: at,
    });
    await change.audit({
      action: 'initiative.carry_over',
      entity: 'initiative',
      entityId: id,
      regionCode: initiative.region_code,
      after: { fromInitiativeId: initiative.id, toCycleId },
    });
  }
  return open.length;
}
