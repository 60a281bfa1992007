import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type {
  RolloutCriterionTable,
  RolloutEvaluationTable,
  RolloutEvidenceTable,
  RolloutModelVersionTable,
  RolloutPilotTable,
  RolloutRegionVersionTable,
  RolloutWavePlanTable,
  RolloutWaveTable,
} from './tables.js';

export const listPilots = (db: Db) =>
  db.selectFrom('rollout_pilots').selectAll().orderBy('region_code').execute();

export async function replacePilots(db: Db, rows: Array<Insertable<RolloutPilotTable>>) {
  await db.deleteFrom('rollout_pilots').execute();
  if (rows.length) await db.insertInto('rollout_pilots').values(rows).execute();
}

export const listCriteria = (db: Db) =>
  db.selectFrom('rollout_criteria').selectAll().orderBy('position').orderBy('id').execute();

export const findCriteria = (db: Db, ids: number[]) =>
  ids.length
    ? db.selectFrom('rollout_criteria').select('id').where('id', 'in', ids).execute()
    : Promise.resolve([]);

export async function nextCriterionPosition(db: Db) {
  const row = await db
    .selectFrom('rollout_criteria')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertCriterion(db: Db, row: Insertable<RolloutCriterionTable>) {
  return (await db.insertInto('rollout_criteria').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export const listEvaluations = (db: Db, regions: string[]) =>
  regions.length
    ? db
        .selectFrom('rollout_evaluations')
        .selectAll()
        .where('region_code', 'in', regions)
        .orderBy('held_on', 'desc')
        .orderBy('id', 'desc')
        .execute()
    : Promise.resolve([]);

export const findEvaluation = (db: Db, id: number) =>
  db.selectFrom('rollout_evaluations').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertEvaluation(db: Db, row: Insertable<RolloutEvaluationTable>) {
  return (await db.insertInto('rollout_evaluations').values(row).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function touchEvaluation(db: Db, id: number, at: string) {
  await db.updateTable('rollout_evaluations').set({ updated_at: at }).where('id', '=', id).execute();
}

export const listScores = (db: Db, evaluationIds: number[]) =>
  evaluationIds.length
    ? db.selectFrom('rollout_scores').selectAll().where('evaluation_id', 'in', evaluationIds).execute()
    : Promise.resolve([]);

export async function replaceScores(
  db: Db,
  evaluationId: number,
  scores: Array<{ criterion_id: number; score: number; comment: string | null }>,
) {
  await db.deleteFrom('rollout_scores').where('evaluation_id', '=', evaluationId).execute();
  if (scores.length) {
    await db
      .insertInto('rollout_scores')
      .values(scores.map((score) => ({ ...score, evaluation_id: evaluationId })))
      .execute();
  }
}

export const listFindings = (db: Db, evaluationIds: number[]) =>
  evaluationIds.length
    ? db
        .selectFrom('rollout_findings')
        .selectAll()
        .where('evaluation_id', 'in', evaluationIds)
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

export const listAllFindings = (db: Db) =>
  db
    .selectFrom('rollout_findings as f')
    .innerJoin('rollout_evaluations as e', 'e.id', 'f.evaluation_id')
    .select(['f.id', 'f.text', 'f.evaluation_id', 'e.region_code'])
    .orderBy('f.id')
    .execute();

export async function insertFinding(db: Db, evaluationId: number, text: string, at: string) {
  return (
    await db
      .insertInto('rollout_findings')
      .values({ evaluation_id: evaluationId, text, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export const listEvidence = (db: Db, evaluationIds: number[]) =>
  evaluationIds.length
    ? db
        .selectFrom('rollout_evidence')
        .selectAll()
        .where('evaluation_id', 'in', evaluationIds)
        .orderBy('id')
        .execute()
    : Promise.resolve([]);

export async function insertEvidence(db: Db, row: Insertable<RolloutEvidenceTable>) {
  return (await db.insertInto('rollout_evidence').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export const listVersions = (db: Db) =>
  db.selectFrom('rollout_model_versions').selectAll().orderBy('released_on').orderBy('id').execute();

export const findVersion = (db: Db, id: number) =>
  db.selectFrom('rollout_model_versions').selectAll().where('id', '=', id).executeTakeFirst();

export const findVersionByLabel = (db: Db, label: string) =>
  db.selectFrom('rollout_model_versions').select('id').where('label', '=', label).executeTakeFirst();

export async function insertVersion(db: Db, row: Insertable<RolloutModelVersionTable>, findingIds: number[]) {
  const id = (
    await db.insertInto('rollout_model_versions').values(row).returning('id').executeTakeFirstOrThrow()
  ).id;
  if (findingIds.length) {
    await db
      .insertInto('rollout_version_findings')
      .values(findingIds.map((findingId) => ({ version_id: id, finding_id: findingId })))
      .execute();
  }
  return id;
}

export const listVersionFindings = (db: Db) =>
  db.selectFrom('rollout_version_findings').selectAll().orderBy('finding_id').execute();

export const findFindings = (db: Db, ids: number[]) =>
  ids.length
    ? db
        .selectFrom('rollout_findings as f')
        .innerJoin('rollout_evaluations as e', 'e.id', 'f.evaluation_id')
        .select(['f.id', 'e.region_code'])
        .where('f.id', 'in', ids)
        .execute()
    : Promise.resolve([]);

export async function insertRegionVersions(db: Db, rows: Array<Insertable<RolloutRegionVersionTable>>) {
  await db.insertInto('rollout_region_versions').values(rows).execute();
}

export const listRegionVersions = (db: Db, regions: string[]) =>
  regions.length
    ? db
        .selectFrom('rollout_region_versions as r')
        .innerJoin('rollout_model_versions as v', 'v.id', 'r.version_id')
        .select(['r.id', 'r.region_code', 'r.version_id', 'v.label', 'r.since', 'r.note', 'r.created_at'])
        .where('r.region_code', 'in', regions)
        .orderBy('r.region_code')
        .orderBy('r.since')
        .orderBy('r.id')
        .execute()
    : Promise.resolve([]);

export async function insertWavePlan(db: Db, row: Insertable<RolloutWavePlanTable>) {
  return (await db.insertInto('rollout_wave_plans').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function insertWave(db: Db, row: Insertable<RolloutWaveTable>, regions: string[]) {
  const id = (await db.insertInto('rollout_waves').values(row).returning('id').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('rollout_wave_regions')
    .values(regions.map((region_code) => ({ wave_id: id, region_code })))
    .execute();
  return id;
}

export const latestWavePlan = (db: Db) =>
  db.selectFrom('rollout_wave_plans').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();

export const listWavePlans = (db: Db) =>
  db
    .selectFrom('rollout_wave_plans')
    .select(['id', 'title', 'groups', 'objective', 'random_objective', 'created_at'])
    .orderBy('id', 'desc')
    .execute();

/** The waves of a plan, with the linked Karabirrdt task as it is now (title, status, dates). */
export const listWaves = (db: Db, wavePlanId: number) =>
  db
    .selectFrom('rollout_waves as w')
    .leftJoin('karabirrdt_tasks as t', (join) => join.onRef('t.id', '=', 'w.plan_task_id'))
    .selectAll('w')
    .select([
      't.title as plan_task_title',
      't.status as plan_task_status',
      't.start_date as plan_task_start',
      't.due_date as plan_task_due',
    ])
    .where('w.wave_plan_id', '=', wavePlanId)
    .orderBy('w.position')
    .execute();

/** A Karabirrdt task, to check a wave's link before storing it. */
export const findPlanTask = (db: Db, taskId: number) =>
  db
    .selectFrom('karabirrdt_tasks')
    .select(['id', 'plan_id', 'title'])
    .where('id', '=', taskId)
    .executeTakeFirst();

export const listWaveRegions = (db: Db, waveIds: number[]) =>
  waveIds.length
    ? db.selectFrom('rollout_wave_regions').selectAll().where('wave_id', 'in', waveIds).execute()
    : Promise.resolve([]);

export const findWave = (db: Db, id: number) =>
  db.selectFrom('rollout_waves').selectAll().where('id', '=', id).executeTakeFirst();

export async function updateWave(db: Db, id: number, patch: Updateable<RolloutWaveTable>) {
  await db.updateTable('rollout_waves').set(patch).where('id', '=', id).execute();
}
