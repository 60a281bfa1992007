import { z } from 'zod';
import { organizationKinds } from '../../platform/vocabulary.js';
import { regionCodeSchema } from '../staff/index.js';

/** FORMAT.md vocabulary of organisation kinds (one copy, in platform/vocabulary.ts). */
export { organizationKinds };

export const organizationKindSchema = z.enum(organizationKinds);
export const organizationName = z.string().trim().min(1).max(200);

export const newOrganizationSchema = z.object({
  name: organizationName,
  kind: organizationKindSchema.nullish(),
  regionCode: regionCodeSchema,
});
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

export const organizationSearchQuery = z.object({
  region: regionCodeSchema.optional(),
  q: z.string().trim().max(200).optional(),
});
export const joinOrganizationQuery = z.object({ q: z.string().trim().max(200).optional() });
