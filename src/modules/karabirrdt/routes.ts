import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resolveStaff } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors/index.js';
import { maxId, urlId, urlInt } from '../../platform/http/input.js';
import { route } from '../../platform/http/route.js';
import { liveSocketRoute } from '../../platform/live/sockets.js';
import {
  dreamInputSchema,
  dreamPatchSchema,
  memberInputSchema,
  memberPatchSchema,
  objectiveInputSchema,
  objectivePatchSchema,
  planInputSchema,
  planPatchSchema,
  pollInputSchema,
  taskInputSchema,
  taskPatchSchema,
  threadInputSchema,
} from './schema.js';
import * as service from './service.js';
import { exportPlan, importPlan } from './transfer.js';

const id = urlId;
const planParam = z.object({ id });
const memberParam = z.object({ id, memberId: id });
const dreamParam = z.object({ id, dreamId: id });
const objectiveParam = z.object({ id, objectiveId: id });
const taskParam = z.object({ id, taskId: id });
const threadParam = z.object({ id, threadId: id });
const tags = ['karabirrdt'];

export async function karabirrdtRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    method: 'GET',
    url: '/api/plans',
    summary: 'Karabirrdt plans the caller works on',
    tags,
    access: 'staff',
    handler: async ({ actor }) => ({ plans: await service.listPlansFor(ctx, actor) }),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans',
    summary: 'Create a plan (national team)',
    tags,
    access: 'staff',
    body: planInputSchema,
    handler: async ({ actor, body, reply }) =>
      reply.code(201).send(await service.createPlan(ctx, actor, body)),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans/import',
    summary: 'Create a plan from an exported plan file; an invalid file stores nothing',
    tags,
    access: 'staff',
    handler: async ({ actor, request, reply }) =>
      reply.code(201).send(await importPlan(ctx, actor, request.body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/plans/:id',
    summary: 'A plan with its people, dreams, objectives, tasks, threads, schedule and check panel',
    tags,
    access: 'staff',
    params: planParam,
    handler: async ({ actor, params }) => service.planView(ctx, actor, params.id),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/plans/:id',
    summary: 'Change a plan',
    tags,
    access: 'staff',
    params: planParam,
    body: planPatchSchema,
    handler: async ({ actor, params, body }) => service.updatePlanDetails(ctx, actor, params.id, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/plans/:id',
    summary: 'Delete a plan (national team)',
    tags,
    access: 'staff',
    params: planParam,
    handler: async ({ actor, params }) => service.removePlan(ctx, actor, params.id),
  });

  route(app, {
    method: 'GET',
    url: '/api/plans/:id/events',
    summary: 'Changes of a plan after a given event id (for a screen that reconnects)',
    tags,
    access: 'staff',
    params: planParam,
    query: z.object({ after: urlInt(0, maxId).default(0) }),
    handler: async ({ actor, params, query }) => ({
      events: await service.planEventsAfter(ctx, actor, params.id, query.after),
    }),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans/:id/members',
    summary: 'Add a person to the plan (a staff user or a named person)',
    tags,
    access: 'staff',
    params: planParam,
    body: memberInputSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await service.addMember(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/plans/:id/members/:memberId',
    summary: 'Rename a person of the plan',
    tags,
    access: 'staff',
    params: memberParam,
    body: memberPatchSchema,
    handler: async ({ actor, params, body }) =>
      service.renameMember(ctx, actor, params.id, params.memberId, body.name),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/plans/:id/members/:memberId',
    summary: 'Remove a person from the plan',
    tags,
    access: 'staff',
    params: memberParam,
    handler: async ({ actor, params }) => service.removeMember(ctx, actor, params.id, params.memberId),
  });

  route(app, {
    method: 'PUT',
    url: '/api/plans/:id/poll/:memberId',
    summary: "A person's dots in the straw poll over the objectives",
    tags,
    access: 'staff',
    params: memberParam,
    body: pollInputSchema,
    handler: async ({ actor, params, body }) =>
      service.castPoll(ctx, actor, params.id, params.memberId, body),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans/:id/dreams',
    summary: 'Add a contribution to the dream circle',
    tags,
    access: 'staff',
    params: planParam,
    body: dreamInputSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await service.addDream(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/plans/:id/dreams/:dreamId',
    summary: 'Edit a dream or record whether it was achieved',
    tags,
    access: 'staff',
    params: dreamParam,
    body: dreamPatchSchema,
    handler: async ({ actor, params, body }) =>
      service.updateDream(ctx, actor, params.id, params.dreamId, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/plans/:id/dreams/:dreamId',
    summary: 'Remove a dream',
    tags,
    access: 'staff',
    params: dreamParam,
    handler: async ({ actor, params }) => service.removeDream(ctx, actor, params.id, params.dreamId),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans/:id/objectives',
    summary: 'Add an objective (at most 8)',
    tags,
    access: 'staff',
    params: planParam,
    body: objectiveInputSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await service.addObjective(ctx, actor, params.id, body.title)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/plans/:id/objectives/:objectiveId',
    summary: 'Change an objective',
    tags,
    access: 'staff',
    params: objectiveParam,
    body: objectivePatchSchema,
    handler: async ({ actor, params, body }) =>
      service.updateObjective(ctx, actor, params.id, params.objectiveId, body),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/plans/:id/objectives/:objectiveId',
    summary: 'Remove an objective',
    tags,
    access: 'staff',
    params: objectiveParam,
    handler: async ({ actor, params }) => service.removeObjective(ctx, actor, params.id, params.objectiveId),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans/:id/tasks',
    summary: 'Add a task on one of the 12 steps',
    tags,
    access: 'staff',
    params: planParam,
    body: taskInputSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await service.addTask(ctx, actor, params.id, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/plans/:id/tasks/:taskId',
    summary: 'Change a task; a stale version answers 409 with the current task',
    tags,
    access: 'staff',
    params: taskParam,
    body: taskPatchSchema,
    handler: async ({ actor, params, body, request, reply }) => {
      try {
        return await service.updateTask(ctx, actor, params.id, params.taskId, body);
      } catch (error) {
        if (!(error instanceof service.TaskConflict)) throw error;
        // The usual error body, plus the task as it is now so the screen can show both versions.
        return reply.code(409).send({
          error: { code: error.code, message: error.messageIn(request.locale), issues: error.issues },
          current: error.current,
        });
      }
    },
  });

  route(app, {
    method: 'DELETE',
    url: '/api/plans/:id/tasks/:taskId',
    summary: 'Remove a task and its threads',
    tags,
    access: 'staff',
    params: taskParam,
    handler: async ({ actor, params }) => service.removeTask(ctx, actor, params.id, params.taskId),
  });

  route(app, {
    method: 'POST',
    url: '/api/plans/:id/threads',
    summary: 'Add a thread between two tasks; one that would close a loop is refused, naming the loop',
    tags,
    access: 'staff',
    params: planParam,
    body: threadInputSchema,
    handler: async ({ actor, params, body, reply }) =>
      reply.code(201).send(await service.addThread(ctx, actor, params.id, body.fromTaskId, body.toTaskId)),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/plans/:id/threads/:threadId',
    summary: 'Remove a thread',
    tags,
    access: 'staff',
    params: threadParam,
    handler: async ({ actor, params }) => service.removeThread(ctx, actor, params.id, params.threadId),
  });

  const downloads = [
    ['plan.json', 'json', 'application/json; charset=utf-8', 'The plan as a re-importable JSON file'],
    ['tasks.csv', 'csv', 'text/csv; charset=utf-8', 'The tasks as CSV (formula-safe cells)'],
    ['tasks.ics', 'ics', 'text/calendar; charset=utf-8', 'The dated tasks as an iCalendar file'],
  ] as const;
  for (const [file, format, type, summary] of downloads) {
    route(app, {
      method: 'GET',
      url: `/api/plans/:id/${file}`,
      summary,
      tags,
      access: 'staff',
      params: planParam,
      handler: async ({ actor, params, reply }) => {
        const body = await exportPlan(ctx, actor, params.id, format);
        reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="karabirrdt-${params.id}-${file}"`);
        return format === 'json' ? JSON.stringify(body, null, 2) : body;
      },
    });
  }

  // The plan's live room: every change is pushed to every screen of the meeting. The cookie says
  // who; nothing is replayed (a reconnecting page reloads the plan once it hears `ready`).
  liveSocketRoute(app, '/ws/plans/:id', {
    async authorise(request) {
      const actor = await resolveStaff(request);
      if (!actor) throw new AppError('unauthenticated');
      const planId = Number((request.params as { id?: string }).id);
      if (!Number.isInteger(planId) || planId <= 0) throw new AppError('not_found', { what: 'plan' });
      await service.requirePlan(ctx, actor, planId);
      return { staffUserId: actor.id, sessionId: actor.sessionId };
    },
    async open(live) {
      const planId = Number((live.request.params as { id?: string }).id);
      live.onClose(
        ctx.hub.subscribe(`plan:${planId}`, (event) =>
          live.send({ type: 'event', id: event.id, event: event.type, payload: event.payload }),
        ),
      );
      live.send({ type: 'ready' });
    },
  });
}
