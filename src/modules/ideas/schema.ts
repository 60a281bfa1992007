import { z } from 'zod';
import { clientKey, dbId } from '../../platform/http/input.js';

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
