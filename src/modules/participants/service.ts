import type { ParticipantActor } from '../../platform/auth/actor.js';
import { findParticipantByDevice } from '../../platform/auth/queries.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import {
  type DialogueRow,
  findDialogue,
  questionsOf,
  regionName,
  requireByCode,
  tablesOf,
  wrongStatus,
} from '../dialogues/index.js';
import { findEvaluation } from '../evaluations/index.js';
import { chainEnds, isVisibleIdea } from '../figures/index.js';
import { ideasOfDialogue, ideasOfParticipant, ideaTallies, participantIdea } from '../ideas/index.js';
import { attachVoice, claimVoice, verificationRequired } from '../identity/index.js';
import { changeWithEvents, lastEventId } from '../live/index.js';
import { findOrCreateOrganization, findOrganization, searchInRegion } from '../organizations/index.js';
import { countParticipants, votesOfParticipant } from '../votes/index.js';
import { countdownOf, findParticipant, insertParticipant, participantsPerTable } from './queries.js';
import type { JoinInput } from './schema.js';

async function publicDialogue(db: Db, dialogue: DialogueRow) {
  const [questions, tables, region] = await Promise.all([
    questionsOf(db, dialogue.id),
    tablesOf(db, dialogue.id),
    regionName(db, dialogue.region_code),
  ]);
  return {
    id: dialogue.id,
    title: dialogue.title,
    regionCode: dialogue.region_code,
    regionName: region,
    date: dialogue.date,
    venue: dialogue.venue,
    agenda: dialogue.agenda,
    status: dialogue.status,
    phase: dialogue.phase,
    dotsPerParticipant: dialogue.dots_per_participant,
    maxDotsPerIdea: dialogue.max_dots_per_idea,
    questions,
    tables,
  };
}

/** What the join page shows for a code; nothing about the people in the room. */
export async function joinInfo(db: Db, code: string) {
  const dialogue = await requireByCode(db, code);
  const { id, ...info } = await publicDialogue(db, dialogue);
  return { dialogueId: id, ...info };
}

export async function joinOrganizations(db: Db, code: string, q: string | undefined) {
  const dialogue = await requireByCode(db, code);
  return searchInRegion(db, dialogue.region_code, q);
}

/**
 * Registers a phone in the dialogue of a code and gives it a device token (only its hash is
 * stored). A phone that already holds a token of this dialogue gets its own participant back.
 */
export async function joinDialogue(
  ctx: Context,
  code: string,
  input: JoinInput,
  presentedToken: string | undefined,
) {
  const dialogue = await requireByCode(ctx.db, code);
  if (presentedToken && presentedToken.length <= 200) {
    const known = await findParticipantByDevice(ctx.db, hashToken(presentedToken));
    if (known && known.dialogue_id === dialogue.id)
      return { created: false, participantId: known.id, deviceToken: presentedToken };
  }
  if (dialogue.status !== 'open' && dialogue.status !== 'live') throw wrongStatus('open', dialogue);
  if (input.consent !== true) throw new AppError('consent_required');
  const token = newToken();
  const participantId = await changeWithEvents(ctx, async (trx, emit) => {
    // A dialogue that asks for verified participants: one person (one RUN's hash), one voice.
    const runHash = (await verificationRequired(trx, dialogue.id))
      ? await claimVoice(trx, dialogue.id, input.verificationTicket)
      : null;
    const tables = await tablesOf(trx, dialogue.id);
    if (!tables.some((table) => table.id === input.tableId))
      throw new AppError('unknown_table', { tableId: input.tableId });
    let organizationId: number | null = null;
    if (input.organizationId) {
      const organization = await findOrganization(trx, input.organizationId);
      if (
        !organization ||
        (organization.region_code !== null && organization.region_code !== dialogue.region_code)
      )
        throw new AppError('unknown_organization', { organizationId: input.organizationId });
      organizationId = organization.id;
    } else if (input.organizationName) {
      organizationId = await findOrCreateOrganization(
        trx,
        dialogue.region_code,
        input.organizationName,
        input.organizationKind ?? null,
      );
    }
    const at = now();
    const id = await insertParticipant(trx, {
      dialogue_id: dialogue.id,
      table_id: input.tableId,
      organization_id: organizationId,
      name: input.name || null,
      email: input.email ?? null,
      sector: input.sector,
      gender: input.gender ?? null,
      age_band: input.ageBand ?? null,
      consent_at: at,
      notify_consent_at: input.notifyConsent && input.email ? at : null,
      device_token_hash: hashToken(token),
      created_at: at,
    });
    if (runHash) await attachVoice(trx, dialogue.id, runHash, id);
    const perTable = await participantsPerTable(trx, dialogue.id);
    await emit(dialogue.id, 'participant.joined', {
      participants: await countParticipants(trx, dialogue.id),
      tableId: input.tableId,
      tableParticipants: perTable.get(input.tableId) ?? 0,
    });
    return id;
  });
  return { created: true, participantId, deviceToken: token };
}

/** Everything a participant's phone shows: their own data and the room's public state. */
export async function participantState(ctx: Context, actor: ParticipantActor) {
  const db = ctx.db;
  const [participant, dialogue] = await Promise.all([
    findParticipant(db, actor.id),
    findDialogue(db, actor.dialogueId),
  ]);
  if (!participant || !dialogue) throw new AppError('device_unknown');
  const closed = dialogue.status === 'closed';
  const [info, mine, all, votes, evaluation, lastId, tallies, countdown] = await Promise.all([
    publicDialogue(db, dialogue),
    ideasOfParticipant(db, actor.id),
    ideasOfDialogue(db, dialogue.id),
    votesOfParticipant(db, actor.id),
    findEvaluation(db, dialogue.id, actor.id),
    lastEventId(db, dialogue.id),
    closed ? ideaTallies(db, dialogue.id) : null,
    dialogue.status === 'live' ? countdownOf(db, dialogue.id) : null,
  ]);
  const showIdeas =
    dialogue.status === 'closed' || (dialogue.status === 'live' && dialogue.phase !== 'ideation');
  const ends = chainEnds(all);
  const myDots: Record<string, number> = {};
  for (const vote of votes) {
    const end = ends.get(vote.idea_id) ?? vote.idea_id;
    myDots[end] = (myDots[end] ?? 0) + vote.dots;
  }
  const spent = votes.reduce((sum, vote) => sum + vote.dots, 0);
  const byId = new Map(all.map((idea) => [idea.id, idea]));
  const visible = all.filter((idea) => idea.hidden_at === null && idea.merged_into_id === null);
  // What became of each of one's own ideas: shown, hidden (with the team's reason), or merged
  // (into which idea: the end of its chain, the one that stayed).
  const fateOf = (idea: (typeof all)[number]) => {
    if (idea.hidden_at !== null && idea.late_at !== null && idea.hidden_reason === null)
      return { state: 'late' as const, reason: null, mergedInto: null };
    if (idea.hidden_at !== null)
      return { state: 'hidden' as const, reason: idea.hidden_reason, mergedInto: null };
    if (idea.merged_into_id !== null) {
      const into = byId.get(ends.get(idea.id) ?? idea.merged_into_id);
      return {
        state: 'merged' as const,
        reason: null,
        mergedInto: into ? { id: into.id, text: into.text } : null,
      };
    }
    return { state: 'shown' as const, reason: null, mergedInto: null };
  };
  // At the close, each question's top 5 (ties share a rank), as the projector shows it.
  const finalRanking = tallies
    ? info.questions.flatMap((question) => {
        const sorted = visible
          .filter((idea) => idea.question_id === question.id)
          .map((idea) => ({
            ideaId: idea.id,
            questionId: question.id,
            text: idea.text,
            dots: tallies.total.get(idea.id) ?? 0,
          }))
          .sort((a, b) => b.dots - a.dots || a.ideaId - b.ideaId);
        let rank = 0;
        return sorted
          .map((row, index) => {
            if (index === 0 || sorted[index - 1].dots !== row.dots) rank = index + 1;
            return { ...row, rank };
          })
          .slice(0, 5);
      })
    : [];
  return {
    participant: { id: participant.id, tableId: participant.table_id, name: participant.name },
    dialogue: info,
    tableIdeas: all.filter((idea) => idea.table_id === participant.table_id && isVisibleIdea(idea)).length,
    myIdeas: mine.map((idea) => ({
      ...participantIdea(idea, dialogue.phase, dialogue.status),
      fate: fateOf(idea),
      dots: tallies && idea.merged_into_id === null ? (tallies.total.get(idea.id) ?? 0) : null,
    })),
    // Ideas the team hid that still hold some of this person's dots: named, so they know which.
    retired: Object.keys(myDots)
      .map((id) => byId.get(Number(id)))
      .filter((idea) => idea !== undefined && idea.hidden_at !== null)
      .map((idea) => ({ id: idea!.id, text: idea!.text, reason: idea!.hidden_reason })),
    finalRanking,
    ideas: showIdeas
      ? all.filter(isVisibleIdea).map((idea) => ({
          id: idea.id,
          questionId: idea.question_id,
          tableId: idea.table_id,
          text: idea.text,
        }))
      : [],
    myDots,
    dotsLeft: dialogue.dots_per_participant - spent,
    evaluation: evaluation ? { rating: evaluation.rating, comment: evaluation.comment } : null,
    // The projector's countdown, while the dialogue is live: shown only, the facilitator moves the phase.
    countdownEndsAt: countdown,
    lastEventId: lastId,
  };
}
