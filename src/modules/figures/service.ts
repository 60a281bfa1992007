import type { Db } from '../../platform/db/index.js';
import { type Rating, ratings as ratingNames } from '../../platform/vocabulary.js';
import { chainEnds } from './chains.js';
import {
  type DialogueScope,
  dotsPerIdea,
  hiddenEnds,
  ideaCounts,
  mergeLinks,
  organizationCounts,
  participantCounts,
  participantsByKind,
  ratingCounts,
} from './queries.js';

/**
 * The figures of a dialogue, a region or the nation, defined once (issue 16): every surface — the
 * projector, the live console, the dialogue list, the results and their PDF/XLSX/CSV, open data, the
 * public return — reads them here, and names them as `figureLabels` (platform/vocabulary.ts) does.
 *
 * ideas = ideas_after_merge + merged; ideas_after_merge = ideas_visible + ideas_hidden.
 */
export interface Figures {
  /** Attendances (erased people included: the attendance stays, the person's data goes). */
  participants: number;
  /** Ideas proposed: every idea, merged and hidden ones included (FORMAT.md `ideas`). */
  ideas: number;
  /** Ideas not merged into another (FORMAT.md `ideas_after_merge`), hidden ones included. */
  ideas_after_merge: number;
  /** Ideas not merged and not hidden: what the room votes on and the public sees. */
  ideas_visible: number;
  /** Ideas not merged and hidden by moderation. */
  ideas_hidden: number;
  /** Every dot given (FORMAT.md `dots`). */
  dots: number;
  /** Dots whose merge chain ends at a hidden idea (part of `dots`). */
  dots_on_hidden: number;
  /** Evaluations of the method, by rating. */
  ratings: Record<Rating, number>;
}

export const emptyFigures = (): Figures => ({
  participants: 0,
  ideas: 0,
  ideas_after_merge: 0,
  ideas_visible: 0,
  ideas_hidden: 0,
  dots: 0,
  dots_on_hidden: 0,
  ratings: Object.fromEntries(ratingNames.map((rating) => [rating, 0])) as Record<Rating, number>,
});

/** Adds `more` into `into` (and returns it). */
export function addFigures(into: Figures, more: Figures): Figures {
  into.participants += more.participants;
  into.ideas += more.ideas;
  into.ideas_after_merge += more.ideas_after_merge;
  into.ideas_visible += more.ideas_visible;
  into.ideas_hidden += more.ideas_hidden;
  into.dots += more.dots;
  into.dots_on_hidden += more.dots_on_hidden;
  for (const rating of ratingNames) into.ratings[rating] += more.ratings[rating];
  return into;
}

/** Evaluations received, and the share rated excelente or bueno (0 with none). */
export function evaluationOf(figures: Figures) {
  const responses = ratingNames.reduce((sum, rating) => sum + figures.ratings[rating], 0);
  const good = figures.ratings.excelente + figures.ratings.bueno;
  return { responses, excellent_or_good_share: responses ? good / responses : 0 };
}

export interface CountedFigures {
  byDialogue: Map<number, Figures>;
  /** Dots at the end of each merge chain, with the end's dialogue and whether it is hidden. */
  finalDots: Map<number, { dialogueId: number; dots: number; hidden: boolean }>;
}

/** The figures of every dialogue of the scope (`null`: all), from SQL aggregates and one pass over the dots. */
export async function countFigures(db: Db, scope: DialogueScope): Promise<CountedFigures> {
  const [ideas, merges, hidden, dots, participants, ratings] = await Promise.all([
    ideaCounts(db, scope),
    mergeLinks(db, scope),
    hiddenEnds(db, scope),
    dotsPerIdea(db, scope),
    participantCounts(db, scope),
    ratingCounts(db, scope),
  ]);
  const byDialogue = new Map<number, Figures>();
  const of = (dialogueId: number) => {
    let figures = byDialogue.get(dialogueId);
    if (!figures) {
      figures = emptyFigures();
      byDialogue.set(dialogueId, figures);
    }
    return figures;
  };
  if (scope) for (const id of scope) of(id);
  for (const row of ideas) {
    const figures = of(row.dialogue_id);
    figures.ideas = Number(row.ideas);
    figures.ideas_after_merge = Number(row.after_merge);
    figures.ideas_hidden = Number(row.hidden);
    figures.ideas_visible = figures.ideas_after_merge - figures.ideas_hidden;
  }
  for (const row of participants) of(row.dialogue_id).participants = Number(row.count);
  for (const row of ratings) {
    const figures = of(row.dialogue_id);
    figures.ratings[row.rating] = (figures.ratings[row.rating] ?? 0) + Number(row.count);
  }
  const ends = chainEnds(merges);
  const hiddenSet = new Set(hidden);
  const finalDots: CountedFigures['finalDots'] = new Map();
  for (const row of dots) {
    const given = Number(row.dots);
    if (given <= 0) continue;
    const end = ends.get(row.idea_id) ?? row.idea_id;
    const figures = of(row.dialogue_id);
    figures.dots += given;
    const onHidden = hiddenSet.has(end);
    if (onHidden) figures.dots_on_hidden += given;
    const entry = finalDots.get(end);
    if (entry) entry.dots += given;
    else finalDots.set(end, { dialogueId: row.dialogue_id, dots: given, hidden: onHidden });
  }
  return { byDialogue, finalDots };
}

/** The figures of one dialogue. */
export async function figuresOfDialogue(db: Db, dialogueId: number): Promise<Figures> {
  return (await countFigures(db, [dialogueId])).byDialogue.get(dialogueId) ?? emptyFigures();
}

/** The figures of each listed dialogue (an empty set for one with nothing yet). */
export async function figuresOfDialogues(db: Db, dialogueIds: number[]): Promise<Map<number, Figures>> {
  return (await countFigures(db, dialogueIds)).byDialogue;
}

/** Distinct organisations among the attendances, per region and over the scope. */
export const countOrganizations = organizationCounts;

/**
 * Attendances by organisation kind. «Sin organización» (`sin_organizacion`) only when the attendance
 * names no organisation; an organisation whose optional kind was left blank is `sin_tipo`.
 */
export async function participationByKind(db: Db, scope: DialogueScope) {
  const rows = await participantsByKind(db, scope);
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = Number(row.has_organization) ? (row.kind ?? 'sin_tipo') : 'sin_organizacion';
    counts.set(key, (counts.get(key) ?? 0) + Number(row.count));
  }
  // Ties by key: the order must not depend on the store's row order (SQLite and PostgreSQL differ).
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The definition of `ideas_visible` for one idea: not merged into another and not hidden. */
export const isVisibleIdea = (idea: { hidden_at: string | null; merged_into_id: number | null }) =>
  idea.hidden_at === null && idea.merged_into_id === null;
