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
  /** The one-time ticket of a verification at the identity provider (dialogues that ask for it). */
  verificationTicket: z.string().max(200).nullish(),
});
export type JoinInput = z.infer<typeof joinSchema>;
