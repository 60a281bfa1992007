import { z } from 'zod';
import { clientKey, dbId } from '../../platform/http/input.js';

export const voteSchema = z.object({
  ideaId: dbId,
  delta: z
    .number()
    .int()
    .min(-100)
    .max(100)
    .refine((delta) => delta !== 0, { message: 'delta ≠ 0' }),
  clientKey,
});
export type VoteInput = z.infer<typeof voteSchema>;
