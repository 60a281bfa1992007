import { z } from 'zod';
import { clientKey, dbId, urlId, urlInt } from '../../platform/http/input.js';

/** Ideas are short: a card, a phone screen. */
export const ideaText = z.string().trim().min(1).max(500);

export const staffIdeaSchema = z.object({
  tableId: dbId,
  questionId: dbId.nullish(),
  text: ideaText,
});
export type StaffIdeaInput = z.infer<typeof staffIdeaSchema>;

export const phoneIdeaSchema = z.object({
  questionId: dbId,
  text: ideaText,
  clientKey,
});
export type PhoneIdeaInput = z.infer<typeof phoneIdeaSchema>;

export const ideaTextSchema = z.object({ text: ideaText });
export const hideSchema = z.object({ reason: z.string().trim().min(1).max(500) });
export const mergeSchema = z.object({ intoId: dbId });
export const ideaListQuery = z.object({ includeHidden: z.enum(['0', '1', 'true', 'false']).optional() });

/**
 * The ideas list at real volume (a dialogue, a region or the nation): search, filters and pages.
 * `hidden` and `merged` say whether to show only those (`solo`), leave them out (`no`) or both.
 */
export const ideasListQuery = z.object({
  dialogue: urlId.optional(),
  region: z
    .string()
    .regex(/^CL-[A-Z]{2,3}$/)
    .optional(),
  q: z.string().trim().max(200).optional(),
  question: urlId.optional(),
  table: urlId.optional(),
  theme: urlId.optional(),
  hidden: z.enum(['solo', 'no', 'todas']).default('no'),
  merged: z.enum(['solo', 'no', 'todas']).default('todas'),
  answer: z.enum(['en_estudio', 'priorizada', 'no_priorizada', 'ya_existe', 'sin_respuesta']).optional(),
  page: urlInt(1, 100_000).default(1),
  pageSize: urlInt(1, 200).default(50),
});
export type IdeasListQuery = z.infer<typeof ideasListQuery>;
