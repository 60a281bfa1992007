import { z } from 'zod';
import { dbId, urlId, urlInt } from '../../platform/http/input.js';
import { isoDate, sourceKinds } from '../cycles/index.js';
import { regionCodeSchema } from '../staff/index.js';
import { initiativeStatuses } from './tables.js';

export const sourceSchema = z.object({
  kind: z.enum(sourceKinds),
  refId: dbId,
  label: z.string().trim().max(300).optional(),
});
export type NewSource = z.infer<typeof sourceSchema>;

export const milestoneSchema = z.object({ title: z.string().trim().min(1).max(300), dueOn: isoDate });

export const newInitiativeSchema = z.object({
  cycleId: dbId,
  regionCode: regionCodeSchema.nullable(),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(10_000).nullable().optional(),
  responsibleUnit: z.string().trim().min(1).max(200),
  budgetPesos: z.number().int().min(0).max(1e13),
  sources: z.array(sourceSchema).max(200).default([]),
  milestones: z.array(milestoneSchema).max(100).default([]),
});
export type NewInitiative = z.infer<typeof newInitiativeSchema>;

export const initiativePatchSchema = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().trim().max(10_000).nullable().optional(),
  responsibleUnit: z.string().trim().min(1).max(200).optional(),
  budgetPesos: z.number().int().min(0).max(1e13).optional(),
  status: z.enum(initiativeStatuses).optional(),
  discardReason: z.string().trim().min(1).max(2_000).optional(),
  progressPercent: z.number().int().min(0).max(100).optional(),
  note: z.string().trim().max(2_000).optional(),
  reportedOn: isoDate.optional(),
});
export type InitiativePatch = z.infer<typeof initiativePatchSchema>;

export const milestonePatchSchema = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  dueOn: isoDate.optional(),
  doneOn: isoDate.nullable().optional(),
});
export type MilestonePatch = z.infer<typeof milestonePatchSchema>;

export const initiativeListQuery = z.object({
  cycleId: urlId.optional(),
  region: z.union([regionCodeSchema, z.literal('nacional')]).optional(),
  status: z.enum(initiativeStatuses).optional(),
});

export { initiativeStatuses };

/** The public portfolio's filters: a region or `nacional`, a status, a year, words of the title or unit. */
export const publicPortfolioQuery = z.object({
  region: z.union([regionCodeSchema, z.literal('nacional')]).optional(),
  status: z.enum(initiativeStatuses).optional(),
  year: urlInt(2000, 2100).optional(),
  q: z.string().trim().max(100).optional(),
});
