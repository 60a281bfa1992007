import type { Db } from '../../platform/db/index.js';

export function findParticipant(db: Db, id: number) {
  return db
    .selectFrom('participants as p')
    .innerJoin('dialogues as d', 'd.id', 'p.dialogue_id')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('dialogue_tables as t', 't.id', 'p.table_id')
    .select([
      'p.id',
      'p.dialogue_id',
      'p.name',
      'p.email',
      'p.sector',
      'p.gender',
      'p.age_band',
      'p.consent_at',
      'p.notify_consent_at',
      'p.erased_at',
      'p.created_at',
      'd.title as dialogue_title',
      'd.date as dialogue_date',
      'd.region_code',
      'o.name as organization_name',
      't.name as table_name',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export function ideasOf(db: Db, participantId: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'text', 'created_at', 'hidden_reason', 'merged_into_id'])
    .where('participant_id', '=', participantId)
    .orderBy('id')
    .execute();
}

export function votesOf(db: Db, participantId: number) {
  return db
    .selectFrom('votes as v')
    .innerJoin('ideas as i', 'i.id', 'v.idea_id')
    .select(['v.idea_id', 'i.text', 'v.dots', 'v.updated_at'])
    .where('v.participant_id', '=', participantId)
    .orderBy('v.idea_id')
    .execute();
}

export function evaluationOf(db: Db, participantId: number) {
  return db
    .selectFrom('evaluations')
    .select(['rating', 'comment', 'created_at'])
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

/** Removes what identifies the person; keeps the attendance row, its categories, ideas and votes. */
export async function eraseParticipantData(db: Db, participantId: number, at: string) {
  await db
    .updateTable('participants')
    .set({ name: null, email: null, device_token_hash: null, notify_consent_at: null, erased_at: at })
    .where('id', '=', participantId)
    .execute();
  await db
    .updateTable('evaluations')
    .set({ comment: null })
    .where('participant_id', '=', participantId)
    .execute();
}
