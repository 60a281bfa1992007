import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';
import { organizationKindSchema, organizationName } from '../organizations/schema.js';
import { emailSchema } from '../staff/schema.js';

/** FORMAT.md vocabularies. */
export const sectorSchema = z.enum([
  'trabajador_ocupado',
  'trabajador_desocupado',
  'empleador',
  'organizacion_social',
  'proveedor_capacitacion',
  'sector_publico',
  'academia',
  'otro',
]);
export const genderSchema = z.enum(['f', 'm', 'x']);
export const ageBandSchema = z.enum(['15-24', '25-34', '35-44', '45-54', '55-64', '65+']);

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
