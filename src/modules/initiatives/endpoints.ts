import { del, get, patch, post } from '../../platform/http/endpoint.js';

/** The initiatives endpoints (method and URL); their schemas are in contract.ts. */
export const initiativeEndpoints = {
  listInitiativesFor: get('/api/initiatives'),
  createInitiative: post('/api/initiatives'),
  getInitiative: get('/api/initiatives/:id'),
  updateInitiative: patch('/api/initiatives/:id'),
  addSource: post('/api/initiatives/:id/sources'),
  removeSource: del('/api/initiatives/:id/sources/:kind/:refId'),
  addMilestone: post('/api/initiatives/:id/milestones'),
  updateMilestone: patch('/api/milestones/:id'),
  candidateIdeas: get('/api/tracks/:id/ideas'),
  progressTemplate: get('/api/cycles/:id/progress-template.csv', { file: 'text/csv; charset=utf-8' }),
  importProgress: post('/api/initiatives/progress-import', { upload: true }),
  publicPortfolio: get('/api/public/cartera'),
  publicPortfolioCsv: get('/api/public/cartera.csv', { file: 'text/csv; charset=utf-8' }),
  publicPortfolioJson: get('/api/public/cartera.json', { file: 'application/json' }),
  publicInitiative: get('/api/public/cartera/iniciativas/:id'),
};
