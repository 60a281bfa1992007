import { get, patch, post, put } from '../../platform/http/endpoint.js';

/** The rollout endpoints (method and URL); their schemas are in contract.ts. */
export const rolloutEndpoints = {
  getOverview: get('/api/rollout'),
  suggestPilots: post('/api/rollout/pilots/suggestion'),
  setPilots: put('/api/rollout/pilots'),
  addCriterion: post('/api/rollout/criteria'),
  createEvaluation: post('/api/rollout/evaluations'),
  getEvaluation: get('/api/rollout/evaluations/:id'),
  setScores: put('/api/rollout/evaluations/:id/scores'),
  addFinding: post('/api/rollout/evaluations/:id/findings'),
  addEvidence: post('/api/rollout/evaluations/:id/evidence'),
  createVersion: post('/api/rollout/versions'),
  assignVersion: post('/api/rollout/region-versions'),
  createWavePlan: post('/api/rollout/wave-plans'),
  patchWave: patch('/api/rollout/waves/:id'),
};
