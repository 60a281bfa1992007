import { z } from 'zod';
import { contract } from '../../platform/http/contract.js';
import { voteEndpoints } from './endpoints.js';
import { voteSchema } from './schema.js';

export const castVoteResponse = z.object({ ideaId: z.number(), dots: z.number(), dotsLeft: z.number() });

export const voteContract = contract(voteEndpoints, {
  castVote: { body: voteSchema, response: castVoteResponse },
});
