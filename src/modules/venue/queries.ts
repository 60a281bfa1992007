import type { Insertable, Updateable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type {
  DialogueTable,
  EvaluationTable,
  IdeaTable,
  ParticipantTable,
  StaffRole,
  VoteTable,
} from '../../platform/db/schema.js';
import type { VenueCheckoutTable, VenueOpeningTable } from './tables.js';
import './tables.js';

// ——— the national store: checkouts ———

export async function participantCount(db: Db, dialogueId: number): Promise<number> {
  const row = await db
    .selectFrom('participants')
    .select(countAll().as('n'))
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function ideaCount(db: Db, dialogueId: number): Promise<number> {
  const row = await db
    .selectFrom('ideas')
    .select(countAll().as('n'))
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function regionOrganizations(db: Db, regionCode: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind'])
    .where('region_code', '=', regionCode)
    .orderBy('id')
    .execute();
}

/** The accounts given to the laptop: the dialogue's facilitators and `extraId` (who checks it out). */
export async function checkoutStaff(db: Db, dialogueId: number, extraId: number | null) {
  const facilitators = await db
    .selectFrom('dialogue_facilitators')
    .select('user_id')
    .where('dialogue_id', '=', dialogueId)
    .execute();
  const ids = new Set(facilitators.map((row) => row.user_id));
  const all = [...ids, ...(extraId ? [extraId] : [])];
  if (!all.length) return [];
  const rows = await db
    .selectFrom('staff_users')
    .select(['id', 'email', 'name', 'role', 'locale', 'password_hash'])
    .where('id', 'in', all)
    .where('disabled_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, facilitator: ids.has(row.id) }));
}

export async function insertCheckout(db: Db, row: Insertable<VenueCheckoutTable>) {
  await db.insertInto('venue_checkouts').values(row).execute();
}

export async function findCheckout(db: Db, id: string) {
  return db.selectFrom('venue_checkouts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markImported(db: Db, id: string, patch: Updateable<VenueCheckoutTable>) {
  await db.updateTable('venue_checkouts').set(patch).where('id', '=', id).execute();
}

export async function checkoutsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('venue_checkouts')
    .select(['id', 'created_at', 'imported_at'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('created_at')
    .execute();
}

// ——— the laptop: openings ———

export async function findOpening(db: Db, checkoutId: string) {
  return db.selectFrom('venue_openings').selectAll().where('checkout_id', '=', checkoutId).executeTakeFirst();
}

export async function openingOfDialogue(db: Db, dialogueId: number) {
  return db.selectFrom('venue_openings').selectAll().where('dialogue_id', '=', dialogueId).executeTakeFirst();
}

export async function insertOpening(db: Db, row: Insertable<VenueOpeningTable>) {
  await db.insertInto('venue_openings').values(row).execute();
}

export async function markExported(db: Db, checkoutId: string, at: string) {
  await db
    .updateTable('venue_openings')
    .set({ exported_at: at })
    .where('checkout_id', '=', checkoutId)
    .execute();
}

export async function staffCount(db: Db): Promise<number> {
  const row = await db.selectFrom('staff_users').select(countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function staffByEmail(db: Db, email: string) {
  return db.selectFrom('staff_users').select(['id']).where('email', '=', email).executeTakeFirst();
}

export async function insertStaff(
  db: Db,
  row: {
    email: string;
    name: string;
    role: StaffRole;
    locale: 'es' | 'en';
    password_hash: string;
    created_at: string;
  },
): Promise<number> {
  const inserted = await db.insertInto('staff_users').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function addStaffRegion(db: Db, userId: number, regionCode: string) {
  const found = await db
    .selectFrom('staff_user_regions')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('region_code', '=', regionCode)
    .executeTakeFirst();
  if (!found)
    await db.insertInto('staff_user_regions').values({ user_id: userId, region_code: regionCode }).execute();
}

export async function addFacilitator(db: Db, dialogueId: number, userId: number) {
  await db.insertInto('dialogue_facilitators').values({ dialogue_id: dialogueId, user_id: userId }).execute();
}

export async function joinCodeTaken(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('dialogues').select('id').where('join_code', '=', code).executeTakeFirst());
}

// ——— both: a dialogue's rows ———

export async function findDialogueRow(db: Db, id: number) {
  return db.selectFrom('dialogues').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDialogueRow(db: Db, row: Insertable<DialogueTable>): Promise<number> {
  const inserted = await db.insertInto('dialogues').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateDialogueRow(db: Db, id: number, patch: Updateable<DialogueTable>) {
  await db.updateTable('dialogues').set(patch).where('id', '=', id).execute();
}

export async function questionRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_questions')
    .select(['id', 'position', 'text'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function tableRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_tables')
    .select(['id', 'number', 'name'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('number')
    .execute();
}

export async function insertQuestionRow(db: Db, dialogueId: number, position: number, text: string) {
  const row = await db
    .insertInto('dialogue_questions')
    .values({ dialogue_id: dialogueId, position, text })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateQuestionRow(db: Db, id: number, position: number, text: string) {
  await db.updateTable('dialogue_questions').set({ position, text }).where('id', '=', id).execute();
}

export async function deleteQuestionRow(db: Db, id: number) {
  await db.deleteFrom('dialogue_questions').where('id', '=', id).execute();
}

export async function insertTableRow(db: Db, dialogueId: number, number: number, name: string) {
  const row = await db
    .insertInto('dialogue_tables')
    .values({ dialogue_id: dialogueId, number, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTableRow(db: Db, id: number, number: number, name: string) {
  await db.updateTable('dialogue_tables').set({ number, name }).where('id', '=', id).execute();
}

export async function deleteTableRow(db: Db, id: number) {
  await db.deleteFrom('dialogue_tables').where('id', '=', id).execute();
}

/** Organisations of a region, to match by name. */
export async function organizationsIn(db: Db, regionCode: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind'])
    .where('region_code', '=', regionCode)
    .orderBy('id')
    .execute();
}

export async function insertOrganizationRow(
  db: Db,
  row: { name: string; kind: string | null; region_code: string; created_at: string },
): Promise<number> {
  const inserted = await db
    .insertInto('organizations')
    .values({ ...row, external_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The organisations a dialogue's participants named. */
export async function organizationsUsedBy(db: Db, dialogueId: number) {
  return db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.name', 'o.kind'])
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('participants')
        .select('organization_id')
        .where('dialogue_id', '=', dialogueId)
        .where('organization_id', 'is not', null),
    )
    .orderBy('o.id')
    .execute()
    .then((rows) => rows.map((row) => ({ id: row.id, name: row.name, kind: row.kind })));
}

export async function staffEmails(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db.selectFrom('staff_users').select(['id', 'email']).where('id', 'in', ids).orderBy('id').execute();
}

export async function staffIdsByEmail(db: Db, emails: string[]) {
  if (!emails.length) return [];
  return db.selectFrom('staff_users').select(['id', 'email']).where('email', 'in', emails).execute();
}

export async function participantRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('participants')
    .select([
      'id',
      'table_id',
      'organization_id',
      'name',
      'email',
      'sector',
      'gender',
      'age_band',
      'consent_at',
      'notify_consent_at',
      'external_id',
      'erased_at',
      'created_at',
    ])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function ideaRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .select([
      'id',
      'question_id',
      'table_id',
      'participant_id',
      'text',
      'source',
      'hidden_reason',
      'hidden_at',
      'merged_into_id',
      'client_key',
      'external_id',
      'created_at',
      'updated_at',
    ])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function mergeRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('idea_merges')
    .select(['id', 'source_idea_id', 'target_idea_id', 'merged_by', 'merged_at', 'undone_at'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function refundRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('idea_merge_refunds as r')
    .innerJoin('idea_merges as m', 'm.id', 'r.merge_id')
    .select(['r.merge_id', 'r.participant_id', 'r.idea_id', 'r.dots'])
    .where('m.dialogue_id', '=', dialogueId)
    .orderBy('r.id')
    .execute();
}

export async function voteRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots', 'updated_at'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('participant_id')
    .orderBy('idea_id')
    .execute();
}

export async function evaluationRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('evaluations')
    .select(['participant_id', 'rating', 'comment', 'created_at'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function eventRows(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_events')
    .select(['type', 'payload_json', 'created_at'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function insertParticipantRow(db: Db, row: Insertable<ParticipantTable>): Promise<number> {
  const inserted = await db.insertInto('participants').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertIdeaRow(db: Db, row: Insertable<IdeaTable>): Promise<number> {
  const inserted = await db.insertInto('ideas').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function setMergedInto(db: Db, ideaId: number, intoId: number) {
  await db.updateTable('ideas').set({ merged_into_id: intoId }).where('id', '=', ideaId).execute();
}

export async function insertMergeRow(
  db: Db,
  row: {
    dialogue_id: number;
    source_idea_id: number;
    target_idea_id: number;
    merged_by: number | null;
    merged_at: string;
    undone_at: string | null;
  },
): Promise<number> {
  const inserted = await db.insertInto('idea_merges').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

// Rows per multi-row insert: well under SQLite's and PostgreSQL's parameter limits.
const chunk = 200;

async function insertChunked<T>(rows: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += chunk) await insert(rows.slice(start, start + chunk));
}

export async function insertRefundRows(
  db: Db,
  rows: Array<{ merge_id: number; participant_id: number; idea_id: number; dots: number }>,
) {
  await insertChunked(rows, (part) => db.insertInto('idea_merge_refunds').values(part).execute());
}

export async function insertVoteRows(db: Db, rows: Insertable<VoteTable>[]) {
  await insertChunked(rows, (part) => db.insertInto('votes').values(part).execute());
}

export async function insertEvaluationRows(db: Db, rows: Insertable<EvaluationTable>[]) {
  await insertChunked(rows, (part) => db.insertInto('evaluations').values(part).execute());
}

export async function insertEventRows(
  db: Db,
  rows: Array<{ dialogue_id: number; type: string; payload_json: string; created_at: string }>,
) {
  await insertChunked(rows, (part) => db.insertInto('dialogue_events').values(part).execute());
}
