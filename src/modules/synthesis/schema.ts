import { z } from 'zod';
import { scopePattern } from './scope.js';

const scopeCode = z
  .string()
  .max(20)
  .regex(scopePattern, 'código de región (p. ej. CL-BI), CL para el país o ciclo-<n> para un ciclo anual');

export const runSchema = z.object({
  scope: scopeCode.optional(),
  k: z.number().int().min(1).max(200).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export type RunInput = z.infer<typeof runSchema>;

export const themesQuery = z.object({ scope: scopeCode.optional() });

export const renameSchema = z.object({ label: z.string().trim().min(1).max(120) });
export const mergeSchema = z.object({ intoId: z.number().int().positive() });
export const splitSchema = z.object({
  ideaIds: z.array(z.number().int().positive()).min(1).max(5000),
  label: z.string().trim().min(1).max(120),
});
export const moveSchema = z.object({ ideaId: z.number().int().positive() });

export const duplicatesParams = z.object({
  id: z.coerce.number().int().positive(),
  ideaId: z.coerce.number().int().positive(),
});
export const duplicatesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(20).default(5),
  min: z.coerce.number().min(0).max(1).default(0.3),
});
