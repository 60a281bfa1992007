import type { Insertable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type {
  ConsultationParticipantTable,
  ConsultationStatementTable,
  ConsultationTable,
  ConsultationVoteTable,
} from './tables.js';

export async function insertConsultation(db: Db, row: Insertable<ConsultationTable>) {
  return (await db.insertInto('consultations').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function findConsultation(db: Db, id: number) {
  return db.selectFrom('consultations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findConsultationByKey(db: Db, key: string) {
  return db.selectFrom('consultations').selectAll().where('public_key', '=', key).executeTakeFirst();
}

/** Consultations of some regions, and the national ones. */
export async function listConsultations(db: Db, regions: string[]) {
  return db
    .selectFrom('consultations')
    .selectAll()
    .where((eb) =>
      eb.or([eb('region_code', 'is', null), eb('region_code', 'in', regions.length ? regions : ['-'])]),
    )
    .orderBy('opens_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function countsOf(db: Db, ids: number[]) {
  if (!ids.length) return { participants: new Map<number, number>(), votes: new Map<number, number>() };
  const [participants, votes] = await Promise.all([
    db
      .selectFrom('consultation_participants')
      .select(['consultation_id', countAll().as('n')])
      .where('consultation_id', 'in', ids)
      .groupBy('consultation_id')
      .execute(),
    db
      .selectFrom('consultation_votes')
      .select(['consultation_id', countAll().as('n')])
      .where('consultation_id', 'in', ids)
      .groupBy('consultation_id')
      .execute(),
  ]);
  return {
    participants: new Map(participants.map((row) => [row.consultation_id, Number(row.n)])),
    votes: new Map(votes.map((row) => [row.consultation_id, Number(row.n)])),
  };
}

export async function insertStatement(db: Db, row: Insertable<ConsultationStatementTable>) {
  return (
    await db.insertInto('consultation_statements').values(row).returning('id').executeTakeFirstOrThrow()
  ).id;
}

export async function findStatement(db: Db, consultationId: number, id: number) {
  return db
    .selectFrom('consultation_statements')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function moderate(
  db: Db,
  id: number,
  status: string,
  reason: string | null,
  staffId: number,
  at: string,
) {
  await db
    .updateTable('consultation_statements')
    .set({ status, moderation_reason: reason, moderated_by: staffId, moderated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function statementsOf(db: Db, consultationId: number) {
  return db
    .selectFrom('consultation_statements')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .orderBy('id')
    .execute();
}

/** Agree, disagree and pass counts of each statement of a consultation. */
export async function tallyOf(db: Db, consultationId: number) {
  const rows = await db
    .selectFrom('consultation_votes')
    .select(['statement_id', 'vote', countAll().as('n')])
    .where('consultation_id', '=', consultationId)
    .groupBy(['statement_id', 'vote'])
    .execute();
  return rows.map((row) => ({ statementId: row.statement_id, vote: Number(row.vote), count: Number(row.n) }));
}

export async function insertParticipant(db: Db, consultationId: number, tokenHash: string, at: string) {
  return (
    await db
      .insertInto('consultation_participants')
      .values({ consultation_id: consultationId, token_hash: tokenHash, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function findParticipant(db: Db, consultationId: number, tokenHash: string) {
  return db
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function statementsVotedBy(db: Db, participantId: number) {
  const rows = await db
    .selectFrom('consultation_votes')
    .select('statement_id')
    .where('participant_id', '=', participantId)
    .execute();
  return rows.map((row) => row.statement_id);
}

/** One vote per participant and statement: a second one replaces the first. */
export async function upsertVote(db: Db, row: Insertable<ConsultationVoteTable>) {
  await db
    .insertInto('consultation_votes')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['participant_id', 'statement_id'])
        .doUpdateSet({ vote: row.vote, voted_at: row.voted_at, client_key: row.client_key ?? null }),
    )
    .execute();
}

/** A participant's vote on one statement, with the phone's key of its latest version. */
export async function findVote(db: Db, participantId: number, statementId: number) {
  return db
    .selectFrom('consultation_votes')
    .select(['vote', 'client_key'])
    .where('participant_id', '=', participantId)
    .where('statement_id', '=', statementId)
    .executeTakeFirst();
}

/** A participant's statement sent with this client key, if it arrived before. */
export async function findStatementByClientKey(db: Db, participantId: number, clientKey: string) {
  return db
    .selectFrom('consultation_statements')
    .select(['id', 'status'])
    .where('author_participant_id', '=', participantId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

/** A participant's statement, or nothing when the same client key won a race to insert first. */
export async function insertProposedStatement(db: Db, row: Insertable<ConsultationStatementTable>) {
  const inserted = await db
    .insertInto('consultation_statements')
    .values(row)
    .onConflict((oc) => oc.columns(['author_participant_id', 'client_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

/** Every vote of a consultation, as (participant, statement, vote) rows. */
export async function votesOf(db: Db, consultationId: number) {
  return db
    .selectFrom('consultation_votes')
    .select(['participant_id', 'statement_id', 'vote'])
    .where('consultation_id', '=', consultationId)
    .orderBy('participant_id')
    .orderBy('statement_id')
    .execute();
}

export async function participantIdsOf(db: Db, consultationId: number) {
  const rows = await db
    .selectFrom('consultation_participants')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function findResult(db: Db, consultationId: number) {
  return db
    .selectFrom('consultation_results')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
}

export async function saveResult(
  db: Db,
  row: { consultation_id: number; votes: number; computed_at: string; result: string; state: string },
) {
  await db
    .insertInto('consultation_results')
    .values(row)
    .onConflict((oc) =>
      oc.column('consultation_id').doUpdateSet({
        votes: row.votes,
        computed_at: row.computed_at,
        result: row.result,
        state: row.state,
      }),
    )
    .execute();
}

export async function linkDialogue(
  db: Db,
  row: { consultation_id: number; dialogue_id: number; created_by: number; created_at: string },
) {
  await db
    .insertInto('consultation_dialogues')
    .values(row)
    .onConflict((oc) => oc.columns(['consultation_id', 'dialogue_id']).doNothing())
    .execute();
}

/** Removes a consultation from a dialogue; whether there was a link to remove. */
export async function unlinkDialogue(db: Db, consultationId: number, dialogueId: number) {
  const result = await db
    .deleteFrom('consultation_dialogues')
    .where('consultation_id', '=', consultationId)
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The consultations taken to a dialogue, oldest link first. */
export async function consultationsOfDialogue(db: Db, dialogueId: number) {
  return db
    .selectFrom('consultation_dialogues as l')
    .innerJoin('consultations as c', 'c.id', 'l.consultation_id')
    .selectAll('c')
    .where('l.dialogue_id', '=', dialogueId)
    .orderBy('l.created_at')
    .orderBy('c.id')
    .execute();
}

/** A theme of the synthesis (read only): its scope says its region. */
export async function findTheme(db: Db, themeId: number) {
  return db
    .selectFrom('synthesis_themes')
    .select(['id', 'scope', 'label', 'status'])
    .where('id', '=', themeId)
    .executeTakeFirst();
}

/** A theme's visible ideas, most dots first (read only). */
export async function topIdeasOfTheme(db: Db, themeId: number, scope: string, limit: number) {
  return db
    .selectFrom('synthesis_assignments as a')
    .innerJoin('ideas', 'ideas.id', 'a.idea_id')
    .leftJoin('votes', 'votes.idea_id', 'ideas.id')
    .select([
      'ideas.id',
      'ideas.text',
      'ideas.dialogue_id',
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('votes.dots'), eb.lit(0)).as('dots'),
    ])
    .where('a.theme_id', '=', themeId)
    .where('a.scope', '=', scope)
    .where('ideas.hidden_at', 'is', null)
    .where('ideas.merged_into_id', 'is', null)
    .groupBy(['ideas.id', 'ideas.text', 'ideas.dialogue_id'])
    .orderBy('dots', 'desc')
    .orderBy('ideas.id')
    .limit(limit)
    .execute();
}

/** A dialogue's region (read only: the dialogue room owns it). */
export async function findDialogueRegion(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogues')
    .select(['id', 'region_code'])
    .where('id', '=', dialogueId)
    .executeTakeFirst();
}

/** A dialogue's visible ideas, most dots first (read only). */
export async function topIdeasOf(db: Db, dialogueId: number, limit: number) {
  return db
    .selectFrom('ideas')
    .leftJoin('votes', 'votes.idea_id', 'ideas.id')
    .select([
      'ideas.id',
      'ideas.text',
      (eb) => eb.fn.coalesce(eb.fn.sum<number>('votes.dots'), eb.lit(0)).as('dots'),
    ])
    .where('ideas.dialogue_id', '=', dialogueId)
    .where('ideas.hidden_at', 'is', null)
    .where('ideas.merged_into_id', 'is', null)
    .groupBy(['ideas.id', 'ideas.text'])
    .orderBy('dots', 'desc')
    .orderBy('ideas.id')
    .limit(limit)
    .execute();
}

/** Imported participants (tokens nobody holds), answered with their ids by token hash. */
export async function insertParticipants(db: Db, rows: Array<Insertable<ConsultationParticipantTable>>) {
  const ids = new Map<string, number>();
  for (let start = 0; start < rows.length; start += importChunk) {
    const inserted = await db
      .insertInto('consultation_participants')
      .values(rows.slice(start, start + importChunk))
      .returning(['id', 'token_hash'])
      .execute();
    for (const row of inserted) ids.set(row.token_hash, row.id);
  }
  return ids;
}

/** Imported votes, in chunks that stay far under either store's limit of bound values. */
export async function insertVotes(db: Db, rows: Array<Insertable<ConsultationVoteTable>>) {
  for (let start = 0; start < rows.length; start += importChunk) {
    await db
      .insertInto('consultation_votes')
      .values(rows.slice(start, start + importChunk))
      .execute();
  }
}

const importChunk = 1_000;

/**
 * How many consultations, participants, published statements and votes the consultations of some
 * regions hold (`national` adds the national ones; regions null: every consultation).
 */
export async function totalsOf(db: Db, regions: string[] | null, national: boolean) {
  const inScope = db
    .selectFrom('consultations')
    .select('id')
    .where((eb) =>
      regions === null
        ? eb.lit(true)
        : eb.or([
            eb('region_code', 'in', regions.length ? regions : ['-']),
            ...(national ? [eb('region_code', 'is', null)] : []),
          ]),
    );
  const [consultations, participants, statements, votes] = await Promise.all([
    db
      .selectFrom('consultations')
      .select(countAll().as('n'))
      .where('id', 'in', inScope)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('consultation_participants')
      .select(countAll().as('n'))
      .where('consultation_id', 'in', inScope)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('consultation_statements')
      .select(countAll().as('n'))
      .where('consultation_id', 'in', inScope)
      .where('status', '=', 'shown')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('consultation_votes')
      .select(countAll().as('n'))
      .where('consultation_id', 'in', inScope)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    consultations: Number(consultations.n),
    participants: Number(participants.n),
    statements: Number(statements.n),
    votes: Number(votes.n),
  };
}
