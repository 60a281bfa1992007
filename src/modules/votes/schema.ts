import { z } from 'zod';
import { clientKey, dbId, maxId } from '../../platform/http/input.js';

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

// Printable ASCII with no space at either end: what trimming, NFC and the control-character rule
// leave unchanged, so such a key is already what the schema would give.
const plainKey = /^[!-~](?:[ -~]{0,98}[!-~])?$/;

/**
 * The vote's body as `voteSchema` parses it, when it is plainly valid; undefined otherwise, and the
 * schema decides (and words the error). Every vote passes here: a phone's request is this or a
 * refusal, and the schema costs as much CPU as the rest of reading the request.
 */
export function quickVote(value: unknown): VoteInput | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { ideaId, delta, clientKey: key } = value as Record<string, unknown>;
  if (typeof ideaId !== 'number' || !Number.isInteger(ideaId) || ideaId < 1 || ideaId > maxId)
    return undefined;
  if (typeof delta !== 'number' || !Number.isInteger(delta) || delta < -100 || delta > 100 || delta === 0)
    return undefined;
  if (typeof key !== 'string' || !plainKey.test(key)) return undefined;
  return { ideaId, delta, clientKey: key };
}
