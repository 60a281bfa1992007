import type { FastifyInstance } from 'fastify';
import { resolveStaff } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/errors/index.js';
import { route } from '../../platform/http/route.js';
import { liveSocketRoute } from '../../platform/live/sockets.js';
import { karabirrdtContract as api } from './contract.js';
import * as service from './service.js';
import { exportPlan, importPlan } from './transfer.js';

const tags = ['karabirrdt'];

export async function karabirrdtRoutes(app: FastifyInstance) {
  const ctx = app.ctx;

  route(app, {
    ...api.listPlans,
    summary: 'Karabirrdt plans the caller works on',
    tags,
    access: 'staff',
    handler: async ({ actor }) => ({ plans: await service.listPlansFor(ctx, actor) }),
  });

  route(app, {
    ...api.createPlan,
    summary: 'Create a plan (national team)',
    tags,
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return service.createPlan(ctx, actor, body);
    },
  });

  route(app, {
    ...api.importPlan,
    summary: 'Create a plan from an exported plan file; an invalid file stores nothing',
    tags,
    access: 'staff',
    handler: async ({ actor, request, reply }) => {
      reply.code(201);
      return importPlan(ctx, actor, request.body);
    },
  });

  route(app, {
    ...api.getPlan,
    summary: 'A plan with its people, dreams, objectives, tasks, threads, schedule and check panel',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.planView(ctx, actor, params.id),
  });

  route(app, {
    ...api.updatePlan,
    summary: 'Change a plan',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) => service.updatePlanDetails(ctx, actor, params.id, body),
  });

  route(app, {
    ...api.removePlan,
    summary: 'Delete a plan (national team)',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.removePlan(ctx, actor, params.id),
  });

  route(app, {
    ...api.planEvents,
    summary: 'Changes of a plan after a given event id (for a screen that reconnects)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, query }) => ({
      events: await service.planEventsAfter(ctx, actor, params.id, query.after),
    }),
  });

  route(app, {
    ...api.addMember,
    summary: 'Add a person to the plan (a staff user or a named person)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return service.addMember(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.updateMember,
    summary: 'Rename a person of the plan',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      service.renameMember(ctx, actor, params.id, params.memberId, body.name),
  });

  route(app, {
    ...api.removeMember,
    summary: 'Remove a person from the plan',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.removeMember(ctx, actor, params.id, params.memberId),
  });

  route(app, {
    ...api.setPoll,
    summary: "A person's dots in the straw poll over the objectives",
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      service.castPoll(ctx, actor, params.id, params.memberId, body),
  });

  route(app, {
    ...api.addDream,
    summary: 'Add a contribution to the dream circle',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return service.addDream(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.updateDream,
    summary: 'Edit a dream or record whether it was achieved',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      service.updateDream(ctx, actor, params.id, params.dreamId, body),
  });

  route(app, {
    ...api.removeDream,
    summary: 'Remove a dream',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.removeDream(ctx, actor, params.id, params.dreamId),
  });

  route(app, {
    ...api.addObjective,
    summary: 'Add an objective (at most 8)',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return service.addObjective(ctx, actor, params.id, body.title);
    },
  });

  route(app, {
    ...api.updateObjective,
    summary: 'Change an objective',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body }) =>
      service.updateObjective(ctx, actor, params.id, params.objectiveId, body),
  });

  route(app, {
    ...api.removeObjective,
    summary: 'Remove an objective',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.removeObjective(ctx, actor, params.id, params.objectiveId),
  });

  route(app, {
    ...api.addTask,
    summary: 'Add a task on one of the 12 steps',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return service.addTask(ctx, actor, params.id, body);
    },
  });

  route(app, {
    ...api.updateTask,
    summary: 'Change a task; a stale version answers 409 with the current task',
    tags,
    access: 'staff',
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
    ...api.removeTask,
    summary: 'Remove a task and its threads',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.removeTask(ctx, actor, params.id, params.taskId),
  });

  route(app, {
    ...api.addThread,
    summary: 'Add a thread between two tasks; one that would close a loop is refused, naming the loop',
    tags,
    access: 'staff',
    handler: async ({ actor, params, body, reply }) => {
      reply.code(201);
      return service.addThread(ctx, actor, params.id, body.fromTaskId, body.toTaskId);
    },
  });

  route(app, {
    ...api.removeThread,
    summary: 'Remove a thread',
    tags,
    access: 'staff',
    handler: async ({ actor, params }) => service.removeThread(ctx, actor, params.id, params.threadId),
  });

  const downloads = [
    [api.planJson, 'plan.json', 'json', 'The plan as a re-importable JSON file'],
    [api.tasksCsv, 'tasks.csv', 'csv', 'The tasks as CSV (formula-safe cells)'],
    [api.tasksIcs, 'tasks.ics', 'ics', 'The dated tasks as an iCalendar file'],
  ] as const;
  for (const [endpoint, file, format, summary] of downloads) {
    route(app, {
      ...endpoint,
      summary,
      tags,
      access: 'staff',
      handler: async ({ actor, params, reply }) => {
        const body = await exportPlan(ctx, actor, params.id, format);
        reply
          .header('content-type', endpoint.file)
          .header('content-disposition', `attachment; filename="karabirrdt-${params.id}-${file}"`);
        return format === 'json' ? JSON.stringify(body, null, 2) : body;
      },
    });
  }

  // The plan's live room: every change is pushed to every screen of the meeting. The cookie says
  // who; nothing is replayed (a reconnecting page reloads the plan once it hears `ready`).
  liveSocketRoute(app, api.live.url, {
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
