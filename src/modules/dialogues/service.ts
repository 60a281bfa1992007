import { randomInt } from 'node:crypto';
import type QRCodeTypes from 'qrcode';
import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import type { DialoguePhase, DialogueStatus } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors/index.js';
import { lazy } from '../../platform/lazy.js';
import { evaluationOf, figuresOfDialogues } from '../figures/index.js';
import { dialogueEmit } from '../live/index.js';
import { canCreateIn, requireManageable, requireRunnable } from './policy.js';
import {
  activeStaff,
  assignedIds,
  countDialogues,
  type DialogueFilter,
  type DialogueRow,
  deleteQuestion,
  deleteTable,
  facilitatorsOf,
  findDialogue,
  findDialogueByCode,
  insertDialogue,
  insertQuestion,
  insertTable,
  joinCodeTaken,
  listDialogues,
  lockDialogue,
  questionInUse,
  questionsOf,
  replaceFacilitators,
  tableInUse,
  tablesOf,
  updateDialogue,
  updateQuestion,
  updateTableName,
} from './queries.js';
import type { DialogueListQuery, DialoguePatch, NewDialogue } from './schema.js';
import { wrongStatus } from './words.js';

const qrcode = lazy<typeof QRCodeTypes>('qrcode');

// Letters and digits that cannot be mistaken for one another when read aloud or off a projector
// (no I/1/L, O/0): 31 signs. Nine of them give 31⁹ ≈ 2.6·10¹³ codes. Guessing at the join limit
// (60 a minute per address, and no forged address since TRUST_PROXY) with 1,000 addresses against
// 100 open dialogues takes 2.6·10¹³ / (100 · 1,000) s ≈ 8 years on average for a first hit; from one
// address, thousands of years. Six signs (the earlier length) fell in about an hour at 1,812/s.
// Older six-sign codes keep working: a code is looked up as typed, forgiving case and dashes.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const codeLength = 9;

/** A fresh join code: short, unambiguous, and not used by any other dialogue. */
export async function newJoinCode(db: Db): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    let code = '';
    for (let i = 0; i < codeLength; i += 1) code += codeAlphabet[randomInt(codeAlphabet.length)];
    if (!(await joinCodeTaken(db, code))) return code;
  }
  throw new Error('no free join code after 20 attempts');
}

/** How a typed code is looked up: upper case, without spaces or dashes. */
export const normaliseJoinCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

export const joinUrlOf = (baseUrl: string, code: string) => `${baseUrl.replace(/\/+$/, '')}/d/${code}`;

/** The counts shown with a dialogue: its figures as every surface names them (src/modules/figures). */
async function countsOf(db: Db, dialogueIds: number[]) {
  const figures = await figuresOfDialogues(db, dialogueIds);
  return new Map(
    [...figures].map(([id, figure]) => [
      id,
      {
        participants: figure.participants,
        ideas: figure.ideas,
        ideasVisible: figure.ideas_visible,
        ideasHidden: figure.ideas_hidden,
        dotsSpent: figure.dots,
        evaluations: evaluationOf(figure).responses,
      },
    ]),
  );
}

function summaryOf(row: DialogueRow, baseUrl: string, counts: Awaited<ReturnType<typeof countsOf>>) {
  const count = counts.get(row.id) ?? {
    participants: 0,
    ideas: 0,
    ideasVisible: 0,
    ideasHidden: 0,
    dotsSpent: 0,
    evaluations: 0,
  };
  return {
    id: row.id,
    regionCode: row.region_code,
    title: row.title,
    date: row.date,
    venue: row.venue,
    agenda: row.agenda,
    status: row.status,
    phase: row.phase,
    dotsPerParticipant: row.dots_per_participant,
    maxDotsPerIdea: row.max_dots_per_idea,
    joinCode: row.join_code,
    joinUrl: joinUrlOf(baseUrl, row.join_code),
    counts: { ...count, dotsTotal: count.participants * row.dots_per_participant },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The full `Dialogue` of the contract. */
export async function presentDialogue(db: Db, row: DialogueRow, baseUrl: string) {
  const [questions, tables, facilitators, counts] = await Promise.all([
    questionsOf(db, row.id),
    tablesOf(db, row.id),
    facilitatorsOf(db, row.id),
    countsOf(db, [row.id]),
  ]);
  return { ...summaryOf(row, baseUrl, counts), questions, tables, facilitators };
}

/** Dialogues the caller may see, filtered and paged. */
export async function listDialoguesFor(
  ctx: Context,
  actor: StaffActor,
  query: DialogueListQuery,
  baseUrl: string,
) {
  const filter: DialogueFilter = {
    // A facilitator sees the dialogues they run, and only in their own regions.
    regions: actor.role === 'national' ? 'all' : actor.regions,
    facilitatorId: actor.role === 'facilitator' ? actor.id : undefined,
    region: query.region,
    status: query.status,
    q: query.q || undefined,
  };
  const [rows, total] = await Promise.all([
    listDialogues(ctx.db, filter, (query.page - 1) * query.pageSize, query.pageSize),
    countDialogues(ctx.db, filter),
  ]);
  const counts = await countsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return { dialogues: rows.map((row) => summaryOf(row, baseUrl, counts)), total };
}

/** Creates a dialogue in `draft` with its questions and tables. */
export async function createDialogue(ctx: Context, actor: StaffActor, input: NewDialogue, baseUrl: string) {
  if (actor.role === 'facilitator') throw new AppError('forbidden');
  if (!canCreateIn(actor, input.regionCode)) throw new AppError('not_found', { what: input.regionCode });
  const id = await commitChange(ctx, actor, async (trx, change) => {
    const at = now();
    const dialogueId = await insertDialogue(trx, {
      region_code: input.regionCode,
      title: input.title,
      date: input.date,
      venue: input.venue ?? null,
      agenda: input.agenda ?? null,
      status: 'draft',
      phase: null,
      dots_per_participant: input.dotsPerParticipant,
      max_dots_per_idea: input.maxDotsPerIdea ?? input.dotsPerParticipant,
      join_code: await newJoinCode(trx),
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    });
    for (const [index, text] of input.questions.entries())
      await insertQuestion(trx, dialogueId, index + 1, text);
    for (const [index, name] of input.tables.entries()) await insertTable(trx, dialogueId, index + 1, name);
    await change.audit({
      action: 'dialogue.create',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: input.regionCode,
      after: input,
    });
    return dialogueId;
  });
  return presentDialogue(ctx.db, (await findDialogue(ctx.db, id))!, baseUrl);
}

export async function getDialogue(ctx: Context, actor: StaffActor, id: number, baseUrl: string) {
  return presentDialogue(ctx.db, await requireRunnable(ctx.db, actor, id), baseUrl);
}

const votingStarted = (row: DialogueRow) =>
  row.status === 'closed' || (row.status === 'live' && row.phase !== 'ideation');

/** Changes settings; dots settings are frozen once voting has started. */
export async function updateDialogueSettings(
  ctx: Context,
  actor: StaffActor,
  id: number,
  patch: DialoguePatch,
  baseUrl: string,
) {
  await commitChange(ctx, actor, async (trx, change) => {
    const before = await requireManageable(trx, actor, id);
    if (patch.regionCode && patch.regionCode !== before.region_code && !canCreateIn(actor, patch.regionCode))
      throw new AppError('not_found', { what: patch.regionCode });
    const dots = patch.dotsPerParticipant ?? before.dots_per_participant;
    const cap = patch.maxDotsPerIdea ?? Math.min(before.max_dots_per_idea, dots);
    const dotsChange = dots !== before.dots_per_participant || cap !== before.max_dots_per_idea;
    if (dotsChange && votingStarted(before)) throw new AppError('dots_locked');
    await updateDialogue(trx, id, {
      region_code: patch.regionCode ?? before.region_code,
      title: patch.title ?? before.title,
      date: patch.date ?? before.date,
      venue: patch.venue === undefined ? before.venue : patch.venue || null,
      agenda: patch.agenda === undefined ? before.agenda : patch.agenda || null,
      dots_per_participant: dots,
      max_dots_per_idea: cap,
      updated_at: now(),
    });
    if (patch.questions) await replaceQuestions(trx, id, patch.questions);
    if (patch.tables) await replaceTables(trx, id, patch.tables);
    await change.audit({
      action: 'dialogue.update',
      entity: 'dialogue',
      entityId: id,
      regionCode: patch.regionCode ?? before.region_code,
      before,
      after: patch,
    });
  });
  return getDialogue(ctx, actor, id, baseUrl);
}

// Questions and tables keep their ids by position, so ideas and participants stay attached; a
// trailing one is removed only when nothing refers to it.
async function replaceQuestions(db: Db, dialogueId: number, texts: string[]) {
  const existing = await questionsOf(db, dialogueId);
  for (const [index, text] of texts.entries()) {
    const current = existing[index];
    if (current) {
      if (current.text !== text) await updateQuestion(db, current.id, text);
    } else await insertQuestion(db, dialogueId, index + 1, text);
  }
  for (const extra of existing.slice(texts.length)) {
    if (await questionInUse(db, extra.id))
      throw new AppError('conflict', { detail: `la pregunta ${extra.position} ya tiene ideas` });
    await deleteQuestion(db, extra.id);
  }
}

async function replaceTables(db: Db, dialogueId: number, names: string[]) {
  const existing = await tablesOf(db, dialogueId);
  for (const [index, name] of names.entries()) {
    const current = existing[index];
    if (current) {
      if (current.name !== name) await updateTableName(db, current.id, name);
    } else
      await insertTable(db, dialogueId, (existing.at(-1)?.number ?? 0) + index - existing.length + 1, name);
  }
  for (const extra of existing.slice(names.length)) {
    if (await tableInUse(db, extra.id))
      throw new AppError('conflict', { detail: `la mesa ${extra.number} ya tiene participantes o ideas` });
    await deleteTable(db, extra.id);
  }
}

const nextStatus: Record<DialogueStatus, DialogueStatus | null> = {
  draft: 'open',
  open: 'live',
  live: 'closed',
  closed: null,
};

/** draft → open → live → closed, one step at a time; going live starts the ideation phase. */
export async function changeStatus(
  ctx: Context,
  actor: StaffActor,
  id: number,
  status: DialogueStatus,
  baseUrl: string,
) {
  await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const before = await lockedRunnable(trx, actor, id);
    if (nextStatus[before.status] !== status)
      throw new AppError('status_step', { from: before.status, to: status });
    const phase: DialoguePhase | null = status === 'live' ? 'ideation' : before.phase;
    await updateDialogue(trx, id, { status, phase, updated_at: now() });
    await change.audit({
      action: 'dialogue.status',
      entity: 'dialogue',
      entityId: id,
      regionCode: before.region_code,
      before: { status: before.status, phase: before.phase },
      after: { status, phase },
    });
    await emit(id, 'dialogue.status', { status, phase });
  });
  return getDialogue(ctx, actor, id, baseUrl);
}

const phaseOrder: DialoguePhase[] = ['ideation', 'voting', 'evaluation'];

/** While live, the room moves one phase forward or back. */
export async function changePhase(
  ctx: Context,
  actor: StaffActor,
  id: number,
  phase: DialoguePhase,
  baseUrl: string,
) {
  await commitChange(ctx, actor, async (trx, change) => {
    const emit = dialogueEmit(trx, change);
    const before = await lockedRunnable(trx, actor, id);
    if (before.status !== 'live') throw wrongStatus('live', before);
    const step = phaseOrder.indexOf(phase) - phaseOrder.indexOf(before.phase ?? 'ideation');
    if (Math.abs(step) !== 1) throw new AppError('phase_step', { from: before.phase ?? '-', to: phase });
    await updateDialogue(trx, id, { phase, updated_at: now() });
    await change.audit({
      action: 'dialogue.phase',
      entity: 'dialogue',
      entityId: id,
      regionCode: before.region_code,
      before: { phase: before.phase },
      after: { phase },
    });
    await emit(id, 'dialogue.phase', { phase });
  });
  return getDialogue(ctx, actor, id, baseUrl);
}

// The dialogue row is locked so that two status or phase changes cannot interleave.
async function lockedRunnable(trx: Db, actor: StaffActor, id: number) {
  await lockDialogue(trx, id);
  return requireRunnable(trx, actor, id);
}

/** Assigns the facilitators who may see and run the dialogue. */
export async function setFacilitators(
  ctx: Context,
  actor: StaffActor,
  id: number,
  userIds: number[],
  baseUrl: string,
) {
  const unique = [...new Set(userIds)];
  await commitChange(ctx, actor, async (trx, change) => {
    const dialogue = await requireManageable(trx, actor, id);
    const found = new Map(
      (await activeStaff(trx, unique, dialogue.region_code)).map((user) => [user.id, user]),
    );
    // Refusals name the id only: nothing of another region's account (name, e-mail) is echoed.
    for (const userId of unique) {
      const user = found.get(userId);
      if (!user) throw new AppError('unknown_staff', { userId });
      if (user.role !== 'facilitator') throw new AppError('not_a_facilitator', { userId });
      if (!user.inRegion) {
        throw new AppError('facilitator_other_region', { userId, regionCode: dialogue.region_code });
      }
    }
    const before = await assignedIds(trx, id);
    await replaceFacilitators(trx, id, unique);
    await change.audit({
      action: 'dialogue.facilitators',
      entity: 'dialogue',
      entityId: id,
      regionCode: dialogue.region_code,
      before: { userIds: before },
      after: { userIds: unique },
    });
  });
  return getDialogue(ctx, actor, id, baseUrl);
}

/** The QR code of the join URL, as SVG. */
export async function joinQrSvg(
  ctx: Context,
  actor: StaffActor,
  id: number,
  baseUrl: string,
): Promise<string> {
  const dialogue = await requireRunnable(ctx.db, actor, id);
  return qrcode().toString(joinUrlOf(baseUrl, dialogue.join_code), {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  });
}

/** The dialogue of a join code, or 404 join_code_unknown. */
export async function requireByCode(db: Db, code: string): Promise<DialogueRow> {
  const dialogue = await findDialogueByCode(db, normaliseJoinCode(code));
  if (!dialogue) throw new AppError('join_code_unknown', { code: code.slice(0, 20) });
  return dialogue;
}
