import { del, get, post, put } from '../../platform/http/endpoint.js';

/** The interviews endpoints (method and URL); their schemas are in contract.ts. */
export const interviewEndpoints = {
  guides: get('/api/interview-guides'),
  addGuide: post('/api/interview-guides'),
  codebook: get('/api/interview-codes'),
  addCode: post('/api/interview-codes'),
  interviewsFor: get('/api/interviews'),
  recordInterview: post('/api/interviews'),
  synthesis: get('/api/interviews/synthesis'),
  coverage: get('/api/interviews/coverage'),
  setInterviewTarget: put('/api/interviews/target'),
  getInterview: get('/api/interviews/:id'),
  codePassage: post('/api/interviews/:id/codings'),
  uncodePassage: del('/api/interview-codings/:id'),
};
