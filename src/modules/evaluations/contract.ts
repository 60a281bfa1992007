import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { ratings } from '../../platform/vocabulary.js';
import { evaluationEndpoints } from './endpoints.js';
import { evaluationSchema } from './schema.js';

export const evaluateResponse = z.object({
  rating: z.enum(ratings),
  comment: z.string().nullable(),
});

export const evaluationContract = contract(evaluationEndpoints, {
  evaluate: { body: evaluationSchema, response: evaluateResponse },
});
