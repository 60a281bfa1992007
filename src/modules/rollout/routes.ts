import type { FastifyInstance } from 'fastify';
import { idParam, route } from '../../platform/http/route.js';
import {
  assignVersionSchema,
  criterionSchema,
  evaluationSchema,
  evidenceSchema,
  findingSchema,
  pilotSuggestionSchema,
  pilotsSchema,
  scoresSchema,
  versionSchema,
  wavePatchSchema,
  wavePlanSchema,
} from './schema.js';
import {
  addCriterion,
  addEvidence,
  addFinding,
  assignVersion,
  createEvaluation,
  createVersion,
  createWavePlan,
  getEvaluation,
  getOverview,
  patchWave,
  setPilots,
  setScores,
  suggestPilots,
} from './service.js';

export async function rolloutRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const tags = ['rollout'];

  route(app, {
    method: 'GET',
    url: '/api/rollout',
    summary: 'The rollout plan as the caller may see it: pilots, evaluations, model versions, waves',
    tags,
    access: 'staff',
    handler: ({ actor }) => getOverview(ctx, actor),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/pilots/suggestion',
    summary: 'Suggest the most representative pilot regions (k-medoids of the standardised indicators)',
    tags,
    access: 'staff',
    body: pilotSuggestionSchema,
    handler: ({ actor, body }) => suggestPilots(ctx, actor, body),
  });

  route(app, {
    method: 'PUT',
    url: '/api/rollout/pilots',
    summary: 'Set the pilot regions',
    tags,
    access: 'staff',
    body: pilotsSchema,
    handler: ({ actor, body }) => setPilots(ctx, actor, body),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/criteria',
    summary: 'Add an evaluation criterion (from the model or the plan’s dream circle)',
    tags,
    access: 'staff',
    body: criterionSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addCriterion(ctx, actor, body)),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/evaluations',
    summary: 'Open the joint evaluation of a pilot with its region',
    tags,
    access: 'staff',
    body: evaluationSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await createEvaluation(ctx, actor, body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/rollout/evaluations/:id',
    summary: 'One evaluation with its scores, findings and evidence',
    tags,
    access: 'staff',
    params: idParam,
    handler: ({ actor, params }) => getEvaluation(ctx, actor, params.id),
  });

  route(app, {
    method: 'PUT',
    url: '/api/rollout/evaluations/:id/scores',
    summary: 'Record the scores of an evaluation (1–5 per criterion)',
    tags,
    access: 'staff',
    params: idParam,
    body: scoresSchema,
    handler: ({ actor, params, body }) => setScores(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/evaluations/:id/findings',
    summary: 'Add a finding to an evaluation',
    tags,
    access: 'staff',
    params: idParam,
    body: findingSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await addFinding(ctx, actor, params.id, body.text)),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/evaluations/:id/evidence',
    summary: 'Add evidence: a typed link to a dialogue, council session, indicator or document',
    tags,
    access: 'staff',
    params: idParam,
    body: evidenceSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await addEvidence(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/versions',
    summary: 'Publish a model version: what changed, why, which findings it answers',
    tags,
    access: 'staff',
    body: versionSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await createVersion(ctx, actor, body)),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/region-versions',
    summary: 'Record that regions run a model version from a date on',
    tags,
    access: 'staff',
    body: assignVersionSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await assignVersion(ctx, actor, body)),
  });

  route(app, {
    method: 'POST',
    url: '/api/rollout/wave-plans',
    summary: 'Compute waves of dissimilar regions (anticlustering) and make them the current wave plan',
    tags,
    access: 'staff',
    body: wavePlanSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await createWavePlan(ctx, actor, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/rollout/waves/:id',
    summary: 'Edit a wave: name, dates, model version, linked plan task',
    tags,
    access: 'staff',
    params: idParam,
    body: wavePatchSchema,
    handler: ({ actor, params, body }) => patchWave(ctx, actor, params.id, body),
  });
}
