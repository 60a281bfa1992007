import type { ParticipantActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import type { VoteResult } from './ballot.js';
import { voteQueue } from './queue.js';
import type { VoteInput } from './schema.js';

export type { VoteResult } from './ballot.js';

/**
 * Adds or takes back dots on an idea. The budget (N dots) and the cap (M on one idea, counted at the
 * end of the merge chain) are checked with the participant's row locked and a shared lock on the
 * dialogue, so two tabs voting at the same instant are served one after the other and merges and
 * phase changes never interleave with a vote. Votes are written in batches (group commit, see
 * VoteQueue); the answer comes once the batch holding this vote is committed.
 * The result is stored under the client's key: a retry returns it and changes nothing.
 */
export function castVote(ctx: Context, participant: ParticipantActor, input: VoteInput): Promise<VoteResult> {
  return voteQueue(ctx).submit(participant, input);
}
