import { z } from 'zod';

/** Ideas are short: a card, a phone screen. */
export const ideaText = z.string().trim().min(1).max(500);
export const clientKey = z.string().trim().min(1).max(100);

export const staffIdeaSchema = z.object({
  tableId: z.number().int().positive(),
  questionId: z.number().int().positive().nullish(),
  text: ideaText,
});
export type StaffIdeaInput = z.infer<typeof staffIdeaSchema>;

export const phoneIdeaSchema = z.object({
  questionId: z.number().int().positive(),
  text: ideaText,
  clientKey,
});
export type PhoneIdeaInput = z.infer<typeof phoneIdeaSchema>;

export const ideaTextSchema = z.object({ text: ideaText });
export const hideSchema = z.object({ reason: z.string().trim().min(1).max(500) });
export const mergeSchema = z.object({ intoId: z.number().int().positive() });
export const ideaListQuery = z.object({ includeHidden: z.enum(['0', '1', 'true', 'false']).optional() });
