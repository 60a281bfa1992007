import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import type { RegionTable } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors/index.js';
import { listRegions, regionSources } from '../regions/index.js';
import { distanceMatrix, standardise } from './matrix.js';
import { kMedoids } from './medoids.js';
import { principalComponents } from './pca.js';
import { canEditRollout, requireRolloutEditor, requireRolloutRegion } from './policy.js';
import * as q from './queries.js';
import {
  type AssignVersionInput,
  type CriterionInput,
  type EvaluationInput,
  type EvidenceInput,
  type IndicatorKey,
  indicatorKeys,
  type PilotSuggestionInput,
  type PilotsInput,
  type ScoresInput,
  type VersionInput,
  type WavePatchInput,
  type WavePlanInput,
} from './schema.js';
import { computeWaves } from './waves.js';

const indicatorValues = (region: RegionTable, indicators: readonly IndicatorKey[]) =>
  indicators.map((key) => Number(region[key]));

/** The whole rollout as the caller may see it: one view of the "Plan de trabajo". */
export async function getOverview(ctx: Context, actor: StaffActor) {
  const db = ctx.db;
  const visible = new Set(actor.regions);
  const allRegions = await listRegions(db);
  const regionVersions = await q.listRegionVersions(db, actor.regions);
  const evaluations = await listEvaluationsWithDetail(db, actor.regions);
  const versions = await q.listVersions(db);
  const versionFindings = await q.listVersionFindings(db);
  const findings = (await q.listAllFindings(db)).filter((finding) => visible.has(finding.region_code));
  const plan = await q.latestWavePlan(db);
  const waves = plan ? await wavesOf(db, plan.id, visible) : [];
  return {
    canEdit: canEditRollout(actor),
    indicators: indicatorKeys.map((key) => ({ key, source: regionSources[key] })),
    regions: allRegions
      .filter((region) => visible.has(region.code))
      .map((region) => {
        const history = regionVersions.filter((row) => row.region_code === region.code);
        const current = history[history.length - 1];
        return {
          ...region,
          currentVersion: current
            ? { id: current.version_id, label: current.label, since: current.since }
            : null,
          versionHistory: history.map((row) => ({
            versionId: row.version_id,
            label: row.label,
            since: row.since,
            note: row.note,
          })),
        };
      }),
    pilots: (await q.listPilots(db))
      .filter((pilot) => visible.has(pilot.region_code))
      .map((pilot) => ({
        regionCode: pilot.region_code,
        indicators: JSON.parse(pilot.indicators_json) as string[],
        rationale: pilot.rationale,
        createdAt: pilot.created_at,
      })),
    criteria: (await q.listCriteria(db)).map(criterionView),
    evaluations,
    versions: versions.map((version) => ({
      id: version.id,
      label: version.label,
      title: version.title,
      changes: version.changes,
      reason: version.reason,
      releasedOn: version.released_on,
      // Findings of regions the caller cannot see are counted but not shown.
      findings: versionFindings
        .filter((link) => link.version_id === version.id)
        .map((link) => findings.find((finding) => finding.id === link.finding_id))
        .filter((finding) => finding !== undefined)
        .map((finding) => ({ id: finding.id, text: finding.text, regionCode: finding.region_code })),
      findingCount: versionFindings.filter((link) => link.version_id === version.id).length,
    })),
    wavePlan: plan
      ? {
          id: plan.id,
          title: plan.title,
          groups: plan.groups,
          indicators: JSON.parse(plan.indicators_json) as string[],
          excluded: JSON.parse(plan.excluded_json) as string[],
          balanceColumn: plan.balance_column,
          seed: plan.seed,
          objective: plan.objective,
          randomObjective: plan.random_objective,
          exact: plan.exact === 1,
          method: plan.method,
          createdAt: plan.created_at,
          waves,
        }
      : null,
    wavePlanCount: (await q.listWavePlans(db)).length,
  };
}

function criterionView(row: Awaited<ReturnType<typeof q.listCriteria>>[number]) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    source: row.source,
    sourceLabel: row.source_label,
    planId: row.plan_id,
    planTaskId: row.plan_task_id,
    planDreamId: row.plan_dream_id,
  };
}

async function listEvaluationsWithDetail(db: Db, regions: string[]) {
  const evaluations = await q.listEvaluations(db, regions);
  const ids = evaluations.map((evaluation) => evaluation.id);
  const [scores, findings, evidence] = await Promise.all([
    q.listScores(db, ids),
    q.listFindings(db, ids),
    q.listEvidence(db, ids),
  ]);
  return evaluations.map((evaluation) => ({
    id: evaluation.id,
    regionCode: evaluation.region_code,
    title: evaluation.title,
    heldOn: evaluation.held_on,
    summary: evaluation.summary,
    updatedAt: evaluation.updated_at,
    scores: scores
      .filter((score) => score.evaluation_id === evaluation.id)
      .map((score) => ({ criterionId: score.criterion_id, score: score.score, comment: score.comment })),
    findings: findings
      .filter((finding) => finding.evaluation_id === evaluation.id)
      .map((finding) => ({ id: finding.id, text: finding.text })),
    evidence: evidence
      .filter((item) => item.evaluation_id === evaluation.id)
      .map((item) => ({
        id: item.id,
        kind: item.kind,
        refId: item.ref_id,
        url: item.url ?? evidenceUrl(item.kind, item.ref_id),
        label: item.label,
        findingId: item.finding_id,
      })),
  }));
}

// Where a typed link points in the app when no explicit URL was given.
function evidenceUrl(kind: string, refId: string | null): string | null {
  if (!refId) return null;
  if (kind === 'dialogue') return `/staff/dialogues/${encodeURIComponent(refId)}`;
  if (kind === 'council_session') return `/staff/councils/sessions/${encodeURIComponent(refId)}`;
  if (kind === 'indicator') return `/staff/rollout#indicator-${encodeURIComponent(refId)}`;
  return null;
}

async function wavesOf(db: Db, planId: number, visible: Set<string>) {
  const waves = await q.listWaves(db, planId);
  const members = await q.listWaveRegions(
    db,
    waves.map((wave) => wave.id),
  );
  return waves.map((wave) => ({
    id: wave.id,
    position: wave.position,
    name: wave.name,
    startsOn: wave.starts_on,
    endsOn: wave.ends_on,
    modelVersionId: wave.model_version_id,
    planId: wave.plan_id,
    planTaskId: wave.plan_task_id,
    // The linked task's live title wins over the label typed when the link was made.
    planTaskLabel: wave.plan_task_title ?? wave.plan_task_label,
    planTask: wave.plan_task_title
      ? {
          title: wave.plan_task_title,
          status: wave.plan_task_status,
          startDate: wave.plan_task_start,
          dueDate: wave.plan_task_due,
        }
      : null,
    regions: members
      .filter((member) => member.wave_id === wave.id && visible.has(member.region_code))
      .map((member) => member.region_code)
      .sort(),
    regionCount: members.filter((member) => member.wave_id === wave.id).length,
  }));
}

/**
 * Suggests the `count` regions most representative of all 16 on the chosen indicators: the medoids
 * of a k-medoids split of the standardised indicators, with whom each represents, and a plane (the
 * first two principal components) to draw them on.
 */
export async function suggestPilots(ctx: Context, actor: StaffActor, input: PilotSuggestionInput) {
  requireRolloutEditor(actor);
  const regions = await listRegions(ctx.db);
  if (input.count > regions.length) throw new AppError('rollout_pilots_invalid', { units: regions.length });
  const indicators = [...new Set(input.indicators)];
  const data = standardise(regions.map((region) => indicatorValues(region, indicators)));
  const distances = distanceMatrix(data);
  const result = kMedoids(distances, regions.length, input.count);
  const projection = principalComponents(data);
  const units = regions.length;
  return {
    indicators,
    exact: result.exact,
    cost: result.cost,
    pilots: result.medoids.map((medoid, index) => {
      const pilot = regions[medoid] as RegionTable;
      const represented = regions
        .map((region, unit) => ({ region, unit }))
        .filter(({ unit }) => result.nearest[unit] === index);
      return {
        regionCode: pilot.code,
        name: pilot.name,
        represents: represented.map(({ region, unit }) => ({
          regionCode: region.code,
          name: region.name,
          distance: distances[unit * units + medoid] ?? 0,
        })),
        meanDistance:
          represented.reduce((sum, { unit }) => sum + (distances[unit * units + medoid] ?? 0), 0) /
          represented.length,
        // The pilot's values beside its group's range: what makes it typical of them.
        indicators: indicators.map((key) => {
          const values = represented.map(({ region }) => Number(region[key]));
          return {
            key,
            pilot: Number(pilot[key]),
            groupMin: Math.min(...values),
            groupMax: Math.max(...values),
            groupMean: values.reduce((sum, value) => sum + value, 0) / values.length,
          };
        }),
      };
    }),
    projection: {
      explained: projection.explained,
      loadings: projection.loadings.map((weights) =>
        Object.fromEntries(indicators.map((key, column) => [key, weights[column] ?? 0])),
      ),
      points: regions.map((region, unit) => ({
        regionCode: region.code,
        name: region.name,
        x: projection.points[unit]?.[0] ?? 0,
        y: projection.points[unit]?.[1] ?? 0,
        pilotIndex: result.nearest[unit] ?? 0,
        isPilot: result.medoids.includes(unit),
      })),
    },
  };
}

/** Sets the pilot regions (replacing the previous set). */
export async function setPilots(ctx: Context, actor: StaffActor, input: PilotsInput) {
  requireRolloutEditor(actor);
  const regions = [...new Set(input.regions)].sort();
  return commitChange(ctx, actor, async (trx, change) => {
    const before = await q.listPilots(trx);
    const at = now();
    await q.replacePilots(
      trx,
      regions.map((region_code) => ({
        region_code,
        indicators_json: JSON.stringify(input.indicators),
        rationale: input.rationale,
        created_by: actor.id,
        created_at: before.find((pilot) => pilot.region_code === region_code)?.created_at ?? at,
      })),
    );
    await change.audit({
      action: 'rollout.pilots.set',
      entity: 'rollout_pilots',
      entityId: 'all',
      before: before.map((pilot) => pilot.region_code),
      after: { regions, indicators: input.indicators, rationale: input.rationale },
    });
    return { regions };
  });
}

/** Adds an evaluation criterion (from the model, the plan's dream circle, or elsewhere). */
export async function addCriterion(ctx: Context, actor: StaffActor, input: CriterionInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const row = {
      name: input.name,
      description: input.description,
      source: input.source,
      source_label: input.sourceLabel ?? null,
      plan_id: input.planId ?? null,
      plan_task_id: input.planTaskId ?? null,
      plan_dream_id: input.planDreamId ?? null,
      position: await q.nextCriterionPosition(trx),
      created_at: now(),
    };
    const id = await q.insertCriterion(trx, row);
    await change.audit({
      action: 'rollout.criterion.add',
      entity: 'rollout_criterion',
      entityId: id,
      after: row,
    });
    return { id };
  });
}

/** Opens the joint evaluation of a pilot with its region. */
export async function createEvaluation(ctx: Context, actor: StaffActor, input: EvaluationInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const at = now();
    const row = {
      region_code: input.regionCode,
      title: input.title,
      held_on: input.heldOn,
      summary: input.summary,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    };
    const id = await q.insertEvaluation(trx, row);
    await change.audit({
      action: 'rollout.evaluation.create',
      entity: 'rollout_evaluation',
      entityId: id,
      regionCode: input.regionCode,
      after: row,
    });
    return { id };
  });
}

async function requireEvaluation(db: Db, actor: StaffActor, id: number) {
  const evaluation = await q.findEvaluation(db, id);
  if (!evaluation) throw new AppError('not_found', { what: `evaluación ${id}` });
  requireRolloutRegion(actor, evaluation.region_code, `evaluación ${id}`);
  return evaluation;
}

/** One evaluation with its scores, findings and evidence. */
export async function getEvaluation(ctx: Context, actor: StaffActor, id: number) {
  const evaluation = await requireEvaluation(ctx.db, actor, id);
  const [detail] = (await listEvaluationsWithDetail(ctx.db, [evaluation.region_code])).filter(
    (item) => item.id === id,
  );
  return detail;
}

/** Records the scores of an evaluation, one per criterion (replacing earlier scores). */
export async function setScores(ctx: Context, actor: StaffActor, id: number, input: ScoresInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const evaluation = await requireEvaluation(trx, actor, id);
    const criterionIds = [...new Set(input.scores.map((score) => score.criterionId))];
    if (criterionIds.length !== input.scores.length) {
      throw new AppError('rule_broken', { detail: 'Cada criterio se puntúa una sola vez.' });
    }
    const known = new Set((await q.findCriteria(trx, criterionIds)).map((row) => row.id));
    const unknown = criterionIds.filter((criterionId) => !known.has(criterionId));
    if (unknown.length) throw new AppError('not_found', { what: `criterio ${unknown.join(', ')}` });
    const before = await q.listScores(trx, [id]);
    const rows = input.scores.map((score) => ({
      criterion_id: score.criterionId,
      score: score.score,
      comment: score.comment ?? null,
    }));
    await q.replaceScores(trx, id, rows);
    await q.touchEvaluation(trx, id, now());
    await change.audit({
      action: 'rollout.evaluation.scores',
      entity: 'rollout_evaluation',
      entityId: id,
      regionCode: evaluation.region_code,
      before,
      after: rows,
    });
    return { scores: rows.length };
  });
}

/** Adds a finding to an evaluation. */
export async function addFinding(ctx: Context, actor: StaffActor, id: number, text: string) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const evaluation = await requireEvaluation(trx, actor, id);
    const at = now();
    const findingId = await q.insertFinding(trx, id, text, at);
    await q.touchEvaluation(trx, id, at);
    await change.audit({
      action: 'rollout.finding.add',
      entity: 'rollout_finding',
      entityId: findingId,
      regionCode: evaluation.region_code,
      after: { evaluationId: id, text },
    });
    return { id: findingId };
  });
}

/** Adds a piece of evidence (a typed link to a dialogue, council session, indicator or document). */
export async function addEvidence(ctx: Context, actor: StaffActor, id: number, input: EvidenceInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const evaluation = await requireEvaluation(trx, actor, id);
    if (input.findingId) {
      const findings = await q.listFindings(trx, [id]);
      if (!findings.some((finding) => finding.id === input.findingId)) {
        throw new AppError('not_found', { what: `hallazgo ${input.findingId} en la evaluación ${id}` });
      }
    }
    const at = now();
    const row = {
      evaluation_id: id,
      finding_id: input.findingId ?? null,
      kind: input.kind,
      ref_id: input.refId ?? null,
      url: input.url ?? null,
      label: input.label,
      created_at: at,
    };
    const evidenceId = await q.insertEvidence(trx, row);
    await q.touchEvaluation(trx, id, at);
    await change.audit({
      action: 'rollout.evidence.add',
      entity: 'rollout_evidence',
      entityId: evidenceId,
      regionCode: evaluation.region_code,
      after: row,
    });
    return { id: evidenceId };
  });
}

/** Publishes a model version: what changed, why, and which findings it answers. */
export async function createVersion(ctx: Context, actor: StaffActor, input: VersionInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    if (await q.findVersionByLabel(trx, input.label)) {
      throw new AppError('already_exists', { what: `versión ${input.label}` });
    }
    const findingIds = [...new Set(input.findingIds)];
    const found = new Set((await q.findFindings(trx, findingIds)).map((finding) => finding.id));
    const missing = findingIds.filter((findingId) => !found.has(findingId));
    if (missing.length) throw new AppError('not_found', { what: `hallazgo ${missing.join(', ')}` });
    const row = {
      label: input.label,
      title: input.title,
      changes: input.changes,
      reason: input.reason,
      released_on: input.releasedOn,
      created_by: actor.id,
      created_at: now(),
    };
    const id = await q.insertVersion(trx, row, findingIds);
    await change.audit({
      action: 'rollout.version.create',
      entity: 'rollout_model_version',
      entityId: id,
      after: { ...row, findingIds },
    });
    return { id };
  });
}

/** Records that regions run a model version from a date on (the history keeps every assignment). */
export async function assignVersion(ctx: Context, actor: StaffActor, input: AssignVersionInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const version = await q.findVersion(trx, input.versionId);
    if (!version) throw new AppError('not_found', { what: `versión ${input.versionId}` });
    const regions = [...new Set(input.regionCodes)];
    const at = now();
    await q.insertRegionVersions(
      trx,
      regions.map((region_code) => ({
        region_code,
        version_id: version.id,
        since: input.since,
        note: input.note ?? null,
        created_by: actor.id,
        created_at: at,
      })),
    );
    for (const region of regions) {
      await change.audit({
        action: 'rollout.version.assign',
        entity: 'rollout_region_version',
        entityId: region,
        regionCode: region,
        after: { version: version.label, since: input.since, note: input.note ?? null },
      });
    }
    return { regions, version: version.label };
  });
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year, month - 1 + months, day));
  return shifted.toISOString().slice(0, 10);
}

function dayBefore(date: string): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() - 1);
  return shifted.toISOString().slice(0, 10);
}

/**
 * Computes waves of dissimilar regions (anticlustering of the standardised indicators, exact for
 * the 16 regions) and stores them as the current wave plan, one after the other on the timeline.
 */
export async function createWavePlan(ctx: Context, actor: StaffActor, input: WavePlanInput) {
  requireRolloutEditor(actor);
  if (Number.isNaN(Date.parse(`${input.startsOn}T00:00:00Z`))) {
    throw new AppError('invalid_input', {}, [{ path: 'body.startsOn', message: 'fecha inexistente' }]);
  }
  const regions = (await listRegions(ctx.db)).filter((region) => !input.exclude.includes(region.code));
  const indicators = [...new Set(input.indicators)];
  const result = computeWaves(
    {
      ids: regions.map((region) => region.code),
      columns: indicators,
      values: regions.map((region) => indicatorValues(region, indicators)),
      balance: input.balanceMacrozone ? regions.map((region) => region.macrozone) : undefined,
      balanceColumn: input.balanceMacrozone ? 'macrozone' : undefined,
    },
    { groups: input.groups, seed: input.seed, randomSplits: 1000 },
  );
  return commitChange(ctx, actor, async (trx, change) => {
    const at = now();
    const planRow = {
      title: input.title,
      groups: input.groups,
      indicators_json: JSON.stringify(indicators),
      excluded_json: JSON.stringify(input.exclude),
      balance_column: result.balanceColumn,
      seed: result.seed,
      objective: result.objective,
      random_objective: result.randomObjective,
      exact: result.exact ? 1 : 0,
      method: result.method,
      created_by: actor.id,
      created_at: at,
    };
    const planId = await q.insertWavePlan(trx, planRow);
    let startsOn = input.startsOn;
    for (const [index, members] of result.groups.entries()) {
      const next = addMonths(startsOn, input.monthsPerWave);
      await q.insertWave(
        trx,
        {
          wave_plan_id: planId,
          position: index + 1,
          name: `Ola ${index + 1}`,
          starts_on: startsOn,
          ends_on: dayBefore(next),
          model_version_id: null,
          plan_id: null,
          plan_task_id: null,
          plan_task_label: null,
          updated_at: at,
        },
        members,
      );
      startsOn = next;
    }
    await change.audit({
      action: 'rollout.waves.create',
      entity: 'rollout_wave_plan',
      entityId: planId,
      after: { ...planRow, groups: result.groups },
    });
    return {
      id: planId,
      groups: result.groups,
      objective: result.objective,
      randomObjective: result.randomObjective,
      exact: result.exact,
    };
  });
}

/** Edits a wave: name, dates, the model version it will receive, the plan task it belongs to. */
export async function patchWave(ctx: Context, actor: StaffActor, id: number, input: WavePatchInput) {
  requireRolloutEditor(actor);
  return commitChange(ctx, actor, async (trx, change) => {
    const wave = await q.findWave(trx, id);
    if (!wave) throw new AppError('not_found', { what: `ola ${id}` });
    if (input.modelVersionId && !(await q.findVersion(trx, input.modelVersionId))) {
      throw new AppError('not_found', { what: `versión ${input.modelVersionId}` });
    }
    if (input.planTaskId) {
      const task = await q.findPlanTask(trx, input.planTaskId);
      if (!task) throw new AppError('not_found', { what: `tarea ${input.planTaskId} del plan Karabirrdt` });
      if (input.planId && task.plan_id !== input.planId) {
        throw new AppError('rule_broken', {
          detail: `La tarea ${task.title} no pertenece al plan ${input.planId}.`,
        });
      }
      input = { ...input, planId: task.plan_id };
    }
    const patch = {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.startsOn === undefined ? {} : { starts_on: input.startsOn }),
      ...(input.endsOn === undefined ? {} : { ends_on: input.endsOn }),
      ...(input.modelVersionId === undefined ? {} : { model_version_id: input.modelVersionId }),
      ...(input.planId === undefined ? {} : { plan_id: input.planId }),
      ...(input.planTaskId === undefined ? {} : { plan_task_id: input.planTaskId }),
      ...(input.planTaskLabel === undefined ? {} : { plan_task_label: input.planTaskLabel }),
    };
    const startsOn = patch.starts_on ?? wave.starts_on;
    const endsOn = patch.ends_on ?? wave.ends_on;
    if (endsOn < startsOn)
      throw new AppError('rule_broken', { detail: 'La ola no puede terminar antes de empezar.' });
    await q.updateWave(trx, id, { ...patch, updated_at: now() });
    await change.audit({
      action: 'rollout.wave.update',
      entity: 'rollout_wave',
      entityId: id,
      before: wave,
      after: { ...wave, ...patch },
    });
    return { id };
  });
}
