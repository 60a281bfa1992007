import { randomInt } from 'node:crypto';
import type QRCodeTypes from 'qrcode';
import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { lazy } from '../../platform/lazy.js';
import { projectedMaterial } from '../consultations/index.js';
import {
  type DialogueRow,
  findDialogue,
  joinUrlOf,
  questionsOf,
  requireRunnable,
  tablesOf,
} from '../dialogues/index.js';
import { evaluationSummary } from '../evaluations/index.js';
import { evaluationOf, figuresOfDialogue, isVisibleIdea } from '../figures/index.js';
import { ideasOfDialogue, ideaTallies } from '../ideas/index.js';
import { dialogueEmit, lastEventId } from '../live/index.js';
import { participantsPerTable } from '../participants/index.js';
import { spending } from '../votes/index.js';
import {
  deleteScreenLink,
  replaceScreenLink,
  saveScreenView,
  screenByKey,
  screenLinkOf,
  screenViewOf,
} from './queries.js';

/** How many statements of each kind the joining screen shows per consultation (readable from the back). */
const materialItems = 3;

const qrcode = lazy<typeof QRCodeTypes>('qrcode');

/** What the projector shows: counts, ideas per table, the ranking and the evaluation; no names. */
export async function screenState(ctx: Context, actor: StaffActor, dialogueId: number, baseUrl: string) {
  return presentScreen(ctx, await requireRunnable(ctx.db, actor, dialogueId), baseUrl);
}

/** The same screen, for a projector opened with the dialogue's screen link (no staff session). */
export async function screenStateByKey(ctx: Context, key: string, baseUrl: string) {
  return presentScreen(ctx, await requireByKey(ctx.db, key), baseUrl);
}

/** The QR code of the join link, for the projector opened with the screen link. */
export async function screenQrSvg(ctx: Context, key: string, baseUrl: string): Promise<string> {
  const dialogue = await requireByKey(ctx.db, key);
  return qrcode().toString(joinUrlOf(baseUrl, dialogue.join_code), {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  });
}

async function requireByKey(db: Db, key: string): Promise<DialogueRow> {
  const link = await screenByKey(db, normaliseScreenKey(key));
  const dialogue = link ? await findDialogue(db, link.dialogue_id) : undefined;
  if (!dialogue) throw new AppError('screen_key_unknown');
  return dialogue;
}

/** For the live sockets (passed in at the composition root): the dialogue a link shows, or null. */
export async function screenDialogueOf(db: Db, key: string): Promise<number | null> {
  return (await screenByKey(db, normaliseScreenKey(key)))?.dialogue_id ?? null;
}

async function presentScreen(ctx: Context, dialogue: DialogueRow, baseUrl: string) {
  const db = ctx.db;
  const dialogueId = dialogue.id;
  const [
    questions,
    tables,
    perTable,
    ideas,
    tallies,
    spent,
    evaluation,
    lastId,
    figures,
    view,
    consultations,
  ] = await Promise.all([
    questionsOf(db, dialogueId),
    tablesOf(db, dialogueId),
    participantsPerTable(db, dialogueId),
    ideasOfDialogue(db, dialogueId),
    ideaTallies(db, dialogueId),
    spending(db, dialogueId, dialogue.dots_per_participant),
    evaluationSummary(db, dialogueId),
    lastEventId(db, dialogueId),
    figuresOfDialogue(db, dialogueId),
    screenViewOf(db, dialogueId),
    projectedMaterial(ctx, dialogueId, materialItems),
  ]);
  const visible = ideas.filter(isVisibleIdea);
  const participants = [...perTable.values()].reduce((sum, n) => sum + n, 0);
  const questionIds = [...questions.map((question) => question.id), null];
  const known = new Set(questions.map((question) => question.id));
  const questionOf = (idea: (typeof visible)[number]) =>
    idea.question_id !== null && known.has(idea.question_id) ? idea.question_id : null;
  const ranking = questionIds.flatMap((questionId) => {
    const sorted = visible
      .filter((idea) => questionOf(idea) === questionId)
      .map((idea) => ({
        ideaId: idea.id,
        questionId,
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
      .slice(0, 10);
  });
  const ideasPerQuestion = questionIds
    .map((questionId) => ({
      questionId,
      ideas: visible.filter((idea) => questionOf(idea) === questionId).length,
    }))
    .filter((row) => row.questionId !== null || row.ideas > 0);
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
    // The dialogue's figures as every other surface counts and names them (src/modules/figures).
    figures: {
      participants: figures.participants,
      ideas: figures.ideas,
      ideas_after_merge: figures.ideas_after_merge,
      ideas_visible: figures.ideas_visible,
      ideas_hidden: figures.ideas_hidden,
      dots: figures.dots,
      dots_on_hidden: figures.dots_on_hidden,
      evaluations: evaluationOf(figures).responses,
    },
    participantsPerTable: tables.map((table) => ({
      tableId: table.id,
      number: table.number,
      name: table.name,
      participants: perTable.get(table.id) ?? 0,
      ideas: visible.filter((idea) => idea.table_id === table.id).length,
    })),
    questions: questions.map((question) => ({
      id: question.id,
      position: question.position,
      text: question.text,
    })),
    ranking,
    ideasPerQuestion,
    participantsDone: spent.participantsDone,
    dotsSpent: spent.dotsSpent,
    dotsTotal: participants * dialogue.dots_per_participant,
    evaluation,
    view: {
      rankingHidden: view?.ranking_hidden === 1,
      spotlight: (() => {
        const idea = visible.find((candidate) => candidate.id === view?.spotlight_idea_id);
        return idea ? { ideaId: idea.id, text: idea.text, dots: tallies.total.get(idea.id) ?? 0 } : null;
      })(),
      countdownEndsAt: view?.countdown_ends_at ?? null,
    },
    // Challenge material: what unites and what divides each consultation taken to the dialogue.
    consultations,
    lastEventId: lastId,
  };
}

/**
 * The console's choices for the projector: hide the live ranking (until voting ends), put one
 * visible idea in the spotlight, start or stop a countdown (shown only: it never moves the phase).
 */
export async function setScreenView(
  ctx: Context,
  actor: StaffActor,
  dialogueId: number,
  input: { rankingHidden: boolean; spotlightIdeaId: number | null; countdownMinutes?: number | null },
) {
  return commitChange(ctx, actor, async (trx, change) => {
    const dialogue = await requireRunnable(trx, actor, dialogueId);
    if (dialogue.status === 'closed') throw new AppError('dialogue_closed');
    if (input.spotlightIdeaId !== null) {
      const idea = (await ideasOfDialogue(trx, dialogueId)).find((row) => row.id === input.spotlightIdeaId);
      if (!idea || idea.hidden_at !== null || idea.merged_into_id !== null)
        throw new AppError('not_found', { what: `idea ${input.spotlightIdeaId}` });
    }
    const before = await screenViewOf(trx, dialogueId);
    const at = new Date();
    // Absent keeps the running countdown (a toggle of the ranking does not restart it).
    const countdownEndsAt =
      input.countdownMinutes === undefined
        ? (before?.countdown_ends_at ?? null)
        : input.countdownMinutes === null
          ? null
          : new Date(at.getTime() + input.countdownMinutes * 60_000).toISOString();
    const row = {
      dialogue_id: dialogueId,
      ranking_hidden: input.rankingHidden ? 1 : 0,
      spotlight_idea_id: input.spotlightIdeaId,
      countdown_ends_at: countdownEndsAt,
      updated_at: now(),
    };
    await saveScreenView(trx, row);
    await change.audit({
      action: 'dialogue.screen_view',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: dialogue.region_code,
      before: before ?? null,
      after: row,
    });
    await dialogueEmit(trx, change)(dialogueId, 'screen.view', {
      rankingHidden: input.rankingHidden,
      spotlightIdeaId: input.spotlightIdeaId,
      countdownEndsAt,
    });
    return { rankingHidden: input.rankingHidden, spotlightIdeaId: input.spotlightIdeaId, countdownEndsAt };
  });
}

// The link's secret: the join code's unambiguous letters (no I/1/L, O/0), twelve of them: 31¹² ≈
// 7.9·10¹⁷ links, beyond guessing at any rate the server answers. Shown in the console and typed
// on the venue's PC (as four groups of three); it shows only what the projector shows the room.
const keyAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const keyLength = 12;

export const normaliseScreenKey = (key: string) => key.toUpperCase().replace(/[\s-]/g, '');

const screenPath = (key: string) => `/p/${key}`;

function linkOf(row: { key: string; created_at: string } | undefined, baseUrl: string) {
  return row
    ? { key: row.key, url: `${baseUrl.replace(/\/+$/, '')}${screenPath(row.key)}`, createdAt: row.created_at }
    : { key: null, url: null, createdAt: null };
}

/** The dialogue's screen link, if it has one. */
export async function getScreenLink(ctx: Context, actor: StaffActor, dialogueId: number, baseUrl: string) {
  await requireRunnable(ctx.db, actor, dialogueId);
  return linkOf(await screenLinkOf(ctx.db, dialogueId), baseUrl);
}

/** A new screen link for the dialogue; the one it had stops working (its projectors are closed). */
export async function renewScreenLink(ctx: Context, actor: StaffActor, dialogueId: number, baseUrl: string) {
  const { previous, row } = await commitChange(ctx, actor, async (trx, change) => {
    const dialogue = await requireRunnable(trx, actor, dialogueId);
    const before = await screenLinkOf(trx, dialogueId);
    let key = '';
    for (let i = 0; i < keyLength; i += 1) key += keyAlphabet[randomInt(keyAlphabet.length)];
    const next = { dialogue_id: dialogueId, key, created_by: actor.id, created_at: now() };
    await replaceScreenLink(trx, next);
    // The secret itself is not audited: whoever reads the audit log could open the screen.
    await change.audit({
      action: before ? 'dialogue.screen_link.renew' : 'dialogue.screen_link.create',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: dialogue.region_code,
    });
    return { previous: before, row: next };
  });
  if (previous) await ctx.sockets.closeScreen(previous.key);
  return linkOf(row, baseUrl);
}

/** Revokes the dialogue's screen link: it stops working at once, open projectors included. */
export async function revokeScreenLink(ctx: Context, actor: StaffActor, dialogueId: number) {
  const previous = await commitChange(ctx, actor, async (trx, change) => {
    const dialogue = await requireRunnable(trx, actor, dialogueId);
    const before = await screenLinkOf(trx, dialogueId);
    if (!before) return null;
    await deleteScreenLink(trx, dialogueId);
    await change.audit({
      action: 'dialogue.screen_link.revoke',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: dialogue.region_code,
    });
    return before;
  });
  if (previous) await ctx.sockets.closeScreen(previous.key);
}
