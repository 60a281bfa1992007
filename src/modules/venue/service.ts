import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, managesRegion } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError, type Locale } from '../../platform/errors/index.js';
import { requireRunnable } from '../dialogues/index.js';
import {
  addFacilitator,
  addStaffRegion,
  checkoutStaff,
  evaluationRows,
  eventRows,
  findDialogueRow,
  findOpening,
  ideaRows,
  insertCheckout,
  insertDialogueRow,
  insertOpening,
  insertOrganizationRow,
  insertQuestionRow,
  insertStaff,
  insertTableRow,
  joinCodeTaken,
  markExported,
  mergeRows,
  openingOfDialogue,
  organizationsIn,
  organizationsUsedBy,
  participantCount,
  participantRows,
  questionRows,
  refundRows,
  regionOrganizations,
  staffByEmail,
  staffCount,
  staffEmails,
  tableRows,
  voteRows,
} from './queries.js';
import {
  type CheckoutBody,
  checkoutFormat,
  type ExportBody,
  exportFormat,
  readEnvelope,
  type Settings,
  signatureMatches,
  writeEnvelope,
} from './schema.js';

/** What the national store remembers of a dialogue as it was checked out. */
export interface Snapshot {
  updatedAt: string;
  status: string;
  phase: string | null;
  settings: Settings;
  questions: string[];
  tables: Array<[number, string]>;
}

/** Names compared the way people write them: case, accents' spacing and extra blanks aside. */
export const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export function settingsOf(row: {
  region_code: string;
  title: string;
  date: string;
  venue: string | null;
  agenda: string | null;
  dots_per_participant: number;
  max_dots_per_idea: number;
}): Settings {
  return {
    regionCode: row.region_code,
    title: row.title,
    date: row.date,
    venue: row.venue,
    agenda: row.agenda,
    dotsPerParticipant: row.dots_per_participant,
    maxDotsPerIdea: row.max_dots_per_idea,
  };
}

/**
 * Takes a dialogue out (the national store): the signed checkout file's text. Managers of the
 * dialogue's region and the national team (or the CLI, `actor` null); only a dialogue not held yet.
 */
export async function checkoutDialogue(
  ctx: Context,
  actor: StaffActor | null,
  dialogueId: number,
  options: { accountEmail?: string } = {},
) {
  if (actor) {
    const seen = await requireRunnable(ctx.db, actor, dialogueId);
    if (!isNational(actor) && !managesRegion(actor, seen.region_code)) throw new AppError('forbidden');
  }
  return commitChange(ctx, actor, async (trx, change) => {
    const dialogue = await findDialogueRow(trx, dialogueId);
    if (!dialogue) throw new AppError('not_found', { what: `diálogo ${dialogueId}` });
    if (dialogue.status === 'closed') throw new AppError('venue_dialogue_closed');
    const participants = await participantCount(trx, dialogueId);
    if (participants > 0) throw new AppError('venue_not_empty', { participants });
    const [questions, tables, organizations, staff] = await Promise.all([
      questionRows(trx, dialogueId),
      tableRows(trx, dialogueId),
      regionOrganizations(trx, dialogue.region_code),
      checkoutStaff(trx, dialogueId, actor?.id ?? (await accountId(trx, options.accountEmail))),
    ]);
    const checkoutId = randomUUID();
    const secret = randomBytes(32).toString('hex');
    const issuedAt = now();
    const snapshot: Snapshot = {
      updatedAt: dialogue.updated_at,
      status: dialogue.status,
      phase: dialogue.phase,
      settings: settingsOf(dialogue),
      questions: questions.map((question) => question.text),
      tables: tables.map((table) => [table.number, table.name]),
    };
    await insertCheckout(trx, {
      id: checkoutId,
      dialogue_id: dialogueId,
      region_code: dialogue.region_code,
      secret,
      snapshot_json: JSON.stringify(snapshot),
      created_by: actor?.id ?? null,
      created_at: issuedAt,
    });
    const body: CheckoutBody = {
      checkoutId,
      issuedAt,
      secret,
      dialogue: {
        id: dialogue.id,
        ...settingsOf(dialogue),
        status: dialogue.status,
        phase: dialogue.phase,
        joinCode: dialogue.join_code,
        createdAt: dialogue.created_at,
        updatedAt: dialogue.updated_at,
      },
      questions,
      tables,
      organizations: organizations.map((organization) => ({
        name: organization.name,
        kind: organization.kind,
      })),
      staff: staff.map((account) => ({
        email: account.email,
        name: account.name,
        role: account.role,
        locale: account.locale,
        passwordHash: account.password_hash,
        facilitator: account.facilitator,
      })),
    };
    await change.audit({
      action: 'dialogue.venue_checkout',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: dialogue.region_code,
      after: { checkoutId, accounts: staff.length, organizations: organizations.length },
    });
    return {
      checkoutId,
      fileName: `minga-retiro-${dialogueId}.json`,
      text: writeEnvelope(checkoutFormat, secret, body),
    };
  });
}

export interface Opened {
  alreadyOpened: boolean;
  checkoutId: string;
  dialogueId: number;
  title: string;
  accounts: string[];
}

/**
 * Installs a checkout file on the laptop: its accounts (with the passwords they have at home), the
 * region's organisations, the dialogue with its questions, tables and facilitators. Opening the same
 * file again changes nothing. `emptyOnly`: the web's first screen, which opens a file only on a store
 * without accounts (the permission of an anonymous upload).
 */
export async function openCheckout(
  ctx: Context,
  bytes: Uint8Array,
  locale: Locale,
  options: { emptyOnly?: boolean } = {},
): Promise<Opened> {
  const { body, raw, signature } = readEnvelope(bytes, checkoutFormat, locale);
  if (!signatureMatches(body.secret, raw, signature)) throw new AppError('venue_signature_bad');
  return commitChange(ctx, null, async (trx, change) => {
    if (options.emptyOnly && (await staffCount(trx)) > 0) throw new AppError('venue_store_in_use');
    const accounts = body.staff.map((account) => account.email);
    const known = await findOpening(trx, body.checkoutId);
    if (known)
      return {
        alreadyOpened: true,
        checkoutId: body.checkoutId,
        dialogueId: known.dialogue_id,
        title: body.dialogue.title,
        accounts,
      };
    const at = now();
    const region = body.dialogue.regionCode;
    const staffIds = new Map<string, number>();
    for (const account of body.staff) {
      const email = account.email.toLowerCase();
      const id =
        (await staffByEmail(trx, email))?.id ??
        (await insertStaff(trx, {
          email,
          name: account.name,
          role: account.role,
          locale: account.locale,
          password_hash: account.passwordHash,
          created_at: at,
        }));
      if (account.role !== 'national') await addStaffRegion(trx, id, region);
      staffIds.set(email, id);
    }
    const present = new Set((await organizationsIn(trx, region)).map((row) => nameKey(row.name)));
    for (const organization of body.organizations) {
      if (present.has(nameKey(organization.name))) continue;
      present.add(nameKey(organization.name));
      await insertOrganizationRow(trx, {
        name: organization.name,
        kind: organization.kind,
        region_code: region,
        created_at: at,
      });
    }
    const dialogueId = await insertDialogueRow(trx, {
      region_code: region,
      title: body.dialogue.title,
      date: body.dialogue.date,
      venue: body.dialogue.venue,
      agenda: body.dialogue.agenda,
      status: body.dialogue.status,
      phase: body.dialogue.phase,
      dots_per_participant: body.dialogue.dotsPerParticipant,
      max_dots_per_idea: body.dialogue.maxDotsPerIdea,
      join_code: await freeJoinCode(trx, body.dialogue.joinCode),
      external_id: null,
      published_at: null,
      created_by: null,
      created_at: body.dialogue.createdAt,
      updated_at: body.dialogue.updatedAt,
    });
    const origins = { questions: {} as Record<number, number>, tables: {} as Record<number, number> };
    for (const question of body.questions)
      origins.questions[await insertQuestionRow(trx, dialogueId, question.position, question.text)] =
        question.id;
    for (const table of body.tables)
      origins.tables[await insertTableRow(trx, dialogueId, table.number, table.name)] = table.id;
    for (const account of body.staff)
      if (account.facilitator)
        await addFacilitator(trx, dialogueId, staffIds.get(account.email.toLowerCase())!);
    await insertOpening(trx, {
      checkout_id: body.checkoutId,
      dialogue_id: dialogueId,
      national_dialogue_id: body.dialogue.id,
      region_code: region,
      secret: body.secret,
      origins_json: JSON.stringify(origins),
      opened_at: at,
    });
    await change.audit({
      action: 'dialogue.venue_open',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: region,
      after: { checkoutId: body.checkoutId, nationalId: body.dialogue.id, accounts: accounts.length },
    });
    return {
      alreadyOpened: false,
      checkoutId: body.checkoutId,
      dialogueId,
      title: body.dialogue.title,
      accounts,
    };
  });
}

/** The CLI's `--account`: the id of that active account, or a refusal naming it. */
async function accountId(db: Db, email: string | undefined): Promise<number | null> {
  if (!email) return null;
  const found = await staffByEmail(db, email.trim().toLowerCase());
  if (!found) throw new AppError('not_found', { what: email });
  return found.id;
}

// The dialogues' alphabet: no I/1/L, O/0.
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The national join code if this laptop does not use it yet (it nearly never does), else a new one. */
async function freeJoinCode(db: Db, code: string): Promise<string> {
  if (!(await joinCodeTaken(db, code))) return code;
  for (;;) {
    let fresh = '';
    for (let i = 0; i < 9; i += 1) fresh += codeAlphabet[randomInt(codeAlphabet.length)];
    if (!(await joinCodeTaken(db, fresh))) return fresh;
  }
}

/** The whole dialogue of the laptop as the signed export file's text, for the national store. */
export async function exportDialogue(ctx: Context, dialogueId: number) {
  const opening = await openingOfDialogue(ctx.db, dialogueId);
  if (!opening) throw new AppError('venue_not_checked_out', { dialogueId });
  const db = ctx.db;
  const dialogue = await findDialogueRow(db, dialogueId);
  if (!dialogue) throw new AppError('not_found', { what: `diálogo ${dialogueId}` });
  const origins = JSON.parse(opening.origins_json) as {
    questions: Record<string, number>;
    tables: Record<string, number>;
  };
  const [questions, tables, organizations, participants, ideas, merges, refunds, votes, evaluations, events] =
    await Promise.all([
      questionRows(db, dialogueId),
      tableRows(db, dialogueId),
      organizationsUsedBy(db, dialogueId),
      participantRows(db, dialogueId),
      ideaRows(db, dialogueId),
      mergeRows(db, dialogueId),
      refundRows(db, dialogueId),
      voteRows(db, dialogueId),
      evaluationRows(db, dialogueId),
      eventRows(db, dialogueId),
    ]);
  const staffIds = [...new Set(merges.map((merge) => merge.merged_by).filter((id) => id !== null))];
  const exportedAt = now();
  const body: ExportBody = {
    checkoutId: opening.checkout_id,
    exportedAt,
    dialogue: {
      nationalId: opening.national_dialogue_id,
      ...settingsOf(dialogue),
      status: dialogue.status,
      phase: dialogue.phase,
    },
    questions: questions.map((question) => ({
      ...question,
      originId: origins.questions[question.id] ?? null,
    })),
    tables: tables.map((table) => ({ ...table, originId: origins.tables[table.id] ?? null })),
    organizations,
    staff: await staffEmails(db, staffIds),
    participants,
    ideas,
    merges,
    refunds,
    votes,
    evaluations,
    events,
  };
  await markExported(db, opening.checkout_id, exportedAt);
  return {
    fileName: `minga-exportacion-${opening.national_dialogue_id}.json`,
    text: writeEnvelope(exportFormat, opening.secret, body),
    counts: {
      participants: participants.length,
      ideas: ideas.length,
      votes: votes.length,
      evaluations: evaluations.length,
      events: events.length,
    },
  };
}
