import { del, get, post } from '../../platform/http/endpoint.js';

/** The consultations endpoints (method and URL); their schemas are in contract.ts. */
export const consultationEndpoints = {
  listConsultations: get('/api/consultations'),
  createConsultation: post('/api/consultations'),
  importPolis: post('/api/consultations/import-polis', { upload: true }),
  getConsultation: get('/api/consultations/:id'),
  addStatement: post('/api/consultations/:id/statements'),
  seedFromDialogue: post('/api/consultations/:id/statements/from-dialogue'),
  seedFromTheme: post('/api/consultations/:id/statements/from-theme'),
  moderateStatement: post('/api/consultations/:id/statements/:statementId/moderation'),
  opinionGroups: get('/api/consultations/:id/groups'),
  qr: get('/api/consultations/:id/qr.svg', { file: 'image/svg+xml' }),
  exportVotes: get('/api/consultations/:id/participants-votes.csv', { file: 'text/csv' }),
  linkDialogue: post('/api/consultations/:id/dialogues'),
  unlinkDialogue: del('/api/consultations/:id/dialogues/:dialogueId'),
  dialogueMaterial: get('/api/dialogues/:id/consultations'),
  joinConsultation: post('/api/c/:key/join'),
  nextStatement: get('/api/c/:key/next'),
  castVote: post('/api/c/:key/votes'),
  proposeStatement: post('/api/c/:key/statements'),
};
