import { z } from 'zod';
import { contract, noContent } from '../../platform/http/contract.js';
import { maxId, urlId, urlInt } from '../../platform/http/input.js';
import { karabirrdtEndpoints } from './endpoints.js';
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

const id = urlId;

export const planParam = z.object({ id });

export const memberParam = z.object({ id, memberId: id });

export const dreamParam = z.object({ id, dreamId: id });

export const objectiveParam = z.object({ id, objectiveId: id });

export const taskParam = z.object({ id, taskId: id });

export const threadParam = z.object({ id, threadId: id });

export const listPlansResponse = z.object({
  plans: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      regionCode: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
      updatedAt: z.string(),
      taskCount: z.number(),
      doneCount: z.number(),
    }),
  ),
});

export const createPlanResponse = z.object({
  title: z.string(),
  regionCode: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  dotsPerMember: z.number(),
  id: z.number(),
});

export const importPlanResponse = z.object({
  id: z.number(),
  title: z.string(),
  tasks: z.number(),
  threads: z.number(),
});

export const updatePlanResponse = z.object({
  title: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  dotsPerMember: z.number(),
  id: z.number(),
  regionCode: z.string().nullable(),
  updatedAt: z.string(),
});

export const planEventsResponse = z.object({
  events: z.array(z.object({ id: z.number(), type: z.string(), payload: z.unknown() })),
});

export const addMemberResponse = z.object({
  id: z.number(),
  name: z.string(),
  userId: z.number().nullable(),
});

export const updateMemberResponse = z.object({ id: z.number(), name: z.string() });

export const setPollResponse = z.object({
  memberId: z.number(),
  dots: z.array(z.object({ objectiveId: z.number(), dots: z.number() })),
  used: z.number(),
});

export const addDreamResponse = z.object({
  achieved: z.null(),
  evaluationNote: z.null(),
  memberId: z.number().nullable(),
  text: z.string(),
  id: z.number(),
});

export const updateDreamResponse = z.object({
  id: z.number(),
  memberId: z.number().nullable(),
  text: z.string(),
  achieved: z.boolean().nullable(),
  evaluationNote: z.string().nullable(),
});

export const addObjectiveResponse = z.object({ id: z.number(), title: z.string(), position: z.number() });

export const updateObjectiveResponse = z.object({
  title: z.string().optional(),
  position: z.number().optional(),
  id: z.number(),
});

export const addTaskResponse = z.object({
  id: z.number(),
  title: z.string(),
  description: z.string().nullable(),
  step: z.number(),
  quadrant: z.enum(['sonar', 'planificar', 'hacer', 'celebrar']),
  objectiveId: z.number().nullable(),
  hours: z.number(),
  cost: z.number(),
  durationDays: z.number(),
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(['pending', 'done', 'in_progress']),
  version: z.number(),
  canDo: z.array(z.number()),
  wantsToLearn: z.array(z.number()),
  updatedAt: z.string(),
});

export const addThreadResponse = z.object({ id: z.number(), fromTaskId: z.number(), toTaskId: z.number() });

export const getPlanResponse = z.object({
  plan: z.object({
    id: z.number(),
    title: z.string(),
    regionCode: z.string().nullable(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    dotsPerMember: z.number(),
    updatedAt: z.string(),
  }),
  today: z.string(),
  members: z.array(addMemberResponse),
  dreams: z.array(updateDreamResponse),
  objectives: z.array(
    z.object({ rank: z.number(), id: z.number(), title: z.string(), position: z.number(), dots: z.number() }),
  ),
  poll: z.array(z.object({ memberId: z.number(), objectiveId: z.number(), dots: z.number() })),
  tasks: z.array(addTaskResponse),
  threads: z.array(addThreadResponse),
  analysis: z.object({
    timing: z.record(
      z.string(),
      z.object({
        earliestStart: z.number(),
        earliestFinish: z.number(),
        latestStart: z.number(),
        latestFinish: z.number(),
        slack: z.number(),
        critical: z.boolean(),
        earliestStartDate: z.string(),
        latestFinishDate: z.string(),
        late: z.boolean(),
      }),
    ),
    duration: z.number(),
    endDate: z.string(),
    criticalPath: z.array(z.number()),
    criticalThreadIds: z.array(z.number()),
    lateTaskIds: z.array(z.number()),
    progress: z.object({
      total: z.object({
        tasks: z.number(),
        done: z.number(),
        hours: z.number(),
        doneHours: z.number(),
        cost: z.number(),
      }),
      byQuadrant: z.object({
        sonar: z.object({
          tasks: z.number(),
          done: z.number(),
          hours: z.number(),
          doneHours: z.number(),
          cost: z.number(),
        }),
        planificar: z.object({
          tasks: z.number(),
          done: z.number(),
          hours: z.number(),
          doneHours: z.number(),
          cost: z.number(),
        }),
        hacer: z.object({
          tasks: z.number(),
          done: z.number(),
          hours: z.number(),
          doneHours: z.number(),
          cost: z.number(),
        }),
        celebrar: z.object({
          tasks: z.number(),
          done: z.number(),
          hours: z.number(),
          doneHours: z.number(),
          cost: z.number(),
        }),
      }),
      byObjective: z.record(
        z.string(),
        z.object({
          tasks: z.number(),
          done: z.number(),
          hours: z.number(),
          doneHours: z.number(),
          cost: z.number(),
        }),
      ),
    }),
    checks: z.object({
      tasksWithoutPeople: z.array(z.number()),
      tasksWithoutThreads: z.array(z.number()),
      leverage: z.array(z.object({ taskId: z.number(), threads: z.number() })),
      celebrateShare: z.number(),
      celebrateTarget: z.number(),
      objectiveCount: z.number(),
    }),
  }),
});

export const karabirrdtContract = contract(karabirrdtEndpoints, {
  listPlans: { response: listPlansResponse },
  createPlan: { body: planInputSchema, response: createPlanResponse },
  importPlan: { response: importPlanResponse },
  getPlan: { params: planParam, response: getPlanResponse },
  updatePlan: { params: planParam, body: planPatchSchema, response: updatePlanResponse },
  removePlan: { params: planParam, response: noContent },
  planEvents: {
    params: planParam,
    query: z.object({ after: urlInt(0, maxId).default(0) }),
    response: planEventsResponse,
  },
  addMember: { params: planParam, body: memberInputSchema, response: addMemberResponse },
  updateMember: { params: memberParam, body: memberPatchSchema, response: updateMemberResponse },
  removeMember: { params: memberParam, response: noContent },
  setPoll: { params: memberParam, body: pollInputSchema, response: setPollResponse },
  addDream: { params: planParam, body: dreamInputSchema, response: addDreamResponse },
  updateDream: { params: dreamParam, body: dreamPatchSchema, response: updateDreamResponse },
  removeDream: { params: dreamParam, response: noContent },
  addObjective: { params: planParam, body: objectiveInputSchema, response: addObjectiveResponse },
  updateObjective: { params: objectiveParam, body: objectivePatchSchema, response: updateObjectiveResponse },
  removeObjective: { params: objectiveParam, response: noContent },
  addTask: { params: planParam, body: taskInputSchema, response: addTaskResponse },
  updateTask: { params: taskParam, body: taskPatchSchema, response: addTaskResponse },
  removeTask: { params: taskParam, response: noContent },
  addThread: { params: planParam, body: threadInputSchema, response: addThreadResponse },
  removeThread: { params: threadParam, response: noContent },
  planJson: { params: planParam },
  tasksCsv: { params: planParam },
  tasksIcs: { params: planParam },
  live: { params: planParam },
});
