import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';
import { regionCodeSchema } from '../staff/index.js';

/** The region indicators the rollout can split and compare on (columns of `regions`). */
export const indicatorKeys = [
  'population_2024',
  'population_15plus_2024',
  'rural_share_2024',
  'labour_force_2024_thousands',
  'participation_rate_2024',
] as const;
export type IndicatorKey = (typeof indicatorKeys)[number];
export const indicatorSchema = z.enum(indicatorKeys);

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'fecha AAAA-MM-DD');
const text = (max: number) => z.string().trim().max(max);
const planLink = {
  planId: dbId.nullable().optional(),
  planTaskId: dbId.nullable().optional(),
};

export const pilotSuggestionSchema = z.object({
  count: z.number().int().min(1).max(16),
  indicators: z
    .array(indicatorSchema)
    .min(1)
    .max(indicatorKeys.length)
    .default([...indicatorKeys]),
});
export type PilotSuggestionInput = z.infer<typeof pilotSuggestionSchema>;

export const pilotsSchema = z.object({
  regions: z.array(regionCodeSchema).max(16),
  indicators: z.array(indicatorSchema).min(1).max(indicatorKeys.length),
  rationale: text(4000).default(''),
});
export type PilotsInput = z.infer<typeof pilotsSchema>;

export const criterionSchema = z.object({
  name: text(200).min(1),
  description: text(2000).default(''),
  source: z.enum(['model', 'dream_circle', 'other']),
  sourceLabel: text(500).nullable().optional(),
  planDreamId: dbId.nullable().optional(),
  ...planLink,
});
export type CriterionInput = z.infer<typeof criterionSchema>;

export const evaluationSchema = z.object({
  regionCode: regionCodeSchema,
  title: text(200).min(1),
  heldOn: dateSchema,
  summary: text(8000).default(''),
});
export type EvaluationInput = z.infer<typeof evaluationSchema>;

export const scoresSchema = z.object({
  scores: z
    .array(
      z.object({
        criterionId: dbId,
        score: z.number().int().min(1).max(5),
        comment: text(2000).nullable().optional(),
      }),
    )
    .max(100),
});
export type ScoresInput = z.infer<typeof scoresSchema>;

export const findingSchema = z.object({ text: text(4000).min(1) });

export const evidenceSchema = z
  .object({
    kind: z.enum(['dialogue', 'council_session', 'indicator', 'document']),
    refId: text(100).nullable().optional(),
    url: z
      .string()
      .trim()
      .max(2000)
      .regex(/^(https?:\/\/|\/)/, 'un enlace http(s):// o una ruta de la aplicación que empiece con /')
      .nullable()
      .optional(),
    label: text(300).min(1),
    findingId: dbId.nullable().optional(),
  })
  .refine((value) => value.kind !== 'indicator' || indicatorKeys.includes(value.refId as IndicatorKey), {
    path: ['refId'],
    message: `un indicador: ${indicatorKeys.join(', ')}`,
  })
  .refine((value) => value.kind === 'indicator' || Boolean(value.refId || value.url), {
    path: ['refId'],
    message: 'indica el número del diálogo o la sesión, o un enlace',
  });
export type EvidenceInput = z.infer<typeof evidenceSchema>;

export const versionSchema = z.object({
  label: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/, 'p. ej. 1.0 o 1.1'),
  title: text(200).min(1),
  changes: text(8000).min(1),
  reason: text(8000).min(1),
  releasedOn: dateSchema,
  findingIds: z.array(dbId).max(100).default([]),
});
export type VersionInput = z.infer<typeof versionSchema>;

export const assignVersionSchema = z.object({
  regionCodes: z.array(regionCodeSchema).min(1).max(16),
  versionId: dbId,
  since: dateSchema,
  note: text(2000).nullable().optional(),
});
export type AssignVersionInput = z.infer<typeof assignVersionSchema>;

export const wavePlanSchema = z.object({
  title: text(200).min(1),
  groups: z.number().int().min(1).max(16),
  indicators: z.array(indicatorSchema).min(1).max(indicatorKeys.length),
  exclude: z.array(regionCodeSchema).max(15).default([]),
  balanceMacrozone: z.boolean().default(false),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  startsOn: dateSchema,
  monthsPerWave: z.number().int().min(1).max(24).default(3),
});
export type WavePlanInput = z.infer<typeof wavePlanSchema>;

export const wavePatchSchema = z.object({
  name: text(200).min(1).optional(),
  startsOn: dateSchema.optional(),
  endsOn: dateSchema.optional(),
  modelVersionId: dbId.nullable().optional(),
  planTaskLabel: text(300).nullable().optional(),
  ...planLink,
});
export type WavePatchInput = z.infer<typeof wavePatchSchema>;
