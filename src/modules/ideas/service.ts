import type { ParticipantActor, StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import {
  type DialogueRow,
  findDialogue,
  lockDialogue,
  questionsOf,
  requireRunnable,
  shareLockDialogue,
  tablesOf,
  wrongPhase,
} from '../dialogues/index.js';
import { changeWithEvents, dialogueEmit, type Emit } from '../live/index.js';
import {
  chainEnds,
  chainLinks,
  countTally,
  dotsByIdea,
  groupOf,
  lockParticipants,
  setVote,
  votesChangedPayload,
  votesOfParticipant,
  votesOnIdeas,
} from '../votes/index.js';
import {
  activeMergeOf,
  findIdea,
  findIdeaByClientKey,
  type IdeaRow,
  ideasOfDialogue,
  insertIdea,
  insertMerge,
  insertRefund,
  markMergeUndone,
  refundsOf,
  updateIdea,
} from './queries.js';
import type { PhoneIdeaInput, StaffIdeaInput } from './schema.js';

/** What anyone in the room may see of an idea: never who wrote it. */
export const publicIdea = (idea: IdeaRow) => ({
  id: idea.id,
  questionId: idea.question_id,
  tableId: idea.table_id,
  text: idea.text,
  source: idea.source,
});

/** Dots per idea: on the idea itself and in total at the end of each merge chain. */
export async function ideaTallies(db: Db, dialogueId: number) {
  const [links, own] = await Promise.all([chainLinks(db, dialogueId), dotsByIdea(db, dialogueId)]);
  const ends = chainEnds(links);
  const total = new Map<number, number>();
  for (const [ideaId, dots] of own) {
    const end = ends.get(ideaId) ?? ideaId;
    total.set(end, (total.get(end) ?? 0) + dots);
  }
  return { links, ends, own, total };
}

type Tallies = Awaited<ReturnType<typeof ideaTallies>>;

function staffIdea(idea: IdeaRow, tallies: Tallies) {
  return {
    id: idea.id,
    dialogueId: idea.dialogue_id,
    questionId: idea.question_id,
    tableId: idea.table_id,
    text: idea.text,
    source: idea.source,
    hiddenReason: idea.hidden_reason,
    mergedIntoId: idea.merged_into_id,
    late: isLate(idea),
    dots: tallies.own.get(idea.id) ?? 0,
    totalDots: idea.merged_into_id === null ? (tallies.total.get(idea.id) ?? 0) : 0,
    createdAt: idea.created_at,
    updatedAt: idea.updated_at,
  };
}

async function presentStaffIdea(db: Db, ideaId: number) {
  const idea = (await findIdea(db, ideaId))!;
  return staffIdea(idea, await ideaTallies(db, idea.dialogue_id));
}

/** Every idea of a dialogue for staff (merged ones included, hidden ones on request). */
export async function listStaffIdeas(
  ctx: Context,
  actor: StaffActor,
  dialogueId: number,
  includeHidden: boolean,
) {
  await requireRunnable(ctx.db, actor, dialogueId);
  const [ideas, tallies] = await Promise.all([
    ideasOfDialogue(ctx.db, dialogueId),
    ideaTallies(ctx.db, dialogueId),
  ]);
  return {
    ideas: ideas
      .filter((idea) => includeHidden || idea.hidden_at === null)
      .map((idea) => staffIdea(idea, tallies)),
  };
}

/** The idea if the caller may moderate its dialogue (404 otherwise), with the dialogue row locked. */
async function moderatable(trx: Db, actor: StaffActor, ideaId: number) {
  const found = await findIdea(trx, ideaId);
  if (!found) throw new AppError('not_found', { what: `idea ${ideaId}` });
  await lockDialogue(trx, found.dialogue_id);
  // Read again under the lock: a merge committed while we waited may have changed this idea, and a
  // stale merged_into_id would let two concurrent merges close a loop (found by the property test).
  const idea = (await findIdea(trx, ideaId))!;
  let dialogue: DialogueRow;
  try {
    dialogue = await requireRunnable(trx, actor, idea.dialogue_id);
  } catch {
    throw new AppError('not_found', { what: `idea ${ideaId}` });
  }
  // The record of a closed dialogue is final: no edit, hide, show, merge or unmerge (409).
  if (dialogue.status === 'closed') throw new AppError('dialogue_closed');
  return { idea, dialogue };
}

async function requireTableAndQuestion(
  db: Db,
  dialogueId: number,
  tableId: number | null,
  questionId: number | null,
) {
  if (tableId !== null && !(await tablesOf(db, dialogueId)).some((table) => table.id === tableId))
    throw new AppError('unknown_table', { tableId });
  if (
    questionId !== null &&
    !(await questionsOf(db, dialogueId)).some((question) => question.id === questionId)
  )
    throw new AppError('unknown_question', { questionId });
}

/** Staff type in a paper card of a table. */
export async function addCardIdea(
  ctx: Context,
  actor: StaffActor,
  dialogueId: number,
  input: StaffIdeaInput,
) {
  const id = await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const dialogue = await requireRunnable(trx, actor, dialogueId);
    if (dialogue.status === 'closed') throw new AppError('dialogue_closed');
    await requireTableAndQuestion(trx, dialogueId, input.tableId, input.questionId ?? null);
    const at = now();
    const ideaId = await insertIdea(trx, {
      dialogue_id: dialogueId,
      question_id: input.questionId ?? null,
      table_id: input.tableId,
      participant_id: null,
      text: input.text,
      source: 'card',
      created_at: at,
      updated_at: at,
    });
    const idea = (await findIdea(trx, ideaId))!;
    await change.audit({
      action: 'idea.create',
      entity: 'idea',
      entityId: ideaId,
      regionCode: dialogue.region_code,
      after: publicIdea(idea),
    });
    await emit(dialogueId, 'idea.created', { idea: publicIdea(idea) });
    return ideaId;
  });
  return presentStaffIdea(ctx.db, id);
}

/** A typo fix by staff (audited). */
export async function editIdeaText(ctx: Context, actor: StaffActor, ideaId: number, text: string) {
  await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const { idea, dialogue } = await moderatable(trx, actor, ideaId);
    await updateIdea(trx, ideaId, { text, updated_at: now() });
    await change.audit({
      action: 'idea.edit',
      entity: 'idea',
      entityId: ideaId,
      regionCode: dialogue.region_code,
      before: { text: idea.text },
      after: { text },
    });
    if (idea.hidden_at === null)
      await emit(idea.dialogue_id, 'idea.updated', { idea: { ...publicIdea(idea), text } });
  });
  return presentStaffIdea(ctx.db, ideaId);
}

/** Hides an idea with a reason; it is kept, never deleted. */
export async function hideIdea(ctx: Context, actor: StaffActor, ideaId: number, reason: string) {
  await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const { idea, dialogue } = await moderatable(trx, actor, ideaId);
    await updateIdea(trx, ideaId, { hidden_reason: reason, hidden_at: now(), updated_at: now() });
    await change.audit({
      action: 'idea.hide',
      entity: 'idea',
      entityId: ideaId,
      regionCode: dialogue.region_code,
      before: { hiddenReason: idea.hidden_reason },
      after: { hiddenReason: reason },
    });
    await emit(idea.dialogue_id, 'idea.hidden', { ideaId });
  });
  return presentStaffIdea(ctx.db, ideaId);
}

export async function unhideIdea(ctx: Context, actor: StaffActor, ideaId: number) {
  await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const { idea, dialogue } = await moderatable(trx, actor, ideaId);
    await updateIdea(trx, ideaId, { hidden_reason: null, hidden_at: null, updated_at: now() });
    await change.audit({
      action: 'idea.unhide',
      entity: 'idea',
      entityId: ideaId,
      regionCode: dialogue.region_code,
      before: { hiddenReason: idea.hidden_reason },
      after: { hiddenReason: null },
    });
    await emit(idea.dialogue_id, 'idea.unhidden', { idea: publicIdea(idea) });
  });
  return presentStaffIdea(ctx.db, ideaId);
}

/**
 * Merges a duplicate into another idea of the same dialogue; its dots now count for the end of
 * the target's chain.
 *
 * The per-idea cap must still hold after the merge: a participant who had, say, 2 dots on the
 * source and 2 on the target with a cap of 3 would hold 4 on one idea. The excess (here 1) is
 * refunded, taken from the source side (the source idea itself first, then what was merged into
 * it, by id), so the target keeps what the participant put on it deliberately. Each refund is
 * recorded against the merge (idea_merge_refunds); unmerge gives the dots back to the idea they
 * came from, as far as the participant's budget and the cap allow at that moment (the participant
 * may have spent the refunded dots elsewhere meanwhile: those are not taken back from anywhere).
 */
export async function mergeIdea(ctx: Context, actor: StaffActor, sourceId: number, intoId: number) {
  return commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const { idea: source, dialogue } = await moderatable(trx, actor, sourceId);
    const target = await findIdea(trx, intoId);
    if (!target || target.dialogue_id !== source.dialogue_id || target.id === source.id)
      throw new AppError('merge_loop', { sourceId, targetId: intoId });
    if (source.merged_into_id !== null) throw new AppError('already_merged', { ideaId: sourceId });
    const ends = chainEnds(await chainLinks(trx, dialogue.id));
    const end = ends.get(intoId)!;
    // The source is the end of its own chain; a target whose chain ends there would close a loop.
    if (end === sourceId) throw new AppError('merge_loop', { sourceId, targetId: intoId });
    const sourceGroup = groupOf(ends, sourceId);
    const targetGroup = groupOf(ends, end);
    const voters = (await votesOnIdeas(trx, sourceGroup)).map((vote) => vote.participant_id);
    await lockParticipants(trx, voters);
    const at = now();
    const mergeId = await insertMerge(trx, {
      dialogue_id: dialogue.id,
      source_idea_id: sourceId,
      target_idea_id: intoId,
      merged_by: actor.id,
      merged_at: at,
    });
    await updateIdea(trx, sourceId, { merged_into_id: intoId, updated_at: at });
    const votes = await votesOnIdeas(trx, [...sourceGroup, ...targetGroup]);
    const sourceOrder = [sourceId, ...sourceGroup.filter((id) => id !== sourceId).sort((a, b) => a - b)];
    const refunds: Array<{ participantId: number; ideaId: number; dots: number }> = [];
    for (const participantId of new Set(voters)) {
      const mine = votes.filter((vote) => vote.participant_id === participantId);
      let excess = mine.reduce((sum, vote) => sum + vote.dots, 0) - dialogue.max_dots_per_idea;
      for (const ideaId of sourceOrder) {
        if (excess <= 0) break;
        const held = mine.find((vote) => vote.idea_id === ideaId)?.dots ?? 0;
        const taken = Math.min(held, excess);
        if (taken <= 0) continue;
        await setVote(trx, dialogue.id, participantId, ideaId, held - taken, at);
        await insertRefund(trx, {
          merge_id: mergeId,
          participant_id: participantId,
          idea_id: ideaId,
          dots: taken,
        });
        refunds.push({ participantId, ideaId, dots: taken });
        excess -= taken;
      }
    }
    await change.audit({
      action: 'idea.merge',
      entity: 'idea',
      entityId: sourceId,
      regionCode: dialogue.region_code,
      before: { mergedIntoId: null },
      after: { mergedIntoId: intoId, refunds },
    });
    await emit(dialogue.id, 'idea.merged', { sourceId, targetId: intoId });
    await emitVotesChanged(trx, emit, dialogue, [end]);
    return { merge: { id: mergeId, sourceId, targetId: intoId } };
  });
}

/** Undoes the merge of an idea; refunded dots come back within budget and cap (see mergeIdea). */
export async function unmergeIdea(ctx: Context, actor: StaffActor, ideaId: number) {
  await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const { idea, dialogue } = await moderatable(trx, actor, ideaId);
    if (idea.merged_into_id === null) throw new AppError('not_merged', { ideaId });
    const oldEnd = chainEnds(await chainLinks(trx, dialogue.id)).get(ideaId)!;
    const merge = await activeMergeOf(trx, ideaId);
    const at = now();
    await updateIdea(trx, ideaId, { merged_into_id: null, updated_at: at });
    const restored: Array<{ participantId: number; ideaId: number; dots: number }> = [];
    if (merge) {
      await markMergeUndone(trx, merge.id, at);
      const refunds = await refundsOf(trx, merge.id);
      await lockParticipants(
        trx,
        refunds.map((refund) => refund.participant_id),
      );
      const ends = chainEnds(await chainLinks(trx, dialogue.id));
      for (const refund of refunds) {
        const mine = await votesOfParticipant(trx, refund.participant_id);
        const spent = mine.reduce((sum, vote) => sum + vote.dots, 0);
        const end = ends.get(refund.idea_id);
        const onGroup = mine
          .filter((vote) => ends.get(vote.idea_id) === end)
          .reduce((sum, vote) => sum + vote.dots, 0);
        const back = Math.min(
          refund.dots,
          dialogue.dots_per_participant - spent,
          dialogue.max_dots_per_idea - onGroup,
        );
        if (back <= 0) continue;
        const held = mine.find((vote) => vote.idea_id === refund.idea_id)?.dots ?? 0;
        await setVote(trx, dialogue.id, refund.participant_id, refund.idea_id, held + back, at);
        restored.push({ participantId: refund.participant_id, ideaId: refund.idea_id, dots: back });
      }
    }
    await change.audit({
      action: 'idea.unmerge',
      entity: 'idea',
      entityId: ideaId,
      regionCode: dialogue.region_code,
      before: { mergedIntoId: idea.merged_into_id },
      after: { mergedIntoId: null, restored },
    });
    await emit(dialogue.id, 'idea.unmerged', { ideaId });
    await emitVotesChanged(trx, emit, dialogue, [oldEnd, ideaId]);
  });
  return presentStaffIdea(ctx.db, ideaId);
}

/**
 * One `votes.changed` event for the chains whose dots changed (given by the ideas at their ends), after
 * a merge or an unmerge: counted afresh, the same figures a batch of votes reports (votes/tally).
 */
export async function emitVotesChanged(trx: Db, emit: Emit, dialogue: DialogueRow, endIds: number[]) {
  const tally = await countTally(trx, dialogue.id, chainEnds(await chainLinks(trx, dialogue.id)));
  await emit(dialogue.id, 'votes.changed', votesChangedPayload(tally, endIds, dialogue.dots_per_participant));
}

/** A late idea the facilitator has not accepted yet (accepting it shows it: hidden_at is cleared). */
const isLate = (idea: IdeaRow) =>
  idea.late_at !== null && idea.hidden_at !== null && idea.hidden_reason === null;

const participantIdea = (idea: IdeaRow, phase: string | null, status: string) => ({
  id: idea.id,
  questionId: idea.question_id,
  text: idea.text,
  editable: ideaEditable(idea, phase, status),
  createdAt: idea.created_at,
  late: isLate(idea),
});

const ideaEditable = (idea: IdeaRow, phase: string | null, status: string) =>
  status === 'live' && phase === 'ideation' && idea.hidden_at === null && idea.merged_into_id === null;

/** A participant's idea from their phone; the same clientKey again returns the same idea. */
export async function addPhoneIdea(ctx: Context, participant: ParticipantActor, input: PhoneIdeaInput) {
  return changeWithEvents(ctx, async (trx, emit) => {
    await shareLockDialogue(trx, participant.dialogueId);
    await lockParticipants(trx, [participant.id]);
    const dialogue = (await findDialogue(trx, participant.dialogueId))!;
    const existing = await findIdeaByClientKey(trx, participant.id, input.clientKey);
    if (existing) return { created: false, idea: participantIdea(existing, dialogue.phase, dialogue.status) };
    if (dialogue.status !== 'live') throw wrongPhase('ideation', dialogue);
    await requireTableAndQuestion(trx, dialogue.id, null, input.questionId);
    const at = now();
    // Written while ideation lasted but delivered after it (queued offline across the phase change):
    // never lost, kept out of the room as a late card until the facilitator accepts it.
    const late = dialogue.phase !== 'ideation';
    const ideaId = await insertIdea(trx, {
      ...(late ? { late_at: at, hidden_at: at, hidden_reason: null } : {}),
      dialogue_id: dialogue.id,
      question_id: input.questionId,
      table_id: participant.tableId,
      participant_id: participant.id,
      text: input.text,
      source: 'phone',
      client_key: input.clientKey,
      created_at: at,
      updated_at: at,
    });
    const idea = (await findIdea(trx, ideaId))!;
    if (late) await emit(dialogue.id, 'idea.late', { ideaId });
    else await emit(dialogue.id, 'idea.created', { idea: publicIdea(idea) });
    return { created: true, idea: participantIdea(idea, dialogue.phase, dialogue.status) };
  });
}

/** A participant fixes their own idea while it is unmoderated and ideation lasts. */
export async function editPhoneIdea(
  ctx: Context,
  participant: ParticipantActor,
  ideaId: number,
  text: string,
) {
  return changeWithEvents(ctx, async (trx, emit) => {
    await shareLockDialogue(trx, participant.dialogueId);
    await lockParticipants(trx, [participant.id]);
    const idea = await findIdea(trx, ideaId);
    if (!idea || idea.participant_id !== participant.id)
      throw new AppError('not_found', { what: `idea ${ideaId}` });
    const dialogue = (await findDialogue(trx, participant.dialogueId))!;
    if (!ideaEditable(idea, dialogue.phase, dialogue.status)) throw new AppError('idea_not_editable');
    await updateIdea(trx, ideaId, { text, updated_at: now() });
    const updated = (await findIdea(trx, ideaId))!;
    await emit(dialogue.id, 'idea.updated', { idea: publicIdea(updated) });
    return { idea: participantIdea(updated, dialogue.phase, dialogue.status) };
  });
}

export { participantIdea };
