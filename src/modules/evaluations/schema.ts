import { z } from 'zod';
import { ratings } from '../../platform/vocabulary.js';

export const ratingSchema = z.enum(ratings);
export const evaluationSchema = z.object({
  rating: ratingSchema,
  comment: z.string().trim().max(2000).nullish(),
});
export type EvaluationInput = z.infer<typeof evaluationSchema>;
