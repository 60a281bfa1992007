import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';

/** The official answers an idea may get (issue 16). */
export const answerStatuses = ['en_estudio', 'priorizada', 'no_priorizada', 'ya_existe'] as const;
export type AnswerStatus = (typeof answerStatuses)[number];

/** An official answer: the status, a text for the author, and what the status requires. */
export const answerSchema = z.object({
  status: z.enum(answerStatuses),
  text: z.string().trim().min(1).max(2000),
  reason: z.string().trim().max(1000).nullish(),
  initiativeId: dbId.nullish(),
  link: z
    .string()
    .trim()
    .max(500)
    .regex(/^https?:\/\/\S+$/, 'un enlace http:// o https://')
    .nullish(),
});
export type AnswerInput = z.infer<typeof answerSchema>;

/** The same answer for every visible idea of a theme; `onlyUnanswered` keeps answers already given. */
export const themeAnswerSchema = answerSchema.extend({ onlyUnanswered: z.boolean().default(true) });
export type ThemeAnswerInput = z.infer<typeof themeAnswerSchema>;
