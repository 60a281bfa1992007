import type { Context } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { answersOfIdeas } from '../answers/index.js';
import { chainEnds, figuresOfDialogue } from '../figures/index.js';
import { initiativesFromIdeas } from '../initiatives/index.js';
import { themesOfIdeas } from './providers.js';
import * as q from './queries.js';

/** A dialogue's ideas are public once it is closed or published; hidden ideas never are. */
async function publicDialogue(db: Db, id: number) {
  const dialogue = await q.findPublicDialogue(db, id);
  if (!dialogue || (dialogue.status !== 'closed' && !dialogue.published_at))
    throw new AppError('not_found', { what: `diálogo ${id}` });
  return dialogue;
}

type IdeaRow = NonNullable<Awaited<ReturnType<typeof q.findIdea>>>;

/** The initiatives (with milestones and status history) that came from these ideas. */
async function initiativesOf(db: Db, ideaIds: number[]) {
  const rows = await initiativesFromIdeas(db, ideaIds);
  const ids = [...new Set(rows.map((row) => row.id))];
  const [milestones, history] = await Promise.all([q.milestonesOf(db, ids), q.statusHistoryOf(db, ids)]);
  const byInitiative = new Map<number, ReturnType<typeof present>>();
  function present(row: (typeof rows)[number]) {
    return {
      id: row.id,
      title: row.title,
      year: row.year,
      status: row.status,
      progressPercent: row.progress_percent,
      discardReason: row.discard_reason,
      responsibleUnit: row.responsible_unit,
      national: row.region_code === null,
      fromIdeas: [] as number[],
      milestones: milestones
        .filter((milestone) => milestone.initiative_id === row.id)
        .map((milestone) => ({ title: milestone.title, dueOn: milestone.due_on, doneOn: milestone.done_on })),
      history: history
        .filter((entry) => entry.initiative_id === row.id && entry.status_before !== entry.status_after)
        .map((entry) => ({ on: entry.reported_on, from: entry.status_before, to: entry.status_after })),
    };
  }
  for (const row of rows) {
    const entry = byInitiative.get(row.id) ?? present(row);
    entry.fromIdeas.push(row.idea_id);
    byInitiative.set(row.id, entry);
  }
  return [...byInitiative.values()];
}

function chainOf(idea: IdeaRow, byId: Map<number, IdeaRow>) {
  const chain: IdeaRow[] = [];
  let current = idea;
  for (let hops = 0; current.merged_into_id && hops < 50; hops += 1) {
    const next = byId.get(current.merged_into_id);
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/** What became of one idea: merged into, part of themes, source of initiatives. Public, no login. */
export async function ideaReturn(ctx: Context, id: number) {
  const idea = await q.findIdea(ctx.db, id);
  if (!idea || idea.hidden_at) throw new AppError('not_found', { what: `idea ${id}` });
  const dialogue = await publicDialogue(ctx.db, idea.dialogue_id);
  const all = await q.ideasOfDialogue(ctx.db, dialogue.id);
  const byId = new Map(all.map((row) => [row.id, row]));
  const chain = chainOf(idea, byId);
  const family = [idea.id, ...chain.map((row) => row.id)];
  const [initiatives, themes, answers] = await Promise.all([
    initiativesOf(ctx.db, family),
    themesOfIdeas(ctx.db, family),
    answersOfIdeas(ctx.db, family),
  ]);
  // The answer that counts is the one of the idea at the end of the chain (where the dots went).
  const answer = answers.get(family.at(-1) ?? idea.id) ?? null;
  const mergedHere = all.filter((row) => row.merged_into_id === idea.id && !row.hidden_at);
  return {
    idea: { id: idea.id, text: idea.text },
    dialogue: {
      id: dialogue.id,
      title: dialogue.title,
      date: dialogue.date,
      regionName: dialogue.region_name,
    },
    mergedInto: chain.map((row) => ({ id: row.id, text: row.text })),
    mergedHere: mergedHere.map((row) => ({ id: row.id, text: row.text })),
    themes: themes.map((theme) => ({ id: theme.themeId, label: theme.label })),
    answer,
    initiatives,
    outcome: initiatives.length
      ? 'initiative'
      : answer
        ? 'answered'
        : chain.length
          ? 'merged'
          : themes.length
            ? 'theme'
            : 'pending',
  };
}

/** What became of every idea of a dialogue. Public, no login. */
export async function dialogueReturn(ctx: Context, id: number) {
  const dialogue = await publicDialogue(ctx.db, id);
  const all = (await q.ideasOfDialogue(ctx.db, id)).filter((row) => !row.hidden_at);
  const initiatives = await initiativesOf(
    ctx.db,
    all.map((row) => row.id),
  );
  const themes = await themesOfIdeas(
    ctx.db,
    all.map((row) => row.id),
  );
  const ends = chainEnds(all);
  const answers = await answersOfIdeas(
    ctx.db,
    all.filter((row) => !row.merged_into_id).map((row) => row.id),
  );
  const ideas = all
    .filter((row) => !row.merged_into_id)
    .map((row) => {
      const merged = all.filter((other) => other.merged_into_id && ends.get(other.id) === row.id);
      const family = new Set([row.id, ...merged.map((other) => other.id)]);
      return {
        id: row.id,
        text: row.text,
        merged: merged.map((other) => ({ id: other.id, text: other.text })),
        themes: themes
          .filter((theme) => family.has(theme.ideaId))
          .map((theme) => ({ id: theme.themeId, label: theme.label })),
        answer: answers.get(row.id) ?? null,
        initiatives: initiatives
          .filter((initiative) => initiative.fromIdeas.some((ideaId) => family.has(ideaId)))
          .map((initiative) => ({
            id: initiative.id,
            title: initiative.title,
            status: initiative.status,
            progressPercent: initiative.progressPercent,
          })),
      };
    });
  const figures = await figuresOfDialogue(ctx.db, id);
  // «N de M ideas tienen respuesta»: a human answer or an initiative; a theme is not an answer.
  const answered = ideas.filter((idea) => idea.answer || idea.initiatives.length).length;
  return {
    dialogue: {
      id: dialogue.id,
      title: dialogue.title,
      date: dialogue.date,
      regionName: dialogue.region_name,
    },
    ideas,
    // The dialogue's figures as every surface names them: proposed, and visible (the ideas listed here).
    summary: {
      ideas: figures.ideas,
      ideasVisible: figures.ideas_visible,
      answered,
      initiatives: initiatives.length,
    },
  };
}

/** The dialogues whose return is public, newest first (a page), for the public home and the returns list. */
export async function listReturns(ctx: Context, query: { region?: string; limit: number; offset: number }) {
  const { rows, total } = await q.listPublicDialogues(ctx.db, query);
  return {
    dialogues: rows.map((row) => ({
      id: row.id,
      title: row.title,
      date: row.date,
      regionCode: row.region_code,
      regionName: row.region_name,
    })),
    total,
    limit: query.limit,
    offset: query.offset,
  };
}
