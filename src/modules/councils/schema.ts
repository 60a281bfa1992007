import { z } from 'zod';
import { dbId, urlId } from '../../platform/http/input.js';
import { agreementStatuses, estates } from '../../platform/vocabulary.js';
import { genderSchema, isoDateSchema } from '../actors/index.js';
import { regionCodeSchema } from '../staff/index.js';

export const openStatuses = ['pendiente', 'en_curso'];

export const estateSchema = z.enum(estates);
export const agreementStatusSchema = z.enum(agreementStatuses);

const minimumsSchema = z.partialRecord(estateSchema, z.number().int().min(0).max(50));

export const rulesSchema = z.object({
  quorum: z.number().int().min(1).max(500).nullable().optional(),
  maxGenderShare: z.number().int().min(34).max(100).optional(),
  minimums: minimumsSchema.optional(),
});
export type Rules = z.infer<typeof rulesSchema>;

export const newCouncilSchema = z.object({
  regionCode: regionCodeSchema,
  name: z.string().trim().min(1).max(200),
  establishedOn: isoDateSchema,
  maxGenderShare: z.number().int().min(34).max(100).default(60),
  minimums: minimumsSchema.default({}),
});
export type NewCouncil = z.infer<typeof newCouncilSchema>;

export const newMemberSchema = z.object({
  name: z.string().trim().min(1).max(160),
  estate: estateSchema,
  gender: genderSchema,
  termStart: isoDateSchema,
  termEnd: isoDateSchema.nullable().optional(),
  actorId: dbId.nullable().optional(),
});
export type NewMember = z.infer<typeof newMemberSchema>;

export const memberPatchSchema = z.object({ termEnd: isoDateSchema.nullable() });

export const newAgreementSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  responsible: z.string().trim().min(1).max(200),
  dueDate: isoDateSchema,
});

export const followUpSchema = z.object({
  agreementId: dbId,
  status: agreementStatusSchema,
  note: z.string().trim().max(2000).optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const newSessionSchema = z.object({
  date: isoDateSchema,
  agenda: z.string().trim().min(1).max(5000),
  minutes: z.string().trim().max(50000).optional(),
  quorum: z.number().int().min(1).max(500).optional(),
  present: z.array(dbId).max(500).default([]),
  agreements: z.array(newAgreementSchema).max(100).default([]),
  followUps: z.array(followUpSchema).max(200).default([]),
});
export type NewSession = z.infer<typeof newSessionSchema>;

export const councilMemberParams = z.object({
  id: urlId,
  memberId: urlId,
});

export { agreementStatuses, estates };
