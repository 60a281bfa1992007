import { randomBytes } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type QRCodeTypes from 'qrcode';
import type { StaffActor } from '../../platform/auth/actor.js';
import { regionScope } from '../../platform/auth/policy.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { lazy } from '../../platform/lazy.js';
import { regionOfScope } from '../../platform/scopes.js';
import type { OpinionGroupsResult } from './math/engine.js';
import type { GroupState } from './math/groups.js';
import { nextStatement as drawStatement } from './math/routing.js';
import { consultationMatrix } from './matrix-of.js';
import { OpinionGroupsWorker, Recomputation } from './off-thread.js';
import { requireCreatable, requireManagedConsultation, requireVisibleConsultation } from './policy.js';
import { polisLeadingColumns } from './polis-csv.js';
import * as q from './queries.js';
import {
  maxStatementLength,
  type NewConsultation,
  type StatementStatus,
  type statementOrigins,
  voteValues,
} from './schema.js';
import type { ConsultationTable } from './tables.js';

type Row = Omit<ConsultationTable, 'id'> & { id: number };

const qrcode = lazy<typeof QRCodeTypes>('qrcode');

const isOpen = (row: Row, at = Date.now()) =>
  Date.parse(row.opens_at) <= at && at < Date.parse(row.closes_at);

function present(row: Row, counts: { participants: Map<number, number>; votes: Map<number, number> }) {
  return {
    id: row.id,
    regionCode: row.region_code,
    question: row.question,
    level: row.level,
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    publicKey: row.public_key,
    joinPath: `/c/${row.public_key}`,
    open: isOpen(row),
    participants: counts.participants.get(row.id) ?? 0,
    votes: counts.votes.get(row.id) ?? 0,
  };
}

async function statementsWithTally(db: Db, consultationId: number) {
  const [statements, tally] = await Promise.all([
    q.statementsOf(db, consultationId),
    q.tallyOf(db, consultationId),
  ]);
  const counts = new Map<number, { agree: number; disagree: number; pass: number }>();
  for (const row of tally) {
    const entry = counts.get(row.statementId) ?? { agree: 0, disagree: 0, pass: 0 };
    if (row.vote > 0) entry.agree += row.count;
    else if (row.vote < 0) entry.disagree += row.count;
    else entry.pass += row.count;
    counts.set(row.statementId, entry);
  }
  return statements.map((statement) => ({
    id: statement.id,
    text: statement.text,
    origin: statement.origin as (typeof statementOrigins)[number],
    status: statement.status as StatementStatus,
    moderationReason: statement.moderation_reason,
    ...(counts.get(statement.id) ?? { agree: 0, disagree: 0, pass: 0 }),
  }));
}

async function detail(db: Db, row: Row) {
  return {
    ...present(row, await q.countsOf(db, [row.id])),
    statements: await statementsWithTally(db, row.id),
  };
}

async function visibleConsultation(ctx: Context, staff: StaffActor, id: number, manage = false) {
  const row = await q.findConsultation(ctx.db, id);
  const what = `consulta ${id}`;
  if (!row) throw new AppError('not_found', { what });
  if (manage) requireManagedConsultation(staff, row.region_code, what);
  else requireVisibleConsultation(staff, row.region_code, what);
  return row;
}

export async function listConsultations(ctx: Context, staff: StaffActor, region?: string) {
  const rows = await q.listConsultations(ctx.db, regionScope(staff, region));
  const counts = await q.countsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return {
    consultations: rows
      .filter((row) => region === undefined || row.region_code === region)
      .map((row) => present(row, counts)),
  };
}

export async function createConsultation(ctx: Context, staff: StaffActor, input: NewConsultation) {
  requireCreatable(staff, input.regionCode);
  const id = await commitChange(ctx, staff, async (trx, change) => {
    const at = now();
    const id = await q.insertConsultation(trx, {
      region_code: input.regionCode,
      question: input.question,
      level: input.level,
      opens_at: new Date(input.opensAt).toISOString(),
      closes_at: new Date(input.closesAt).toISOString(),
      public_key: randomBytes(12).toString('base64url'),
      created_by: staff.id,
      created_at: at,
    });
    for (const text of new Set(input.statements)) {
      await q.insertStatement(trx, staffStatement(id, text, at));
    }
    await change.audit({
      action: 'consultation.create',
      entity: 'consultation',
      entityId: String(id),
      regionCode: input.regionCode,
      after: { question: input.question, opensAt: input.opensAt, closesAt: input.closesAt },
    });
    return id;
  });
  return getConsultation(ctx, staff, id);
}

const staffStatement = (consultationId: number, text: string, at: string) => ({
  consultation_id: consultationId,
  text,
  origin: 'staff',
  source_dialogue_id: null,
  source_idea_id: null,
  status: 'shown',
  moderation_reason: null,
  moderated_by: null,
  moderated_at: null,
  author_participant_id: null,
  created_at: at,
});

export async function getConsultation(ctx: Context, staff: StaffActor, id: number) {
  return detail(ctx.db, await visibleConsultation(ctx, staff, id));
}

export async function addStatement(ctx: Context, staff: StaffActor, id: number, text: string) {
  const row = await visibleConsultation(ctx, staff, id, true);
  const statementId = await q.insertStatement(ctx.db, staffStatement(row.id, text, now()));
  return (await statementsWithTally(ctx.db, row.id)).find(
    (statement) => statement.id === statementId,
  ) as never;
}

/** A dialogue's top ideas (most dots) become published statements; ones already there are skipped. */
export async function seedFromDialogue(
  ctx: Context,
  staff: StaffActor,
  id: number,
  dialogueId: number,
  top: number,
) {
  const row = await visibleConsultation(ctx, staff, id, true);
  const dialogue = await q.findDialogueRegion(ctx.db, dialogueId);
  const what = `diálogo ${dialogueId}`;
  if (!dialogue) throw new AppError('not_found', { what });
  requireVisibleConsultation(staff, dialogue.region_code, what);
  if (row.region_code !== null && dialogue.region_code !== row.region_code) {
    throw new AppError('rule_broken', {
      detail: `El diálogo ${dialogueId} es de otra región (${dialogue.region_code}); esta consulta es de ${row.region_code}.`,
    });
  }
  const ideas = await q.topIdeasOf(ctx.db, dialogueId, top);
  return addIdeas(
    ctx,
    row,
    ideas.map((idea) => ({ ...idea, dialogue_id: dialogueId })),
  );
}

/**
 * A synthesis theme's top ideas (most dots) become published statements, each linked to its idea
 * and dialogue. A regional consultation takes its region's themes and the national ones.
 */
export async function seedFromTheme(
  ctx: Context,
  staff: StaffActor,
  id: number,
  themeId: number,
  top: number,
) {
  const row = await visibleConsultation(ctx, staff, id, true);
  const theme = await q.findTheme(ctx.db, themeId);
  const what = `tema ${themeId}`;
  if (!theme || theme.status === 'merged') throw new AppError('not_found', { what });
  const themeRegion = regionOfScope(theme.scope);
  requireVisibleConsultation(staff, themeRegion, what);
  if (row.region_code !== null && themeRegion !== null && themeRegion !== row.region_code) {
    throw new AppError('rule_broken', {
      detail: `El tema ${themeId} es de otra región (${themeRegion}); esta consulta es de ${row.region_code}.`,
    });
  }
  return addIdeas(ctx, row, await q.topIdeasOfTheme(ctx.db, themeId, theme.scope, top));
}

async function addIdeas(
  ctx: Context,
  row: Row,
  ideas: Array<{ id: number; text: string; dialogue_id: number }>,
) {
  const existing = new Set(
    (await q.statementsOf(ctx.db, row.id)).map((statement) => statement.text.toLowerCase()),
  );
  const added: number[] = [];
  const at = now();
  for (const idea of ideas) {
    const text =
      idea.text.length > maxStatementLength
        ? `${idea.text.slice(0, maxStatementLength - 1).trimEnd()}…`
        : idea.text;
    if (existing.has(text.toLowerCase())) continue;
    existing.add(text.toLowerCase());
    added.push(
      await q.insertStatement(ctx.db, {
        ...staffStatement(row.id, text, at),
        origin: 'dialogue',
        source_dialogue_id: idea.dialogue_id,
        source_idea_id: idea.id,
      }),
    );
  }
  const statements = await statementsWithTally(ctx.db, row.id);
  return { added: statements.filter((statement) => added.includes(statement.id)) };
}

export async function moderateStatement(
  ctx: Context,
  staff: StaffActor,
  id: number,
  statementId: number,
  decision: 'show' | 'reject',
  reason?: string,
) {
  const row = await visibleConsultation(ctx, staff, id, true);
  const statement = await q.findStatement(ctx.db, row.id, statementId);
  if (!statement) throw new AppError('not_found', { what: `frase ${statementId}` });
  if (statement.status !== 'pending' && decision === 'show') {
    throw new AppError('statement_already_moderated', { status: statement.status });
  }
  await commitChange(ctx, staff, async (trx, change) => {
    await q.moderate(
      trx,
      statement.id,
      decision === 'show' ? 'shown' : 'rejected',
      reason || null,
      staff.id,
      now(),
    );
    await change.audit({
      action: `consultation.statement.${decision}`,
      entity: 'consultation_statement',
      entityId: String(statement.id),
      regionCode: row.region_code,
      after: { reason: reason ?? null },
    });
  });
  return (await statementsWithTally(ctx.db, row.id)).find((item) => item.id === statement.id) as never;
}

// ---- Participants (anonymous, by link) ----

async function consultationByKey(ctx: Context, key: string) {
  const row = await q.findConsultationByKey(ctx.db, key);
  if (!row) throw new AppError('not_found', { what: 'consulta' });
  return row;
}

const phone = (row: Row) => ({ question: row.question, open: isOpen(row), closesAt: row.closes_at });

export async function joinConsultation(ctx: Context, key: string) {
  const row = await consultationByKey(ctx, key);
  const token = newToken();
  await q.insertParticipant(ctx.db, row.id, hashToken(token), now());
  return { token, consultation: phone(row) };
}

async function participantOf(ctx: Context, row: Row, token: string | undefined) {
  if (!token || token.length > 200) throw new AppError('consultation_token_missing');
  const participant = await q.findParticipant(ctx.db, row.id, hashToken(token));
  if (!participant) throw new AppError('consultation_token_missing');
  return participant.id;
}

export async function nextFor(ctx: Context, key: string, token: string | undefined) {
  const row = await consultationByKey(ctx, key);
  const participantId = await participantOf(ctx, row, token);
  return nextOf(ctx, row, participantId);
}

async function nextOf(ctx: Context, row: Row, participantId: number) {
  const [statements, voted, result] = await Promise.all([
    statementsWithTally(ctx.db, row.id),
    q.statementsVotedBy(ctx.db, participantId),
    q.findResult(ctx.db, row.id),
  ]);
  const shown = statements.filter((statement) => statement.status === 'shown');
  const extremity: Record<string, number> = result ? (JSON.parse(result.result) as Stored).extremity : {};
  const seen = new Set(voted);
  const stats = shown.map((statement) => ({
    agree: statement.agree,
    pass: statement.pass,
    seen: statement.agree + statement.disagree + statement.pass,
    extremity: extremity[statement.id] ?? 0,
    seeded: statement.origin !== 'participant',
  }));
  const votedIndex = new Set(shown.flatMap((statement, index) => (seen.has(statement.id) ? [index] : [])));
  const votedCount = votedIndex.size;
  // The next statement and, drawn the same way after it, the ones a phone may answer offline.
  const deck: Array<{ id: number; text: string }> = [];
  while (isOpen(row) && deck.length < offlineDeck) {
    const pick = drawStatement(stats, votedIndex, Math.random);
    if (pick === null) break;
    votedIndex.add(pick);
    deck.push({ id: shown[pick].id, text: shown[pick].text });
  }
  return {
    consultation: phone(row),
    statement: deck[0] ?? null,
    upcoming: deck.slice(1),
    voted: votedCount,
    total: shown.length,
  };
}

/** How many statements a phone holds so that it can go on voting without signal. */
const offlineDeck = 20;

export async function castVote(
  ctx: Context,
  key: string,
  token: string | undefined,
  statementId: number,
  vote: keyof typeof voteValues,
  clientKey?: string,
) {
  const row = await consultationByKey(ctx, key);
  const participantId = await participantOf(ctx, row, token);
  if (clientKey) {
    // A resend of a vote that arrived (its answer was lost): counted once, answered as before.
    const existing = await q.findVote(ctx.db, participantId, statementId);
    if (existing?.client_key === clientKey) return nextOf(ctx, row, participantId);
  }
  if (!isOpen(row))
    throw new AppError('consultation_closed', { opensAt: row.opens_at, closesAt: row.closes_at });
  const statement = await q.findStatement(ctx.db, row.id, statementId);
  if (statement?.status !== 'shown') throw new AppError('statement_not_shown');
  await q.upsertVote(ctx.db, {
    consultation_id: row.id,
    participant_id: participantId,
    statement_id: statementId,
    vote: voteValues[vote],
    voted_at: now(),
    client_key: clientKey ?? null,
  });
  void recomputationOf(ctx).request(String(row.id));
  return nextOf(ctx, row, participantId);
}

export async function proposeStatement(
  ctx: Context,
  key: string,
  token: string | undefined,
  text: string,
  clientKey?: string,
) {
  const row = await consultationByKey(ctx, key);
  const participantId = await participantOf(ctx, row, token);
  const again = async () =>
    clientKey ? q.findStatementByClientKey(ctx.db, participantId, clientKey) : undefined;
  const sent = await again();
  if (sent) return { id: sent.id, status: sent.status as StatementStatus };
  if (!isOpen(row))
    throw new AppError('consultation_closed', { opensAt: row.opens_at, closesAt: row.closes_at });
  const id = await q.insertProposedStatement(ctx.db, {
    ...staffStatement(row.id, text, now()),
    origin: 'participant',
    status: 'pending',
    author_participant_id: participantId,
    client_key: clientKey ?? null,
  });
  if (id !== undefined) return { id, status: 'pending' as StatementStatus };
  const raced = await again();
  if (!raced) throw new AppError('consultation_token_missing');
  return { id: raced.id, status: raced.status as StatementStatus };
}

/** The QR code of the consultation's join link, as SVG, for staff to project or print. */
export async function joinQrSvg(ctx: Context, staff: StaffActor, id: number, baseUrl: string) {
  const row = await visibleConsultation(ctx, staff, id);
  return qrcode().toString(`${baseUrl.replace(/\/+$/, '')}/c/${row.public_key}`, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
  });
}

// ---- Opinion groups (computed in the worker thread, kept in consultation_results) ----

/** What is stored of a computation: no participant ids, only places and groups. */
interface Stored {
  participants: number;
  grouped: number;
  points: Array<[number, number, number]>;
  groups: Array<{
    id: number;
    size: number;
    centre: [number, number];
    representative: Array<{
      statementId: number;
      direction: 'agree' | 'disagree';
      groupShare: number;
      restShare: number;
      significant: boolean;
    }>;
  }>;
  consensus: Array<{
    statementId: number;
    direction: 'agree' | 'disagree';
    consensus: number;
    groupShares: number[];
  }>;
  divisive: Array<{ statementId: number; divisiveness: number; groupNet: number[] }>;
  extremity: Record<string, number>;
  /** Group of each participant id (kept for the export's group-id). */
  groupOf: Record<string, number>;
}

const round = (value: number, places = 4) => Math.round(value * 10 ** places) / 10 ** places;

function toStored(result: OpinionGroupsResult, participantIds: number[], statementIds: number[]): Stored {
  const points: Stored['points'] = [];
  const groupOf: Record<string, number> = {};
  for (const row of result.grouped) {
    points.push([
      round(result.points[row * 2], 3),
      round(result.points[row * 2 + 1], 3),
      result.groupOf[row],
    ]);
    groupOf[participantIds[row]] = result.groupOf[row];
  }
  const extremity: Record<string, number> = {};
  statementIds.forEach((id, index) => {
    extremity[id] = round(result.extremity[index]);
  });
  return {
    participants: result.participants,
    grouped: result.grouped.length,
    points,
    groups: result.groups.map((group) => ({
      id: group.id,
      size: group.members.length,
      centre: [round(group.centre[0], 3), round(group.centre[1], 3)],
      representative: group.representative.map((item) => ({
        statementId: statementIds[item.statement],
        direction: item.direction,
        groupShare: round(item.groupShare),
        restShare: round(item.restShare),
        significant: item.significant,
      })),
    })),
    consensus: result.consensus.map((item) => ({
      statementId: statementIds[item.statement],
      direction: item.direction,
      consensus: round(item.consensus),
      groupShares: item.groupShares.map((share) => round(share)),
    })),
    divisive: result.divisive.map((item) => ({
      statementId: statementIds[item.statement],
      divisiveness: round(item.divisiveness),
      groupNet: item.groupNet.map((net) => round(net)),
    })),
    extremity,
    groupOf,
  };
}

const worker = new OpinionGroupsWorker();
const recomputations = new WeakMap<Context, Recomputation>();
/** Votes counted in the last load of each consultation, for what is saved with its result. */
const loadedVotes = new Map<string, number>();
const loadedIds = new Map<string, { participantIds: number[]; statementIds: number[] }>();

function recomputationOf(ctx: Context): Recomputation {
  let recomputation = recomputations.get(ctx);
  if (!recomputation) {
    recomputation = new Recomputation(
      worker,
      async (key) => {
        const id = Number(key);
        const [participantIds, statements, votes, previous] = await Promise.all([
          q.participantIdsOf(ctx.db, id),
          q.statementsOf(ctx.db, id),
          q.votesOf(ctx.db, id),
          q.findResult(ctx.db, id),
        ]);
        const built = consultationMatrix(participantIds, statements, votes);
        loadedVotes.set(key, votes.length);
        loadedIds.set(key, { participantIds, statementIds: built.statementIds });
        const state = previous ? (JSON.parse(previous.state) as GroupState) : undefined;
        return { matrix: built.matrix, options: { excluded: built.excluded, state } };
      },
      async (key, result) => {
        const ids = loadedIds.get(key);
        if (!ids) return;
        await q.saveResult(ctx.db, {
          consultation_id: Number(key),
          votes: loadedVotes.get(key) ?? 0,
          computed_at: now(),
          result: JSON.stringify(toStored(result, ids.participantIds, ids.statementIds)),
          state: JSON.stringify(result.state),
        });
      },
      (key, error) => console.error(`[minga] grupos de opinión de la consulta ${key}: ${String(error)}`),
    );
    recomputations.set(ctx, recomputation);
  }
  return recomputation;
}

/** The latest opinion groups; computed first (in the worker) when votes have changed since. */
export async function opinionGroups(ctx: Context, staff: StaffActor, id: number) {
  return groupsOf(ctx, await visibleConsultation(ctx, staff, id));
}

async function groupsOf(ctx: Context, row: { id: number }) {
  const counts = await q.countsOf(ctx.db, [row.id]);
  const votes = counts.votes.get(row.id) ?? 0;
  let result = await q.findResult(ctx.db, row.id);
  if (!result || result.votes !== votes) {
    await recomputationOf(ctx).request(String(row.id));
    result = await q.findResult(ctx.db, row.id);
  }
  const texts = new Map(
    (await q.statementsOf(ctx.db, row.id)).map((statement) => [statement.id, statement.text]),
  );
  const text = (statementId: number) => texts.get(statementId) ?? '';
  if (!result) {
    return {
      computedAt: null,
      votes,
      participants: 0,
      grouped: 0,
      points: [],
      groups: [],
      consensus: [],
      divisive: [],
    };
  }
  const stored = JSON.parse(result.result) as Stored;
  return {
    computedAt: result.computed_at,
    votes: result.votes,
    participants: stored.participants,
    grouped: stored.grouped,
    points: stored.points,
    groups: stored.groups.map((group) => ({
      ...group,
      representative: group.representative.map((item) => ({ ...item, text: text(item.statementId) })),
    })),
    consensus: stored.consensus.map((item) => ({ ...item, text: text(item.statementId) })),
    divisive: stored.divisive.map((item) => ({ ...item, text: text(item.statementId) })),
  };
}

/**
 * The consultation in Pol.is's open-data shape (participants-votes.csv), anonymised: participants
 * are numbered 0, 1, … in order of joining, columns are statement ids, group-id is the latest
 * computation's.
 */
export async function exportVotes(ctx: Context, staff: StaffActor, id: number): Promise<string> {
  const row = await visibleConsultation(ctx, staff, id);
  await opinionGroups(ctx, staff, id);
  const [participantIds, statements, votes, result] = await Promise.all([
    q.participantIdsOf(ctx.db, row.id),
    q.statementsOf(ctx.db, row.id),
    q.votesOf(ctx.db, row.id),
    q.findResult(ctx.db, row.id),
  ]);
  const groupOf = result ? (JSON.parse(result.result) as Stored).groupOf : {};
  const built = consultationMatrix(participantIds, statements, votes);
  const authored = new Map<number, number>();
  for (const statement of statements) {
    if (statement.author_participant_id !== null) {
      authored.set(statement.author_participant_id, (authored.get(statement.author_participant_id) ?? 0) + 1);
    }
  }
  const { matrix } = built;
  const lines: Array<Array<string | number>> = [[...polisLeadingColumns, ...built.statementIds.map(String)]];
  participantIds.forEach((participantId, index) => {
    const cells: string[] = Array.from({ length: matrix.statements }, () => '');
    let agree = 0;
    let disagree = 0;
    for (let at = matrix.rowStart[index]; at < matrix.rowStart[index + 1]; at += 1) {
      const value = matrix.values[at];
      cells[matrix.columns[at]] = String(value);
      if (value > 0) agree += 1;
      else if (value < 0) disagree += 1;
    }
    lines.push([
      index,
      groupOf[participantId] ?? '',
      authored.get(participantId) ?? 0,
      matrix.rowStart[index + 1] - matrix.rowStart[index],
      agree,
      disagree,
      ...cells,
    ]);
  });
  return stringify(lines);
}

/** Takes a consultation to a dialogue of its region (any, for a national one) as challenge material. */
export async function linkDialogue(ctx: Context, staff: StaffActor, id: number, dialogueId: number) {
  const row = await visibleConsultation(ctx, staff, id, true);
  const dialogue = await q.findDialogueRegion(ctx.db, dialogueId);
  const what = `diálogo ${dialogueId}`;
  if (!dialogue) throw new AppError('not_found', { what });
  requireVisibleConsultation(staff, dialogue.region_code, what);
  if (row.region_code !== null && dialogue.region_code !== row.region_code) {
    throw new AppError('rule_broken', {
      detail: `El diálogo ${dialogueId} es de otra región (${dialogue.region_code}); esta consulta es de ${row.region_code}.`,
    });
  }
  await commitChange(ctx, staff, async (trx, change) => {
    await q.linkDialogue(trx, {
      consultation_id: row.id,
      dialogue_id: dialogueId,
      created_by: staff.id,
      created_at: now(),
    });
    await change.audit({
      action: 'consultation.dialogue.link',
      entity: 'consultation',
      entityId: String(row.id),
      regionCode: row.region_code,
      after: { dialogueId },
    });
  });
  return { consultationId: row.id, dialogueId };
}

/**
 * Removes a consultation from a dialogue's challenge material; whoever may take it there may remove
 * it. Removing one that is not there changes nothing (and audits nothing).
 */
export async function unlinkDialogue(ctx: Context, staff: StaffActor, id: number, dialogueId: number) {
  const row = await visibleConsultation(ctx, staff, id, true);
  const dialogue = await q.findDialogueRegion(ctx.db, dialogueId);
  const what = `diálogo ${dialogueId}`;
  if (!dialogue) throw new AppError('not_found', { what });
  requireVisibleConsultation(staff, dialogue.region_code, what);
  await commitChange(ctx, staff, async (trx, change) => {
    if (!(await q.unlinkDialogue(trx, row.id, dialogueId))) return;
    await change.audit({
      action: 'consultation.dialogue.unlink',
      entity: 'consultation',
      entityId: String(row.id),
      regionCode: row.region_code,
      before: { dialogueId },
    });
  });
}

/** How many consensus and divisive statements a dialogue shows of each consultation. */
const materialItems = 5;

/**
 * A dialogue's challenge material: for each consultation taken to it, what unites its opinion
 * groups and what divides them, to open the conversation in the room.
 */
export async function dialogueMaterial(ctx: Context, staff: StaffActor, dialogueId: number) {
  const dialogue = await q.findDialogueRegion(ctx.db, dialogueId);
  const what = `diálogo ${dialogueId}`;
  if (!dialogue) throw new AppError('not_found', { what });
  requireVisibleConsultation(staff, dialogue.region_code, what);
  return { consultations: await materialOf(ctx, dialogueId, materialItems) };
}

/**
 * The same material for the projector (the screen module), which has already checked who may see
 * the dialogue (a staff session or the dialogue's screen link): only shown statements, since a
 * room sees it.
 */
export async function projectedMaterial(ctx: Context, dialogueId: number, items: number) {
  return (await materialOf(ctx, dialogueId, items, true)).map(({ id, question, consensus, divisive }) => ({
    id,
    question,
    consensus,
    divisive,
  }));
}

async function materialOf(ctx: Context, dialogueId: number, items: number, shownOnly = false) {
  const rows = await q.consultationsOfDialogue(ctx.db, dialogueId);
  const consultations = [];
  for (const row of rows) {
    const groups = await groupsOf(ctx, row);
    const statements = await q.statementsOf(ctx.db, row.id);
    const shown = new Set(statements.filter((statement) => statement.status === 'shown').map((s) => s.id));
    const keep = (item: { statementId: number }) => !shownOnly || shown.has(item.statementId);
    consultations.push({
      id: row.id,
      question: row.question,
      participants: (await q.countsOf(ctx.db, [row.id])).participants.get(row.id) ?? 0,
      statements: shown.size,
      votes: groups.votes,
      groups: groups.groups.length,
      consensus: groups.consensus
        .filter(keep)
        .slice(0, items)
        .map(({ statementId, text, direction }) => ({ statementId, text, direction })),
      divisive: groups.divisive
        .filter(keep)
        .slice(0, items)
        .map(({ statementId, text }) => ({ statementId, text })),
    });
  }
  return consultations;
}
