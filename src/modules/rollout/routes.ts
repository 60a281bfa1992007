import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { rolloutContract as api } from './contract.js';
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
    ...api.getOverview,
    summary: 'The rollout plan as the caller may see it: pilots, evaluations, model versions, waves',
    tags,
    access: 'staff',
    handler: ({ actor }) => getOverview(ctx, actor),
  });

  route(app, {
    ...api.suggestPilots,
    summary: 'Suggest the most representative pilot regions (k-medoids of the standardised indicators)',
    tags,
    access: 'staff',
    handler: ({ actor, body }) => suggestPilots(ctx, actor, body),
  });

  route(app, {
    ...api.setPilots,
    summary: 'Set the pilot regions',
    tags,
    access: 'staff',
    handler: ({ actor, body }) => setPilots(ctx, actor, body),
  });

  route(app, {
    ...api.addCriterion,
    summary: 'Add an evaluation criterion (from the model or the plan’s dream circle)',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addCriterion(ctx, actor, body);
    },
  });

  route(app, {
    ...api.createEvaluation,
    summary: 'Open the joint evaluation of a pilot with its region',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return createEvaluation(ctx, actor, body);
    },
  });

  route(app, {
    ...api.getEvaluation,
    summary: 'One evaluation with its scores, findings and evidence',
    tags,
    access: 'staff',
    handler: ({ actor, params }) => getEvaluation(ctx, actor, params.id),
  });

  route(app, {
    ...api.setScores,
    summary: 'Record the scores of an evaluation (1–5 per criterion)',
    tags,
    access: 'staff',
    handler: ({ actor, params, body }) => setScores(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.addFinding,
    summary: 'Add a finding to an evaluation',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return addFinding(ctx, actor, params.id, body.text);
    },
  });

  route(app, {
    ...api.addEvidence,
    summary: 'Add evidence: a typed link to a dialogue, council session, indicator or document',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return addEvidence(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.createVersion,
    summary: 'Publish a model version: what changed, why, which findings it answers',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return createVersion(ctx, actor, body);
    },
  });

  route(app, {
    ...api.assignVersion,
    summary: 'Record that regions run a model version from a date on',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return assignVersion(ctx, actor, body);
    },
  });

  route(app, {
    ...api.createWavePlan,
    summary: 'Compute waves of dissimilar regions (anticlustering) and make them the current wave plan',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return createWavePlan(ctx, actor, body);
    },
  });

  route(app, {
    ...api.patchWave,
    summary: 'Edit a wave: name, dates, model version, linked plan task',
    tags,
    access: 'staff',
    handler: ({ actor, params, body }) => patchWave(ctx, actor, params.id, body),
  });
}
