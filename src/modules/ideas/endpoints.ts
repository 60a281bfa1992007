import { get, patch, post } from '../../platform/http/endpoint.js';

/** The ideas endpoints (method and URL); their schemas are in contract.ts. */
export const ideaEndpoints = {
  listStaffIdeas: get('/api/dialogues/:id/ideas'),
  listIdeas: get('/api/ideas'),
  ideasListCsv: get('/api/ideas.csv', { file: 'text/csv; charset=utf-8' }),
  addCardIdea: post('/api/dialogues/:id/ideas'),
  editIdeaText: patch('/api/ideas/:id'),
  hideIdea: post('/api/ideas/:id/hide'),
  unhideIdea: post('/api/ideas/:id/unhide'),
  mergeIdea: post('/api/ideas/:id/merge'),
  unmergeIdea: post('/api/ideas/:id/unmerge'),
  addPhoneIdea: post('/api/me/ideas'),
  editPhoneIdea: patch('/api/me/ideas/:id'),
};
