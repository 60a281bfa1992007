import { del, get, patch, post, put } from '../../platform/http/endpoint.js';

/** The cycles endpoints (method and URL); their schemas are in contract.ts. */
export const cycleEndpoints = {
  listCyclesFor: get('/api/cycles'),
  createCycle: post('/api/cycles'),
  getCycle: get('/api/cycles/:id'),
  getTrack: get('/api/tracks/:id'),
  updateTrackNotes: patch('/api/tracks/:id'),
  setPhaseDates: put('/api/tracks/:id/phases'),
  setPhaseCompleted: post('/api/phases/:id/completion'),
  attachCandidates: get('/api/phases/:id/candidates'),
  attachToPhase: post('/api/phases/:id/attachments'),
  detachFromPhase: del('/api/attachments/:id'),
  addFeedbackSession: post('/api/tracks/:id/feedback-sessions'),
  updateFeedbackSession: patch('/api/feedback-sessions/:id'),
};
