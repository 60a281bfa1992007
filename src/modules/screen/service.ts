import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { joinUrlOf, requireRunnable, tablesOf } from '../dialogues/index.js';
import { evaluationSummary } from '../evaluations/index.js';
import { ideasOfDialogue, ideaTallies } from '../ideas/index.js';
import { lastEventId } from '../live/index.js';
import { participantsPerTable } from '../participants/index.js';
import { spending } from '../votes/index.js';

/** What the projector shows: counts, ideas per table, the ranking and the evaluation; no names. */
export async function screenState(ctx: Context, actor: StaffActor, dialogueId: number, baseUrl: string) {
  const db = ctx.db;
  const dialogue = await requireRunnable(db, actor, dialogueId);
  const [tables, perTable, ideas, tallies, spent, evaluation, lastId] = await Promise.all([
    tablesOf(db, dialogueId),
    participantsPerTable(db, dialogueId),
    ideasOfDialogue(db, dialogueId),
    ideaTallies(db, dialogueId),
    spending(db, dialogueId, dialogue.dots_per_participant),
    evaluationSummary(db, dialogueId),
    lastEventId(db, dialogueId),
  ]);
  const visible = ideas.filter((idea) => idea.hidden_at === null && idea.merged_into_id === null);
  const participants = [...perTable.values()].reduce((sum, n) => sum + n, 0);
  const ranking = visible
    .map((idea) => ({ ideaId: idea.id, text: idea.text, dots: tallies.total.get(idea.id) ?? 0 }))
    .sort((a, b) => b.dots - a.dots || a.ideaId - b.ideaId)
    .slice(0, 10);
  return {
    dialogue: {
      id: dialogue.id,
      title: dialogue.title,
      regionCode: dialogue.region_code,
      status: dialogue.status,
      phase: dialogue.phase,
      joinCode: dialogue.join_code,
      joinUrl: joinUrlOf(baseUrl, dialogue.join_code),
    },
    participants,
    participantsPerTable: tables.map((table) => ({
      tableId: table.id,
      number: table.number,
      name: table.name,
      participants: perTable.get(table.id) ?? 0,
      ideas: visible.filter((idea) => idea.table_id === table.id).length,
    })),
    ranking,
    participantsDone: spent.participantsDone,
    dotsSpent: spent.dotsSpent,
    dotsTotal: participants * dialogue.dots_per_participant,
    evaluation,
    lastEventId: lastId,
  };
}
