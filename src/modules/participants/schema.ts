import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';
import { ageBands, genders, sectors } from '../../platform/vocabulary.js';
import { organizationKindSchema, organizationName } from '../organizations/index.js';
import { emailSchema } from '../staff/index.js';

/** FORMAT.md vocabularies (one copy, in platform/vocabulary.ts). */
export const sectorSchema = z.enum(sectors);
export const genderSchema = z.enum(genders);
export const ageBandSchema = z.enum(ageBands);

export const joinSchema = z.object({
  tableId: dbId,
  name: z.string().trim().max(120).nullish(),
  organizationId: dbId.nullish(),
  organizationName: organizationName.nullish(),
  organizationKind: organizationKindSchema.nullish(),
  sector: sectorSchema,
  gender: genderSchema.nullish(),
  ageBand: ageBandSchema.nullish(),
  consent: z.boolean(),
  email: emailSchema.nullish(),
  notifyConsent: z.boolean().nullish(),
});
export type JoinInput = z.infer<typeof joinSchema>;
