import type { StaffActor } from '../../platform/auth/actor.js';
import { requireNational } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { eraseParticipantData, evaluationOf, findParticipant, ideasOf, votesOf } from './queries.js';

/**
 * The data subject's rights under Chile's data-protection law (Ley 19.628, as amended by Ley 21.719):
 * access (export) and erasure. Only the national team, or the operator through the CLI (actor null).
 */
export async function exportParticipant(ctx: Context, actor: StaffActor | null, participantId: number) {
  if (actor) requireNational(actor);
  const participant = await findParticipant(ctx.db, participantId);
  if (!participant) throw new AppError('not_found', { what: `participante ${participantId}` });
  const [ideas, votes, evaluation] = await Promise.all([
    ideasOf(ctx.db, participantId),
    votesOf(ctx.db, participantId),
    evaluationOf(ctx.db, participantId),
  ]);
  return {
    exportedAt: now(),
    participant: {
      id: participant.id,
      name: participant.name,
      email: participant.email,
      sector: participant.sector,
      gender: participant.gender,
      ageBand: participant.age_band,
      organization: participant.organization_name,
      table: participant.table_name,
      consentAt: participant.consent_at,
      notifyConsentAt: participant.notify_consent_at,
      erasedAt: participant.erased_at,
      joinedAt: participant.created_at,
    },
    dialogue: {
      id: participant.dialogue_id,
      title: participant.dialogue_title,
      date: participant.dialogue_date,
      regionCode: participant.region_code,
    },
    ideas: ideas.map((idea) => ({
      id: idea.id,
      text: idea.text,
      createdAt: idea.created_at,
      hidden: idea.hidden_reason !== null,
      mergedIntoId: idea.merged_into_id,
    })),
    votes: votes.map((vote) => ({
      ideaId: vote.idea_id,
      ideaText: vote.text,
      dots: vote.dots,
      at: vote.updated_at,
    })),
    evaluation: evaluation
      ? { rating: evaluation.rating, comment: evaluation.comment, createdAt: evaluation.created_at }
      : null,
  };
}

/**
 * Erases a participant's personal data (name, e-mail, device token, notification consent, evaluation
 * comment). The attendance, its categories, ideas, dots and rating stay, now anonymous, so every
 * count and report stays the same.
 */
export async function eraseParticipant(ctx: Context, actor: StaffActor | null, participantId: number) {
  if (actor) requireNational(actor);
  const erased = await commitChange(ctx, actor, async (trx, change) => {
    const participant = await findParticipant(trx, participantId);
    if (!participant) throw new AppError('not_found', { what: `participante ${participantId}` });
    if (participant.erased_at) return { participantId, erasedAt: participant.erased_at, already: true };
    const at = now();
    await eraseParticipantData(trx, participantId, at);
    await change.audit({
      action: 'participant.erase',
      entity: 'participant',
      entityId: participantId,
      regionCode: participant.region_code,
      after: { erasedAt: at },
    });
    return { participantId, erasedAt: at, already: false };
  });
  // The device token is gone: its open live sockets close, and a reconnection is refused.
  await ctx.sockets.closeParticipant(participantId);
  return erased;
}
