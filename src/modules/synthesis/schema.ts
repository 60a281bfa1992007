import { z } from 'zod';
import { dbId, urlDecimal, urlId, urlInt } from '../../platform/http/input.js';
import { scopePattern } from '../../platform/scopes.js';

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
export const mergeSchema = z.object({ intoId: dbId });
export const splitSchema = z.object({
  ideaIds: z.array(dbId).min(1).max(5000),
  label: z.string().trim().min(1).max(120),
});
export const moveSchema = z.object({ ideaId: dbId });

export const duplicatesParams = z.object({
  id: urlId,
  ideaId: urlId,
});
export const duplicatesQuery = z.object({
  limit: urlInt(1, 20).default(5),
  // 0.5: the best F1 on the hand-labelled pairs (`npm run eval:themes`: precision 0.83, recall 0.95;
  // at 0.3 precision fell to 0.63, a list a facilitator would learn to ignore).
  min: urlDecimal(0, 1).default(0.5),
});
