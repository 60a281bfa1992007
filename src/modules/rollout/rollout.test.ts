import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/server.js';
import { step, storyTimeout } from '../../test/steps.js';
import { storeKinds } from '../../test/stores.js';

const indicators = [
  'population_2024',
  'population_15plus_2024',
  'rural_share_2024',
  'labour_force_2024_thousands',
  'participation_rate_2024',
];

interface Overview {
  canEdit: boolean;
  regions: Array<{
    code: string;
    currentVersion: { label: string } | null;
    versionHistory: Array<{ label: string }>;
  }>;
  pilots: Array<{ regionCode: string }>;
  evaluations: Array<{
    id: number;
    regionCode: string;
    scores: Array<{ criterionId: number; score: number }>;
    findings: Array<{ id: number; text: string }>;
    evidence: Array<{ kind: string; url: string | null; label: string }>;
  }>;
  versions: Array<{ label: string; findings: Array<{ id: number }> }>;
  wavePlan: null | {
    objective: number;
    randomObjective: number;
    exact: boolean;
    waves: Array<{
      id: number;
      regions: string[];
      regionCount: number;
      startsOn: string;
      endsOn: string;
      modelVersionId: number | null;
      planTaskId: number | null;
      planTaskLabel: string | null;
    }>;
  };
}

describe.each(storeKinds)('rollout on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  const step1 = step(null, async () => {
    const national = await server.signIn('national');

    const suggestion = await national.post<{
      exact: boolean;
      pilots: Array<{ regionCode: string; represents: Array<{ regionCode: string }> }>;
      projection: { points: Array<{ regionCode: string; isPilot: boolean }> };
    }>('/api/rollout/pilots/suggestion', { count: 3, indicators });
    expect(suggestion.status).toBe(200);
    expect(suggestion.body.exact).toBe(true);
    expect(suggestion.body.pilots).toHaveLength(3);
    expect(suggestion.body.pilots.flatMap((pilot) => pilot.represents)).toHaveLength(16);
    expect(suggestion.body.projection.points.filter((point) => point.isPilot)).toHaveLength(3);
    const pilotCodes = suggestion.body.pilots.map((pilot) => pilot.regionCode);

    expect(
      (
        await national.put('/api/rollout/pilots', {
          regions: pilotCodes,
          indicators,
          rationale: 'Representativas',
        })
      ).status,
    ).toBe(200);

    const criterion = await national.post<{ id: number }>('/api/rollout/criteria', {
      name: 'Participación efectiva',
      description: 'Los diálogos reúnen a trabajadores, personas desocupadas y empleadores',
      source: 'dream_circle',
      sourceLabel: 'Círculo de sueños: «todas las voces en la mesa»',
      planId: 1,
      planDreamId: 3,
    });
    expect(criterion.status).toBe(201);
    const pilot = pilotCodes[0] as string;
    const evaluation = await national.post<{ id: number }>('/api/rollout/evaluations', {
      regionCode: pilot,
      title: 'Evaluación conjunta del piloto',
      heldOn: '2026-06-30',
      summary: 'Primer ciclo completo',
    });
    expect(evaluation.status).toBe(201);
    const evaluationUrl = `/api/rollout/evaluations/${evaluation.body.id}`;
    expect(
      (
        await national.put(`${evaluationUrl}/scores`, {
          scores: [{ criterionId: criterion.body.id, score: 4 }],
        })
      ).status,
    ).toBe(200);
    const finding = await national.post<{ id: number }>(`${evaluationUrl}/findings`, {
      text: 'Los empleadores llegan poco a los diálogos de tarde',
    });
    expect(finding.status).toBe(201);
    expect(
      (
        await national.post(`${evaluationUrl}/evidence`, {
          kind: 'dialogue',
          refId: '12',
          label: 'Diálogo de Concepción',
          findingId: finding.body.id,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await national.post(`${evaluationUrl}/evidence`, {
          kind: 'indicator',
          refId: 'rural_share_2024',
          label: 'Ruralidad',
        })
      ).status,
    ).toBe(201);

    const version = await national.post<{ id: number }>('/api/rollout/versions', {
      label: '1.1',
      title: 'Diálogos en horario laboral',
      changes: 'Los diálogos con empleadores se hacen por la mañana.',
      reason: 'Lo pidió la evaluación conjunta del piloto.',
      releasedOn: '2026-07-15',
      findingIds: [finding.body.id],
    });
    expect(version.status).toBe(201);
    const duplicate = await national.post('/api/rollout/versions', {
      label: '1.1',
      title: 'x',
      changes: 'x',
      reason: 'x',
      releasedOn: '2026-07-15',
    });
    expect(duplicate.status).toBe(409);
    expect(
      (
        await national.post('/api/rollout/region-versions', {
          regionCodes: pilotCodes,
          versionId: version.body.id,
          since: '2026-08-01',
        })
      ).status,
    ).toBe(201);

    const plan = await national.post<{ groups: string[][]; objective: number; exact: boolean }>(
      '/api/rollout/wave-plans',
      {
        title: 'Despliegue 2027',
        groups: 4,
        indicators,
        exclude: pilotCodes,
        startsOn: '2027-01-01',
        monthsPerWave: 3,
      },
    );
    expect(plan.status).toBe(201);
    expect(plan.body.exact).toBe(true);
    expect(plan.body.groups.map((group) => group.length).sort()).toEqual([3, 3, 3, 4]);

    const overview = await national.get<Overview>('/api/rollout');
    expect(overview.status).toBe(200);
    const waves = overview.body.wavePlan?.waves ?? [];
    expect(waves.map((wave) => [wave.startsOn, wave.endsOn])).toEqual([
      ['2027-01-01', '2027-03-31'],
      ['2027-04-01', '2027-06-30'],
      ['2027-07-01', '2027-09-30'],
      ['2027-10-01', '2027-12-31'],
    ]);
    expect(overview.body.wavePlan?.objective).toBeGreaterThan(overview.body.wavePlan?.randomObjective ?? 0);
    const firstWave = waves[0];
    if (!firstWave) throw new Error('no wave');
    // The wave is linked to a task of the Karabirrdt installation plan.
    const installationPlan = await national.post<{ id: number }>('/api/plans', {
      title: 'Instalación del modelo en las 16 direcciones regionales',
      startDate: '2027-01-01',
    });
    expect(installationPlan.status).toBe(201);
    const task = await national.post<{ id: number }>(`/api/plans/${installationPlan.body.id}/tasks`, {
      title: 'Instalar el modelo en la primera ola',
      step: 7,
      startDate: '2027-01-01',
      dueDate: '2027-03-31',
    });
    expect(task.status).toBe(201);
    const unknownTask = await national.patch(`/api/rollout/waves/${firstWave.id}`, { planTaskId: 999_999 });
    expect(unknownTask.status).toBe(404);
    const patched = await national.patch(`/api/rollout/waves/${firstWave.id}`, {
      modelVersionId: version.body.id,
      planTaskId: task.body.id,
      planTaskLabel: 'texto escrito a mano',
    });
    expect(patched.status).toBe(200);
    const backwards = await national.patch(`/api/rollout/waves/${firstWave.id}`, { endsOn: '2026-01-01' });
    expect(backwards.status).toBe(422);

    const after = await national.get<Overview>('/api/rollout');
    expect(after.body.wavePlan?.waves[0]).toMatchObject({
      modelVersionId: version.body.id,
      planId: installationPlan.body.id,
      planTaskId: task.body.id,
      planTaskLabel: 'Instalar el modelo en la primera ola',
    });
    expect(after.body.regions.find((region) => region.code === pilot)?.currentVersion?.label).toBe('1.1');
    expect(after.body.versions[0]?.findings.map((item) => item.id)).toEqual([finding.body.id]);
    expect((after.body as unknown as { criteria: unknown[] }).criteria).toEqual([
      expect.objectContaining({ source: 'dream_circle', planId: 1, planDreamId: 3, planTaskId: null }),
    ]);
    const recorded = after.body.evaluations.find((item) => item.id === evaluation.body.id);
    expect(recorded?.scores).toEqual([{ criterionId: criterion.body.id, score: 4, comment: null }]);
    expect(recorded?.evidence.map((item) => item.url)).toEqual([
      '/staff/dialogues/12',
      '/staff/rollout#indicator-rural_share_2024',
    ]);

    const audit = await national.get<Array<{ action: string }> | { entries: Array<{ action: string }> }>(
      '/api/audit?limit=100',
    );
    const actions = JSON.stringify(audit.body);
    for (const action of [
      'rollout.pilots.set',
      'rollout.criterion.add',
      'rollout.evaluation.create',
      'rollout.evaluation.scores',
      'rollout.finding.add',
      'rollout.evidence.add',
      'rollout.version.create',
      'rollout.version.assign',
      'rollout.waves.create',
      'rollout.wave.update',
    ]) {
      expect(actions).toContain(action);
    }
  });
  it(
    'runs the whole cycle: pilots, joint evaluation, a model version, waves with their timeline',
    () => step1(),
    storyTimeout,
  );

  const step2 = step(step1, async () => {
    const national = await server.signIn('national');
    const overview = await national.get<Overview>('/api/rollout');
    const evaluation = overview.body.evaluations[0];
    if (!evaluation) throw new Error('the first test creates an evaluation');
    const other = evaluation.regionCode === 'CL-AI' ? 'CL-MA' : 'CL-AI';
    const regional = await server.signIn('regional', [other]);
    const scoped = await regional.get<Overview>('/api/rollout');
    expect(scoped.status).toBe(200);
    expect(scoped.body.canEdit).toBe(false);
    expect(scoped.body.regions.map((region) => region.code)).toEqual([other]);
    expect(scoped.body.evaluations).toEqual([]);
    for (const wave of scoped.body.wavePlan?.waves ?? []) {
      expect(wave.regions.every((code) => code === other)).toBe(true);
    }
    expect((await regional.get(`/api/rollout/evaluations/${evaluation.id}`)).status).toBe(404);
    const refused = await regional.post('/api/rollout/evaluations', {
      regionCode: other,
      title: 'x',
      heldOn: '2026-01-01',
    });
    expect(refused.status).toBe(403);
    expect((await regional.post('/api/rollout/pilots/suggestion', { count: 2 })).status).toBe(403);
  });
  it('lets a regional manager see only their region and change nothing', () => step2(), storyTimeout);

  const step3 = step(step2, async () => {
    const national = await server.signIn('national');
    const badDate = await national.post<{ error: { code: string; issues: Array<{ path: string }> } }>(
      '/api/rollout/evaluations',
      { regionCode: 'CL-BI', title: 'x', heldOn: 'mañana' },
    );
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.issues.map((issue) => issue.path)).toContain('body.heldOn');
    expect(
      (
        await national.post('/api/rollout/wave-plans', {
          title: 'x',
          groups: 17,
          indicators,
          startsOn: '2027-01-01',
        })
      ).status,
    ).toBe(400);
    const tooMany = await national.post<{ error: { code: string } }>('/api/rollout/wave-plans', {
      title: 'x',
      groups: 3,
      indicators,
      exclude: [
        'CL-AP',
        'CL-TA',
        'CL-AN',
        'CL-AT',
        'CL-CO',
        'CL-VS',
        'CL-RM',
        'CL-LI',
        'CL-ML',
        'CL-NB',
        'CL-BI',
        'CL-AR',
        'CL-LR',
        'CL-LL',
      ],
      startsOn: '2027-01-01',
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('rollout_groups_invalid');
    expect((await national.post('/api/rollout/evaluations/999999/findings', { text: 'x' })).status).toBe(404);
    expect(
      (
        await national.post('/api/rollout/versions', {
          label: '2.0',
          title: 'x',
          changes: 'x',
          reason: 'x',
          releasedOn: '2027-01-01',
          findingIds: [999999],
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await national.post('/api/rollout/evaluations/1/evidence', {
          kind: 'indicator',
          refId: 'nada',
          label: 'x',
        })
      ).status,
    ).toBe(400);
  });
  it('answers bad input with 4xx and a field-level message, never 500', () => step3(), storyTimeout);
});
