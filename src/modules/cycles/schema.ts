import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';
import { regionCodeSchema } from '../staff/index.js';
import { attachmentKinds, feedbackRefKinds } from './references.js';

/** The five phases of the annual cycle, in order. */
export const phaseNames = [
  'escucha_activa',
  'priorizacion',
  'cartera_anual',
  'implementacion',
  'evaluacion',
] as const;
export type PhaseName = (typeof phaseNames)[number];

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'fecha AAAA-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'fecha inexistente',
  );

export const phaseDatesSchema = z
  .array(z.object({ phase: z.enum(phaseNames), startsOn: isoDate, endsOn: isoDate }))
  .length(phaseNames.length);
export type PhaseDates = z.infer<typeof phaseDatesSchema>;

export const newCycleSchema = z.object({
  year: z.number().int().min(2020).max(2100),
  title: z.string().trim().min(1).max(200).optional(),
  requiresSource: z.boolean().default(true),
  regions: z.array(regionCodeSchema).min(1).max(16).optional(),
  phases: phaseDatesSchema,
  /** Plans a feedback session every N months inside implementation (0: none). */
  feedbackEveryMonths: z.number().int().min(0).max(12).default(3),
});
export type NewCycle = z.infer<typeof newCycleSchema>;

export const trackPatchSchema = z.object({
  startingNotes: z.string().trim().max(10_000).nullable().optional(),
  evaluationNotes: z.string().trim().max(10_000).nullable().optional(),
});
export type TrackPatch = z.infer<typeof trackPatchSchema>;

export const phaseCompletionSchema = z.object({ completed: z.boolean() });

export const attachmentSchema = z.object({
  kind: z.enum(attachmentKinds),
  refId: dbId,
  label: z.string().trim().max(200).optional(),
});
export type NewAttachment = z.infer<typeof attachmentSchema>;

/** The picker's search: a kind and, optionally, words of the title. */
export const attachCandidatesQuery = z.object({
  kind: z.enum(attachmentKinds),
  q: z.string().trim().max(100).optional(),
});

const feedbackFields = {
  title: z.string().trim().min(1).max(200),
  audience: z.enum(['participantes', 'consejo']),
  plannedOn: isoDate,
  heldOn: isoDate.nullable().optional(),
  attendees: z.number().int().min(0).max(100_000).nullable().optional(),
  notes: z.string().trim().max(10_000).nullable().optional(),
  ref: z
    .object({ kind: z.enum(feedbackRefKinds), id: dbId })
    .nullable()
    .optional(),
};
export const newFeedbackSessionSchema = z.object(feedbackFields);
export type NewFeedbackSession = z.infer<typeof newFeedbackSessionSchema>;
export const feedbackSessionPatchSchema = z.object(feedbackFields).partial();
export type FeedbackSessionPatch = z.infer<typeof feedbackSessionPatchSchema>;
