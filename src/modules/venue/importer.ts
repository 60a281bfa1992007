import type { StaffActor } from '../../platform/auth/actor.js';
import { isNational, managesRegion } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError, type ErrorIssue, type Locale } from '../../platform/errors/index.js';
import { lockDialogue } from '../dialogues/index.js';
import {
  deleteQuestionRow,
  deleteTableRow,
  findCheckout,
  findDialogueRow,
  ideaCount,
  insertEvaluationRows,
  insertEventRows,
  insertIdeaRow,
  insertMergeRow,
  insertOrganizationRow,
  insertParticipantRow,
  insertQuestionRow,
  insertRefundRows,
  insertTableRow,
  insertVoteRows,
  markImported,
  organizationsIn,
  participantCount,
  questionRows,
  setMergedInto,
  staffIdsByEmail,
  tableRows,
  updateDialogueRow,
  updateQuestionRow,
  updateTableRow,
} from './queries.js';
import { digestOf, type ExportBody, exportFormat, readEnvelope, signatureMatches } from './schema.js';
import { nameKey, type Snapshot, type settingsOf } from './service.js';

export interface ImportSummary {
  alreadyImported: boolean;
  importedAt: string;
  checkoutId: string;
  dialogueId: number;
  participants: number;
  ideas: number;
  merges: number;
  votes: number;
  evaluations: number;
  events: number;
  organizationsMatched: number;
  organizationsAdded: number;
}

/**
 * Brings a dialogue home (the national store): the laptop's export, checked against the checkout it
 * answers, written in one transaction with every id remapped, or refused whole with the reasons.
 * The same file a second time changes nothing and says so. `actor` null is the CLI.
 */
export async function importExport(
  ctx: Context,
  actor: StaffActor | null,
  bytes: Uint8Array,
  locale: Locale,
): Promise<ImportSummary> {
  const { body, raw, signature } = readEnvelope(bytes, exportFormat, locale);
  const checkout = await findCheckout(ctx.db, body.checkoutId);
  if (!checkout) throw new AppError('venue_unknown_checkout', { checkoutId: body.checkoutId });
  // Who may bring it home comes before anything the file says about itself.
  if (actor && !isNational(actor) && !managesRegion(actor, checkout.region_code))
    throw new AppError('forbidden');
  if (!signatureMatches(checkout.secret, raw, signature)) throw new AppError('venue_signature_bad');
  const digest = digestOf(raw);
  return commitChange(ctx, actor, async (trx, change) => {
    const dialogueId = checkout.dialogue_id;
    await lockDialogue(trx, dialogueId);
    const current = await findCheckout(trx, checkout.id);
    if (current?.imported_digest === digest)
      return { ...(JSON.parse(current.import_summary_json ?? '{}') as ImportSummary), alreadyImported: true };
    if (current?.imported_at) throw new AppError('venue_other_export_imported', { at: current.imported_at });
    const dialogue = await findDialogueRow(trx, dialogueId);
    if (!dialogue) throw new AppError('venue_dialogue_gone', { dialogueId });
    const expected = checkout.region_code;
    if (dialogue.region_code !== expected)
      throw new AppError('venue_other_region', {
        expected,
        where: whereWords(locale, 'national'),
        found: dialogue.region_code,
      });
    if (body.dialogue.regionCode !== expected)
      throw new AppError('venue_other_region', {
        expected,
        where: whereWords(locale, 'laptop'),
        found: body.dialogue.regionCode,
      });
    const snapshot = JSON.parse(checkout.snapshot_json) as Snapshot;
    const national = await nationalChanges(trx, dialogueId, dialogue, snapshot, locale);
    const laptop = laptopChanges(body, snapshot, locale);
    if (national.length && laptop.length)
      throw new AppError('venue_edited_both_sides', {}, [...national, ...laptop]);
    const importedAt = now();
    const summary: ImportSummary = laptop.length
      ? await writeDialogue(trx, dialogueId, body, importedAt)
      : { ...emptySummary(importedAt), dialogueId };
    summary.checkoutId = checkout.id;
    await markImported(trx, checkout.id, {
      imported_at: importedAt,
      imported_by: actor?.id ?? null,
      imported_digest: digest,
      import_summary_json: JSON.stringify(summary),
    });
    await change.audit({
      action: 'dialogue.venue_import',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: expected,
      after: summary,
    });
    return summary;
  });
}

const emptySummary = (importedAt: string): ImportSummary => ({
  alreadyImported: false,
  importedAt,
  checkoutId: '',
  dialogueId: 0,
  participants: 0,
  ideas: 0,
  merges: 0,
  votes: 0,
  evaluations: 0,
  events: 0,
  organizationsMatched: 0,
  organizationsAdded: 0,
});

const whereWords = (locale: Locale, side: 'national' | 'laptop') =>
  ({
    national: { es: 'en el almacén nacional', en: 'on the national store' },
    laptop: { es: 'en el portátil', en: 'on the laptop' },
  })[side][locale];

const sameSettings = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed on the national store since the checkout (each an issue of the refusal). */
async function nationalChanges(
  db: Db,
  dialogueId: number,
  dialogue: Parameters<typeof settingsOf>[0] & { updated_at: string },
  snapshot: Snapshot,
  locale: Locale,
): Promise<ErrorIssue[]> {
  const path = 'nacional';
  const issues: ErrorIssue[] = [];
  const say = (es: string, en: string) => issues.push({ path, message: locale === 'en' ? en : es });
  if (dialogue.updated_at !== snapshot.updatedAt)
    say(
      `el diálogo se modificó el ${dialogue.updated_at}`,
      `the dialogue was changed at ${dialogue.updated_at}`,
    );
  const [questions, tables, participants, ideas] = await Promise.all([
    questionRows(db, dialogueId),
    tableRows(db, dialogueId),
    participantCount(db, dialogueId),
    ideaCount(db, dialogueId),
  ]);
  if (
    !sameSettings(
      questions.map((question) => question.text),
      snapshot.questions,
    ) ||
    !sameSettings(
      tables.map((table) => [table.number, table.name]),
      snapshot.tables,
    )
  )
    say('cambiaron sus preguntas o mesas', 'its questions or tables changed');
  if (participants || ideas)
    say(
      `recibió ${participants} participantes y ${ideas} ideas`,
      `it got ${participants} participants and ${ideas} ideas`,
    );
  return issues;
}

/** What the laptop changed or gathered since the checkout. */
function laptopChanges(body: ExportBody, snapshot: Snapshot, locale: Locale): ErrorIssue[] {
  const path = 'portátil';
  const issues: ErrorIssue[] = [];
  const say = (es: string, en: string) => issues.push({ path, message: locale === 'en' ? en : es });
  const { nationalId: _, status, phase, ...settings } = body.dialogue;
  if (!sameSettings(settings, snapshot.settings))
    say('cambió la configuración del diálogo', 'the dialogue’s settings changed');
  if (
    !sameSettings(
      body.questions.map((question) => question.text),
      snapshot.questions,
    ) ||
    !sameSettings(
      body.tables.map((table) => [table.number, table.name]),
      snapshot.tables,
    )
  )
    say('cambiaron sus preguntas o mesas', 'its questions or tables changed');
  if (status !== snapshot.status || phase !== snapshot.phase)
    say(`pasó a «${status}»`, `it moved to "${status}"`);
  if (body.participants.length || body.ideas.length)
    say(
      `tiene ${body.participants.length} participantes y ${body.ideas.length} ideas`,
      `it has ${body.participants.length} participants and ${body.ideas.length} ideas`,
    );
  return issues;
}

/** A local id of the file turned into this store's, or the file refused for naming a row it lacks. */
function mapper(name: string) {
  const map = new Map<number, number>();
  const get = (local: number, where: string): number => {
    const found = map.get(local);
    if (found === undefined)
      throw new AppError('venue_file_unreadable', {
        detail: `${where} → ${name} ${local} ∄`,
      });
    return found;
  };
  const opt = (local: number | null, where: string) => (local === null ? null : get(local, where));
  return { map, get, opt };
}

/** Writes the laptop's dialogue onto the national one: settings, questions, tables, and every row. */
async function writeDialogue(
  db: Db,
  dialogueId: number,
  body: ExportBody,
  at: string,
): Promise<ImportSummary> {
  const d = body.dialogue;
  await updateDialogueRow(db, dialogueId, {
    title: d.title,
    date: d.date,
    venue: d.venue,
    agenda: d.agenda,
    status: d.status,
    phase: d.phase,
    dots_per_participant: d.dotsPerParticipant,
    max_dots_per_idea: d.maxDotsPerIdea,
    updated_at: at,
  });

  const questions = mapper('questions');
  const homeQuestions = new Set((await questionRows(db, dialogueId)).map((row) => row.id));
  const keptQuestions = new Set(
    body.questions.flatMap((q) => (q.originId && homeQuestions.has(q.originId) ? [q.originId] : [])),
  );
  for (const id of homeQuestions) if (!keptQuestions.has(id)) await deleteQuestionRow(db, id);
  for (const question of body.questions) {
    if (question.originId && keptQuestions.has(question.originId)) {
      await updateQuestionRow(db, question.originId, question.position, question.text);
      questions.map.set(question.id, question.originId);
    } else
      questions.map.set(
        question.id,
        await insertQuestionRow(db, dialogueId, question.position, question.text),
      );
  }

  const tables = mapper('tables');
  const homeTables = new Set((await tableRows(db, dialogueId)).map((row) => row.id));
  const keptTables = new Set(
    body.tables.flatMap((t) => (t.originId && homeTables.has(t.originId) ? [t.originId] : [])),
  );
  for (const id of homeTables) if (!keptTables.has(id)) await deleteTableRow(db, id);
  // Numbers are unique per dialogue: the kept tables step aside first, then take their numbers.
  for (const id of keptTables) await updateTableRow(db, id, -id, '');
  for (const table of body.tables) {
    if (table.originId && keptTables.has(table.originId)) {
      await updateTableRow(db, table.originId, table.number, table.name);
      tables.map.set(table.id, table.originId);
    } else tables.map.set(table.id, await insertTableRow(db, dialogueId, table.number, table.name));
  }

  const region = d.regionCode;
  const organizations = mapper('organizations');
  // Matched by name (case and blanks aside) and kind: a match of another kind would change the
  // report's figures by kind of organisation from what the laptop's said.
  const keyOf = (row: { name: string; kind: string | null }) => `${nameKey(row.name)}\u0000${row.kind ?? ''}`;
  const home = new Map<string, number>();
  for (const row of await organizationsIn(db, region))
    if (!home.has(keyOf(row))) home.set(keyOf(row), row.id);
  let matched = 0;
  let added = 0;
  for (const organization of body.organizations) {
    const key = keyOf(organization);
    let id = home.get(key);
    if (id === undefined) {
      id = await insertOrganizationRow(db, {
        name: organization.name.trim(),
        kind: organization.kind,
        region_code: region,
        created_at: at,
      });
      home.set(key, id);
      added += 1;
    } else matched += 1;
    organizations.map.set(organization.id, id);
  }

  const staff = new Map<number, number>();
  const byEmail = new Map(
    (
      await staffIdsByEmail(
        db,
        body.staff.map((s) => s.email.toLowerCase()),
      )
    ).map((row) => [row.email, row.id]),
  );
  for (const account of body.staff) {
    const id = byEmail.get(account.email.toLowerCase());
    if (id !== undefined) staff.set(account.id, id);
  }

  const participants = mapper('participants');
  for (const [i, p] of body.participants.entries()) {
    const where = `participants.${i}`;
    participants.map.set(
      p.id,
      await insertParticipantRow(db, {
        dialogue_id: dialogueId,
        table_id: tables.opt(p.table_id, where),
        organization_id: organizations.opt(p.organization_id, where),
        name: p.name,
        email: p.email,
        sector: p.sector,
        gender: p.gender,
        age_band: p.age_band,
        consent_at: p.consent_at,
        notify_consent_at: p.notify_consent_at,
        device_token_hash: null, // the phones stayed with the laptop
        external_id: p.external_id,
        erased_at: p.erased_at,
        created_at: p.created_at,
      }),
    );
  }

  const ideas = mapper('ideas');
  for (const [i, idea] of body.ideas.entries()) {
    const where = `ideas.${i}`;
    ideas.map.set(
      idea.id,
      await insertIdeaRow(db, {
        dialogue_id: dialogueId,
        question_id: questions.opt(idea.question_id, where),
        table_id: tables.opt(idea.table_id, where),
        participant_id: participants.opt(idea.participant_id, where),
        text: idea.text,
        source: idea.source,
        hidden_reason: idea.hidden_reason,
        hidden_at: idea.hidden_at,
        merged_into_id: null,
        client_key: idea.client_key,
        external_id: idea.external_id,
        created_at: idea.created_at,
        updated_at: idea.updated_at,
      }),
    );
  }
  for (const [i, idea] of body.ideas.entries())
    if (idea.merged_into_id !== null)
      await setMergedInto(db, ideas.get(idea.id, `ideas.${i}`), ideas.get(idea.merged_into_id, `ideas.${i}`));

  const merges = mapper('merges');
  for (const [i, merge] of body.merges.entries()) {
    const where = `merges.${i}`;
    merges.map.set(
      merge.id,
      await insertMergeRow(db, {
        dialogue_id: dialogueId,
        source_idea_id: ideas.get(merge.source_idea_id, where),
        target_idea_id: ideas.get(merge.target_idea_id, where),
        merged_by: merge.merged_by === null ? null : (staff.get(merge.merged_by) ?? null),
        merged_at: merge.merged_at,
        undone_at: merge.undone_at,
      }),
    );
  }
  await insertRefundRows(
    db,
    body.refunds.map((refund, i) => ({
      merge_id: merges.get(refund.merge_id, `refunds.${i}`),
      participant_id: participants.get(refund.participant_id, `refunds.${i}`),
      idea_id: ideas.get(refund.idea_id, `refunds.${i}`),
      dots: refund.dots,
    })),
  );
  await insertVoteRows(
    db,
    body.votes.map((vote, i) => ({
      dialogue_id: dialogueId,
      participant_id: participants.get(vote.participant_id, `votes.${i}`),
      idea_id: ideas.get(vote.idea_id, `votes.${i}`),
      dots: vote.dots,
      updated_at: vote.updated_at,
    })),
  );
  await insertEvaluationRows(
    db,
    body.evaluations.map((evaluation, i) => ({
      dialogue_id: dialogueId,
      participant_id: participants.get(evaluation.participant_id, `evaluations.${i}`),
      rating: evaluation.rating,
      comment: evaluation.comment,
      created_at: evaluation.created_at,
    })),
  );
  const ids = { idea: ideas.map, participant: participants.map, question: questions.map, table: tables.map };
  await insertEventRows(
    db,
    body.events.map((event) => ({
      dialogue_id: dialogueId,
      type: event.type,
      payload_json: remapPayload(event.payload_json, ids),
      created_at: event.created_at,
    })),
  );
  return {
    alreadyImported: false,
    importedAt: at,
    checkoutId: body.checkoutId,
    dialogueId,
    participants: body.participants.length,
    ideas: body.ideas.length,
    merges: body.merges.length,
    votes: body.votes.length,
    evaluations: body.evaluations.length,
    events: body.events.length,
    organizationsMatched: matched,
    organizationsAdded: added,
  };
}

type IdMaps = Record<'idea' | 'participant' | 'question' | 'table', Map<number, number>>;

// The keys of the room's event payloads that hold a row's id, and whose row it is.
const idKeys: Record<string, keyof IdMaps> = {
  ideaId: 'idea',
  sourceId: 'idea',
  targetId: 'idea',
  participantId: 'participant',
  questionId: 'question',
  tableId: 'table',
};

/**
 * A stored event's payload with the laptop's ids turned into this store's (`{ idea: { id } }` and the
 * keys above), so that a replay names the rows as they are here. A payload that is not JSON is kept.
 */
export function remapPayload(json: string, ids: IdMaps): string {
  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return json;
  }
  const walk = (value: unknown, parent: string | null): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, parent));
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => {
        const kind = key === 'id' && parent === 'idea' ? 'idea' : idKeys[key];
        if (kind && typeof inner === 'number') return [key, ids[kind].get(inner) ?? inner];
        return [key, walk(inner, key)];
      }),
    );
  };
  return JSON.stringify(walk(payload, null));
}
