import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParam, route } from '../../platform/http/route.js';
import {
  attachmentSchema,
  feedbackSessionPatchSchema,
  newCycleSchema,
  newFeedbackSessionSchema,
  phaseCompletionSchema,
  phaseDatesSchema,
  trackPatchSchema,
} from './schema.js';
import type { CarryOver } from './service.js';
import {
  addFeedbackSession,
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
    method: 'GET',
    url: '/api/cycles',
    summary: 'Annual cycles, newest first',
    tags,
    access: 'staff',
    handler: async ({ actor }) => ({ cycles: await listCyclesFor(ctx, actor) }),
  });

  route(app, {
    method: 'POST',
    url: '/api/cycles',
    summary:
      'Start the year’s cycle (national team): tracks per region, phases, planned feedback; carries over unfinished initiatives',
    tags,
    access: 'staff',
    body: newCycleSchema,
    handler: async ({ actor, body, reply }) =>
      reply.code(201).send(await createCycle(ctx, actor, body, carryOver)),
  });

  route(app, {
    method: 'GET',
    url: '/api/cycles/:id',
    summary: 'A cycle and the tracks the caller sees',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => getCycle(ctx, actor, params.id),
  });

  route(app, {
    method: 'GET',
    url: '/api/tracks/:id',
    summary: 'A region’s track of a cycle',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => getTrack(ctx, actor, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/tracks/:id',
    summary: 'Change a track’s notes',
    tags,
    access: 'staff',
    params: idParam,
    body: trackPatchSchema,
    handler: async ({ actor, params, body }) => updateTrackNotes(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'PUT',
    url: '/api/tracks/:id/phases',
    summary: 'Set a track’s phase dates (in order, or refused)',
    tags,
    access: 'staff',
    params: idParam,
    body: z.object({ phases: phaseDatesSchema }),
    handler: async ({ actor, params, body }) => setPhaseDates(ctx, actor, params.id, body.phases),
  });

  route(app, {
    method: 'POST',
    url: '/api/phases/:id/completion',
    summary: 'Mark a phase done or reopen it',
    tags,
    access: 'staff',
    params: idParam,
    body: phaseCompletionSchema,
    handler: async ({ actor, params, body }) => setPhaseCompleted(ctx, actor, params.id, body.completed),
  });

  route(app, {
    method: 'POST',
    url: '/api/phases/:id/attachments',
    summary: 'Attach what a phase produced (dialogue, interview, council session, theme)',
    tags,
    access: 'staff',
    params: idParam,
    body: attachmentSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await attachToPhase(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/attachments/:id',
    summary: 'Remove an attachment of a phase',
    tags,
    access: 'staff',
    params: idParam,
    handler: async ({ actor, params }) => detachFromPhase(ctx, actor, params.id),
  });

  route(app, {
    method: 'POST',
    url: '/api/tracks/:id/feedback-sessions',
    summary: 'Plan or record a feedback session inside implementation',
    tags,
    access: 'staff',
    params: idParam,
    body: newFeedbackSessionSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await addFeedbackSession(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/feedback-sessions/:id',
    summary: 'Record a feedback session (held date, attendance, notes)',
    tags,
    access: 'staff',
    params: idParam,
    body: feedbackSessionPatchSchema,
    handler: async ({ actor, params, body }) => updateFeedbackSession(ctx, actor, params.id, body),
  });
}
