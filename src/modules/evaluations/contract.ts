import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { evaluationEndpoints } from './endpoints.js';
import { evaluationSchema } from './schema.js';

export const evaluateResponse = z.object({
  rating: z.enum(['excelente', 'bueno', 'regular', 'malo']),
  comment: z.string().nullable(),
});

export const evaluationContract = contract(evaluationEndpoints, {
  evaluate: { body: evaluationSchema, response: evaluateResponse },
});
