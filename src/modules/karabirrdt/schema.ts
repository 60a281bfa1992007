import { z } from 'zod';
import { dbId, maxId } from '../../platform/http/input.js';
import { regionCodeSchema } from '../staff/index.js';

const date = z.iso.date();
const title = z.string().trim().min(1).max(200);
const id = dbId;

export const planInputSchema = z.object({
  title,
  regionCode: regionCodeSchema.nullable().default(null),
  startDate: date,
  endDate: date.nullable().default(null),
  dotsPerMember: z.number().int().min(1).max(50).default(5),
});
export type PlanInput = z.infer<typeof planInputSchema>;

export const planPatchSchema = z.object({
  title: title.optional(),
  startDate: date.optional(),
  endDate: date.nullable().optional(),
  dotsPerMember: z.number().int().min(1).max(50).optional(),
});
export type PlanPatch = z.infer<typeof planPatchSchema>;

export const memberInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  userId: id.nullable().default(null),
});
export type MemberInput = z.infer<typeof memberInputSchema>;
export const memberPatchSchema = z.object({ name: z.string().trim().min(1).max(120) });

export const dreamInputSchema = z.object({
  memberId: id.nullable().default(null),
  text: z.string().trim().min(1).max(2000),
});
export type DreamInput = z.infer<typeof dreamInputSchema>;
export const dreamPatchSchema = z.object({
  memberId: id.nullable().optional(),
  text: z.string().trim().min(1).max(2000).optional(),
  /** The celebrating question: was this dream achieved? null: not evaluated yet. */
  achieved: z.boolean().nullable().optional(),
  evaluationNote: z.string().trim().max(2000).nullable().optional(),
});
export type DreamPatch = z.infer<typeof dreamPatchSchema>;

export const objectiveInputSchema = z.object({ title });
export const objectivePatchSchema = z.object({
  title: title.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type ObjectivePatch = z.infer<typeof objectivePatchSchema>;

export const pollInputSchema = z.object({
  dots: z.array(z.object({ objectiveId: id, dots: z.number().int().min(0).max(50) })).max(8),
});
export type PollInput = z.infer<typeof pollInputSchema>;

export const taskStatusSchema = z.enum(['pending', 'in_progress', 'done']);

const taskFields = {
  title,
  description: z.string().trim().max(4000).nullable().default(null),
  // Any small integer passes here (bounded for the store); the service explains a step outside 1–12 in words.
  step: z.number().int().min(-1_000).max(1_000),
  objectiveId: id.nullable().default(null),
  hours: z.number().min(0).max(100_000).default(0),
  cost: z.number().int().min(0).max(1_000_000_000_000).default(0),
  durationDays: z.number().int().min(0).max(3650).default(1),
  startDate: date.nullable().default(null),
  dueDate: date.nullable().default(null),
  status: taskStatusSchema.default('pending'),
  canDo: z.array(id).max(200).default([]),
  wantsToLearn: z.array(id).max(200).default([]),
};
export const taskInputSchema = z.object(taskFields);
export type TaskInput = z.infer<typeof taskInputSchema>;

export const taskPatchSchema = z.object({
  /** The version the edit started from; a stale one is refused with 409 and the current task. */
  version: z.number().int().min(1).max(maxId),
  title: title.optional(),
  description: z.string().trim().max(4000).nullable().optional(),
  step: z.number().int().min(-1_000).max(1_000).optional(),
  objectiveId: id.nullable().optional(),
  hours: z.number().min(0).max(100_000).optional(),
  cost: z.number().int().min(0).max(1_000_000_000_000).optional(),
  durationDays: z.number().int().min(0).max(3650).optional(),
  startDate: date.nullable().optional(),
  dueDate: date.nullable().optional(),
  status: taskStatusSchema.optional(),
  canDo: z.array(id).max(200).optional(),
  wantsToLearn: z.array(id).max(200).optional(),
});
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const threadInputSchema = z.object({ fromTaskId: id, toTaskId: id });

/** A plan file (export and import). Keys tie the parts together; ids are not portable. */
const key = z.string().trim().min(1).max(40);
export const planFileSchema = z.object({
  format: z.literal('minga.karabirrdt'),
  version: z.literal(1),
  plan: z.object({
    title,
    regionCode: regionCodeSchema.nullable().default(null),
    startDate: date,
    endDate: date.nullable().default(null),
    dotsPerMember: z.number().int().min(1).max(50).default(5),
  }),
  members: z
    .array(z.object({ key, name: z.string().trim().min(1).max(120) }))
    .max(500)
    .default([]),
  dreams: z
    .array(
      z.object({
        member: key.nullable().default(null),
        text: z.string().trim().min(1).max(2000),
        achieved: z.boolean().nullable().default(null),
        evaluationNote: z.string().trim().max(2000).nullable().default(null),
      }),
    )
    .max(2000)
    .default([]),
  objectives: z.array(z.object({ key, title })).max(8).default([]),
  poll: z
    .array(z.object({ member: key, objective: key, dots: z.number().int().min(0).max(50) }))
    .max(4000)
    .default([]),
  tasks: z
    .array(
      z.object({
        key,
        ...taskFields,
        objective: key.nullable().default(null),
        objectiveId: z.undefined().optional(),
        canDo: z.array(key).max(200).default([]),
        wantsToLearn: z.array(key).max(200).default([]),
      }),
    )
    .max(10_000)
    .default([]),
  threads: z
    .array(z.object({ from: key, to: key }))
    .max(50_000)
    .default([]),
});
export type PlanFile = z.infer<typeof planFileSchema>;
