import type { ParticipantActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findDialogue, shareLockDialogue, wrongPhase } from '../dialogues/index.js';
import { changeWithEvents } from '../live/index.js';
import { lockParticipants } from '../votes/index.js';
import { findEvaluation, insertEvaluation, ratingCounts } from './queries.js';
import type { EvaluationInput } from './schema.js';

/** How the room rated the method: answers, and the share that said excelente or bueno. */
export async function evaluationSummary(db: Db, dialogueId: number) {
  const counts = await ratingCounts(db, dialogueId);
  const responses = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const excellentOrGood = (counts.get('excelente') ?? 0) + (counts.get('bueno') ?? 0);
  return {
    responses,
    excellentOrGood,
    excellentOrGoodShare: responses ? Math.round((excellentOrGood / responses) * 1000) / 1000 : 0,
  };
}

/** A participant's one evaluation of the method, during the evaluation phase. */
export async function evaluate(ctx: Context, participant: ParticipantActor, input: EvaluationInput) {
  return changeWithEvents(ctx, async (trx, emit) => {
    await shareLockDialogue(trx, participant.dialogueId);
    await lockParticipants(trx, [participant.id]);
    if (await findEvaluation(trx, participant.dialogueId, participant.id))
      throw new AppError('already_evaluated');
    const dialogue = (await findDialogue(trx, participant.dialogueId))!;
    if (dialogue.status !== 'live' || dialogue.phase !== 'evaluation')
      throw wrongPhase('evaluation', dialogue);
    await insertEvaluation(trx, {
      dialogue_id: dialogue.id,
      participant_id: participant.id,
      rating: input.rating,
      comment: input.comment || null,
      created_at: now(),
    });
    await emit(dialogue.id, 'evaluation.received', await evaluationSummary(trx, dialogue.id));
    return { rating: input.rating, comment: input.comment || null };
  });
}
