import { del, get, patch, post, put, socket } from '../../platform/http/endpoint.js';

/** The karabirrdt endpoints (method and URL); their schemas are in contract.ts. */
export const karabirrdtEndpoints = {
  listPlans: get('/api/plans'),
  createPlan: post('/api/plans'),
  importPlan: post('/api/plans/import'),
  getPlan: get('/api/plans/:id'),
  updatePlan: patch('/api/plans/:id'),
  removePlan: del('/api/plans/:id'),
  planEvents: get('/api/plans/:id/events'),
  addMember: post('/api/plans/:id/members'),
  updateMember: patch('/api/plans/:id/members/:memberId'),
  removeMember: del('/api/plans/:id/members/:memberId'),
  setPoll: put('/api/plans/:id/poll/:memberId'),
  addDream: post('/api/plans/:id/dreams'),
  updateDream: patch('/api/plans/:id/dreams/:dreamId'),
  removeDream: del('/api/plans/:id/dreams/:dreamId'),
  addObjective: post('/api/plans/:id/objectives'),
  updateObjective: patch('/api/plans/:id/objectives/:objectiveId'),
  removeObjective: del('/api/plans/:id/objectives/:objectiveId'),
  addTask: post('/api/plans/:id/tasks'),
  updateTask: patch('/api/plans/:id/tasks/:taskId'),
  removeTask: del('/api/plans/:id/tasks/:taskId'),
  addThread: post('/api/plans/:id/threads'),
  removeThread: del('/api/plans/:id/threads/:threadId'),
  planJson: get('/api/plans/:id/plan.json', { file: 'application/json; charset=utf-8' }),
  tasksCsv: get('/api/plans/:id/tasks.csv', { file: 'text/csv; charset=utf-8' }),
  tasksIcs: get('/api/plans/:id/tasks.ics', { file: 'text/calendar; charset=utf-8' }),
  /** The plan's live room (WebSocket). */
  live: socket('/ws/plans/:id'),
};
