import { z } from 'zod';
import { dbId } from '../../platform/http/input.js';
import { isoDateSchema } from '../actors/index.js';

export const newGuideSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).optional(),
  questions: z.array(z.string().trim().min(1).max(1000)).min(1).max(60),
});
export type NewGuide = z.infer<typeof newGuideSchema>;

export const newInterviewSchema = z.object({
  actorId: dbId,
  guideId: dbId,
  interviewer: z.string().trim().min(1).max(160),
  date: isoDateSchema,
  notes: z.string().trim().max(5000).optional(),
  answers: z
    .array(z.object({ questionId: dbId, text: z.string().trim().min(1).max(20000) }))
    .min(1)
    .max(60)
    .refine((answers) => new Set(answers.map((answer) => answer.questionId)).size === answers.length, {
      message: 'Cada pregunta se responde una sola vez.',
    }),
});
export type NewInterview = z.infer<typeof newInterviewSchema>;

export const newCodeSchema = z.object({
  label: z.string().trim().min(1).max(80),
  description: z.string().trim().max(1000).optional(),
});

export const newCodingSchema = z
  .object({
    answerId: dbId,
    codeId: dbId,
    start: z.number().int().min(0).max(10_000_000),
    end: z.number().int().min(1).max(10_000_000),
  })
  .refine((coding) => coding.end > coding.start, {
    message: 'El final del pasaje debe estar después de su inicio.',
    path: ['end'],
  });
export type NewCoding = z.infer<typeof newCodingSchema>;

export const targetSchema = z.object({ target: z.number().int().min(1).max(100000) });
