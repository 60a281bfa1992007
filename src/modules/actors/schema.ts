import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';
import { genders, organizationKinds, sectors } from '../../platform/vocabulary.js';
import { regionCodeSchema } from '../staff/index.js';

/** FORMAT.md vocabularies (one copy, in platform/vocabulary.ts). */
export { genders, organizationKinds, sectors };

export const kindSchema = z.enum(organizationKinds);
export const sectorSchema = z.enum(sectors);
export const genderSchema = z.enum(genders);
export const isoDateSchema = z.iso.date();

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => value || null)
    .nullable()
    .optional();

export const newOrganizationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: kindSchema,
  regionCode: regionCodeSchema.nullable().default(null),
});
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

export const newActorSchema = z.object({
  regionCode: regionCodeSchema,
  name: z.string().trim().min(1).max(160),
  position: optionalText(160),
  organizationId: dbId.nullable().optional(),
  sector: sectorSchema,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.union([z.literal(''), z.email()]))
    .transform((value) => value || null)
    .nullable()
    .optional(),
  phone: optionalText(40),
});
export type NewActor = z.infer<typeof newActorSchema>;

export const actorPatchSchema = newActorSchema.omit({ regionCode: true }).partial();
export type ActorPatch = z.infer<typeof actorPatchSchema>;

export const placementSchema = z.object({
  influence: z.number().int().min(1).max(5),
  interest: z.number().int().min(1).max(5),
});

export const regionQuery = z.object({ region: regionCodeSchema.optional() });
export const actorListQuery = regionQuery.extend({
  notHeard: z
    .enum(['1', 'true', '0', 'false'])
    .optional()
    .transform((value) => value === '1' || value === 'true'),
});
