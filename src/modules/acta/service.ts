import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import { type Rating, ratings } from '../../platform/vocabulary.js';
import { questionsOf, regionName, requireRunnable, tablesOf } from '../dialogues/index.js';
import { ideasOfDialogue, ideaTallies } from '../ideas/index.js';
import {
  evaluationsOf,
  facilitatorNames,
  participantsByOrganizationKind,
  participantsBySector,
  participantsPerTable,
} from './queries.js';

export interface ActaIdea {
  id: number;
  text: string;
  table: string | null;
  source: string;
  /** Dots after merges: its own and those of the ideas merged into it. */
  dots: number;
  /** Shared by ties: 1, 2, 2, 4. */
  rank: number;
  merged: Array<{ text: string; dots: number }>;
}

export interface Acta {
  title: string;
  region: string;
  date: string;
  venue: string | null;
  status: string;
  facilitators: string[];
  dotsPerParticipant: number;
  questions: Array<{ position: number; text: string; ideas: ActaIdea[] }>;
  /** Ideas not tied to a question (a card typed without one). */
  unassigned: ActaIdea[];
  tables: Array<{ name: string; participants: number; ideas: number }>;
  participants: number;
  bySector: Array<{ key: string | null; count: number }>;
  byOrganizationKind: Array<{ key: string | null; count: number }>;
  /** Hidden ones with the team's reason; `late`: arrived after ideation and never accepted. */
  hidden: Array<{ text: string; reason: string; question: number | null; late: boolean }>;
  ideasTotal: number;
  dotsSpent: number;
  evaluation: { responses: number; counts: Record<Rating, number>; comments: string[] };
}

/** Shared ranks in order of dots: equal dots, equal rank (1, 2, 2, 4). */
function ranked<T extends { dots: number; id: number }>(rows: T[]): Array<T & { rank: number }> {
  const sorted = [...rows].sort((a, b) => b.dots - a.dots || a.id - b.id);
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || sorted[index - 1].dots !== row.dots) rank = index + 1;
    return { ...row, rank };
  });
}

/** Everything the acta of a dialogue says, read through the owning modules' doors. */
export async function actaOf(ctx: Context, actor: StaffActor, dialogueId: number): Promise<Acta> {
  const db = ctx.db;
  const dialogue = await requireRunnable(db, actor, dialogueId);
  const [region, questions, tables, ideas, tallies, sectors, kinds, perTable, evaluations, facilitators] =
    await Promise.all([
      regionName(db, dialogue.region_code),
      questionsOf(db, dialogueId),
      tablesOf(db, dialogueId),
      ideasOfDialogue(db, dialogueId),
      ideaTallies(db, dialogueId),
      participantsBySector(db, dialogueId),
      participantsByOrganizationKind(db, dialogueId),
      participantsPerTable(db, dialogueId),
      evaluationsOf(db, dialogueId),
      facilitatorNames(db, dialogueId),
    ]);
  const tableName = new Map(tables.map((table) => [table.id, table.name]));
  const visible = ideas.filter((idea) => idea.hidden_at === null && idea.merged_into_id === null);
  // Merged ideas are listed under the idea they ended in (the end of their merge chain).
  const mergedInto = new Map<number, Array<{ text: string; dots: number }>>();
  for (const idea of ideas) {
    if (idea.merged_into_id === null || idea.hidden_at !== null) continue;
    const end = tallies.ends.get(idea.id) ?? idea.merged_into_id;
    const list = mergedInto.get(end) ?? [];
    list.push({ text: idea.text, dots: tallies.own.get(idea.id) ?? 0 });
    mergedInto.set(end, list);
  }
  const present = (group: typeof visible): ActaIdea[] =>
    ranked(
      group.map((idea) => ({
        id: idea.id,
        text: idea.text,
        table: idea.table_id === null ? null : (tableName.get(idea.table_id) ?? null),
        source: idea.source,
        dots: tallies.total.get(idea.id) ?? 0,
        merged: mergedInto.get(idea.id) ?? [],
      })),
    );
  const questionIds = new Set(questions.map((question) => question.id));
  const counts = Object.fromEntries(ratings.map((rating) => [rating, 0])) as Record<Rating, number>;
  for (const row of evaluations) counts[row.rating] += 1;
  const participantsOf = new Map(perTable.map((row) => [row.table_id, Number(row.count)]));
  const number = new Map(questions.map((question) => [question.id, question.position]));
  return {
    title: dialogue.title,
    region,
    date: dialogue.date,
    venue: dialogue.venue,
    status: dialogue.status,
    facilitators: facilitators.map((row) => row.name),
    dotsPerParticipant: dialogue.dots_per_participant,
    questions: questions.map((question) => ({
      position: question.position,
      text: question.text,
      ideas: present(visible.filter((idea) => idea.question_id === question.id)),
    })),
    unassigned: present(
      visible.filter((idea) => idea.question_id === null || !questionIds.has(idea.question_id)),
    ),
    tables: tables.map((table) => ({
      name: table.name,
      participants: participantsOf.get(table.id) ?? 0,
      ideas: visible.filter((idea) => idea.table_id === table.id).length,
    })),
    participants: [...participantsOf.values()].reduce((sum, n) => sum + n, 0),
    bySector: sectors
      .map((row) => ({ key: row.key, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count),
    byOrganizationKind: kinds
      .map((row) => ({ key: row.key, count: Number(row.count) }))
      .sort((a, b) => b.count - a.count),
    hidden: ideas
      .filter((idea) => idea.hidden_at !== null)
      .map((idea) => ({
        text: idea.text,
        reason: idea.hidden_reason ?? '',
        late: idea.late_at !== null && idea.hidden_reason === null,
        question: idea.question_id === null ? null : (number.get(idea.question_id) ?? null),
      })),
    ideasTotal: ideas.length,
    dotsSpent: [...tallies.own.values()].reduce((sum, n) => sum + n, 0),
    evaluation: {
      responses: evaluations.length,
      counts,
      // Anonymous: in alphabetical order, so that their order says nothing about who wrote them.
      comments: evaluations
        .map((row) => row.comment?.trim() ?? '')
        .filter((comment) => comment.length > 0)
        .sort((a, b) => a.localeCompare(b, 'es')),
    },
  };
}
