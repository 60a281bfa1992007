import { z } from 'zod';
import { regionCodeSchema } from '../staff/schema.js';

/** FORMAT.md vocabulary of organisation kinds. */
export const organizationKinds = [
  'empresa',
  'gremio',
  'sindicato',
  'otec',
  'otic',
  'omil',
  'municipio',
  'servicio_publico',
  'academia',
  'ong',
  'otra',
] as const;
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
