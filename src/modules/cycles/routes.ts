import type { FastifyInstance } from 'fastify';
import { route } from '../../platform/http/route.js';
import { cycleContract as api } from './contract.js';
import type { CarryOver } from './service.js';
import {
  addFeedbackSession,
  attachCandidates,
  attachToPhase,
  createCycle,
  detachFromPhase,
  getCycle,
  getTrack,
  listCyclesFor,
  setPhaseCompleted,
  setPhaseDates,
  updateFeedbackSession,
  updateTrackNotes,
} from './service.js';

/** `carryOver` is the initiatives feature's, passed by the composition root (src/modules/index.ts). */
export async function cycleRoutes(app: FastifyInstance, carryOver: CarryOver) {
  const ctx = app.ctx;
  const tags = ['cycles'];

  route(app, {
    ...api.listCyclesFor,
    summary: 'Annual cycles, newest first',
    tags,
    access: 'staff',
    handler: async ({ actor }) => ({ cycles: await listCyclesFor(ctx, actor) }),
  });

  route(app, {
    ...api.createCycle,
    summary:
      'Start the year’s cycle (national team): tracks per region, phases, planned feedback; carries over unfinished initiatives',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return createCycle(ctx, actor, body, carryOver);
    },
  });

  route(app, {
    ...api.getCycle,
    summary: 'A cycle and the tracks the caller sees',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getCycle(ctx, actor, params.id),
  });

  route(app, {
    ...api.getTrack,
    summary: 'A region’s track of a cycle',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => getTrack(ctx, actor, params.id),
  });

  route(app, {
    ...api.updateTrackNotes,
    summary: 'Change a track’s notes',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => updateTrackNotes(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.setPhaseDates,
    summary: 'Set a track’s phase dates (in order, or refused)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => setPhaseDates(ctx, actor, params.id, body.phases),
  });

  route(app, {
    ...api.setPhaseCompleted,
    summary: 'Mark a phase done or reopen it',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => setPhaseCompleted(ctx, actor, params.id, body.completed),
  });

  route(app, {
    ...api.attachCandidates,
    summary:
      'What a phase may attach (dialogues, interviews, council sessions, themes of its region), by title',
    tags,
    access: 'staff',
    handler: async ({ actor, params, query }) => attachCandidates(ctx, actor, params.id, query),
  });

  route(app, {
    ...api.attachToPhase,
    summary: 'Attach what a phase produced (dialogue, interview, council session, theme)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return attachToPhase(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.detachFromPhase,
    summary: 'Remove an attachment of a phase',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => detachFromPhase(ctx, actor, params.id),
  });

  route(app, {
    ...api.addFeedbackSession,
    summary: 'Plan or record a feedback session inside implementation',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return addFeedbackSession(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.updateFeedbackSession,
    summary: 'Record a feedback session (held date, attendance, notes)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => updateFeedbackSession(ctx, actor, params.id, body),
  });
}
