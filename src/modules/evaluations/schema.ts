import { z } from 'zod';

export const ratingSchema = z.enum(['excelente', 'bueno', 'regular', 'malo']);
export const evaluationSchema = z.object({
  rating: ratingSchema,
  comment: z.string().trim().max(2000).nullish(),
});
export type EvaluationInput = z.infer<typeof evaluationSchema>;
