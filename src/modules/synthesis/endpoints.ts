import { get, patch, post, put } from '../../platform/http/endpoint.js';

/** The synthesis endpoints (method and URL); their schemas are in contract.ts. */
export const synthesisEndpoints = {
  runThemes: post('/api/synthesis/runs'),
  startThemeJob: post('/api/synthesis/jobs'),
  getThemeJob: get('/api/synthesis/jobs/:id'),
  cancelThemeJob: post('/api/synthesis/jobs/:id/cancel'),
  listThemes: get('/api/synthesis/themes'),
  getTheme: get('/api/synthesis/themes/:id'),
  renameTheme: patch('/api/synthesis/themes/:id'),
  publishTheme: put('/api/synthesis/themes/:id/publication'),
  mergeTheme: post('/api/synthesis/themes/:id/merge'),
  splitTheme: post('/api/synthesis/themes/:id/split'),
  moveIdea: post('/api/synthesis/themes/:id/ideas'),
  findDuplicates: get('/api/dialogues/:id/ideas/:ideaId/duplicates'),
};
