import { get, post, put } from '../../platform/http/endpoint.js';

/** The answers endpoints (method and URL); their schemas are in contract.ts. */
export const answerEndpoints = {
  answerIdea: put('/api/ideas/:id/answer'),
  answerTheme: post('/api/synthesis/themes/:id/answers'),
  dialogueAnswers: get('/api/dialogues/:id/answers'),
};
