import type { ParticipantActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findDialogue, shareLockDialogue } from '../dialogues/queries.js';
import { wrongPhase } from '../dialogues/words.js';
import { chainEnds } from '../ideas/chains.js';
import { chainLinks } from '../ideas/queries.js';
import { emitVotesChanged } from '../ideas/service.js';
import { changeWithEvents } from '../live/events.js';
import {
  findVoteAction,
  insertVoteAction,
  lockParticipants,
  setVote,
  votesOfParticipant,
} from './queries.js';
import type { VoteInput } from './schema.js';

export interface VoteResult {
  ideaId: number;
  dots: number;
  dotsLeft: number;
}

/**
 * Adds or takes back dots on an idea. The read-check-write runs in one transaction with the
 * participant's row locked, so two tabs voting at the same instant are served one after the other
 * and the budget (N dots) and the cap (M on one idea, counted at the end of the merge chain) hold.
 * The shared lock on the dialogue keeps merges (which move dots between chains) and phase changes
 * from interleaving with a vote.
 * The result is stored under the client's key: a retry returns it and changes nothing.
 */
export async function castVote(
  ctx: Context,
  participant: ParticipantActor,
  input: VoteInput,
): Promise<VoteResult> {
  return changeWithEvents(ctx, async (trx, emit) => {
    await shareLockDialogue(trx, participant.dialogueId);
    await lockParticipants(trx, [participant.id]);
    const done = await findVoteAction(trx, participant.id, input.clientKey);
    if (done) {
      if (done.idea_id !== input.ideaId || done.delta !== input.delta)
        throw new AppError('client_key_reused', { clientKey: input.clientKey });
      return JSON.parse(done.result_json) as VoteResult;
    }
    const dialogue = (await findDialogue(trx, participant.dialogueId))!;
    if (dialogue.status !== 'live' || dialogue.phase !== 'voting') throw wrongPhase('voting', dialogue);
    const links = await chainLinks(trx, dialogue.id);
    if (!links.some((idea) => idea.id === input.ideaId))
      throw new AppError('not_found', { what: `idea ${input.ideaId}` });
    const ends = chainEnds(links);
    const end = ends.get(input.ideaId)!;
    const endHidden = links.find((idea) => idea.id === end)?.hidden_at !== null;
    if (input.delta > 0 && endHidden) throw new AppError('idea_hidden', { ideaId: end });
    const mine = await votesOfParticipant(trx, participant.id);
    const spent = mine.reduce((sum, vote) => sum + vote.dots, 0);
    const group = mine.filter((vote) => ends.get(vote.idea_id) === end);
    const onGroup = group.reduce((sum, vote) => sum + vote.dots, 0);
    const budget = dialogue.dots_per_participant;
    const at = now();
    if (input.delta > 0) {
      if (spent + input.delta > budget) throw new AppError('over_budget', { used: spent, budget });
      if (onGroup + input.delta > dialogue.max_dots_per_idea)
        throw new AppError('over_idea_cap', { cap: dialogue.max_dots_per_idea });
      const held = group.find((vote) => vote.idea_id === end)?.dots ?? 0;
      await setVote(trx, dialogue.id, participant.id, end, held + input.delta, at);
    } else {
      if (onGroup < -input.delta) throw new AppError('no_dots_to_remove', { dots: onGroup });
      // Taken back from the idea itself first, then from what was merged into it.
      let toRemove = -input.delta;
      const ordered = [...group].sort((a, b) =>
        a.idea_id === end ? -1 : b.idea_id === end ? 1 : a.idea_id - b.idea_id,
      );
      for (const vote of ordered) {
        if (toRemove <= 0) break;
        const taken = Math.min(vote.dots, toRemove);
        await setVote(trx, dialogue.id, participant.id, vote.idea_id, vote.dots - taken, at);
        toRemove -= taken;
      }
    }
    const result: VoteResult = {
      ideaId: end,
      dots: onGroup + input.delta,
      dotsLeft: budget - spent - input.delta,
    };
    await insertVoteAction(trx, {
      participant_id: participant.id,
      client_key: input.clientKey,
      idea_id: input.ideaId,
      delta: input.delta,
      result_json: JSON.stringify(result),
      created_at: at,
    });
    await emitVotesChanged(trx, emit, dialogue, end);
    return result;
  });
}
