import { countAll, type Db, forUpdate } from '../../platform/db/index.js';

/** Locks the participant's row until the transaction ends: their dots change one request at a time. */
export async function lockParticipants(db: Db, participantIds: number[]) {
  if (!participantIds.length) return;
  // In id order, so that two transactions locking several participants cannot deadlock.
  const sorted = [...new Set(participantIds)].sort((a, b) => a - b);
  await forUpdate(
    db,
    db.selectFrom('participants').select('id').where('id', 'in', sorted).orderBy('id'),
  ).execute();
}

export async function votesOfParticipant(db: Db, participantId: number) {
  return db
    .selectFrom('votes')
    .select(['idea_id', 'dots'])
    .where('participant_id', '=', participantId)
    .execute();
}

export async function votesOnIdeas(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('idea_id', 'in', ideaIds)
    .orderBy('participant_id')
    .orderBy('idea_id')
    .execute();
}

/** Sets a participant's dots on one idea; zero removes the row. */
export async function setVote(
  db: Db,
  dialogueId: number,
  participantId: number,
  ideaId: number,
  dots: number,
  at: string,
) {
  if (dots <= 0) {
    await db
      .deleteFrom('votes')
      .where('participant_id', '=', participantId)
      .where('idea_id', '=', ideaId)
      .execute();
    return;
  }
  await db
    .insertInto('votes')
    .values({ dialogue_id: dialogueId, participant_id: participantId, idea_id: ideaId, dots, updated_at: at })
    .onConflict((conflict) =>
      conflict.columns(['participant_id', 'idea_id']).doUpdateSet({ dots, updated_at: at }),
    )
    .execute();
}

/** Dots stored on each idea of a dialogue (before following merges). */
export async function dotsByIdea(db: Db, dialogueId: number) {
  const rows = await db
    .selectFrom('votes')
    .select((eb) => ['idea_id', eb.fn.sum<number>('dots').as('dots')])
    .where('dialogue_id', '=', dialogueId)
    .groupBy('idea_id')
    .execute();
  return new Map(rows.map((row) => [row.idea_id, Number(row.dots)]));
}

/** Dots spent in the dialogue and how many participants spent their whole budget. */
export async function spending(db: Db, dialogueId: number, budget: number) {
  const perParticipant = db
    .selectFrom('votes')
    .select((eb) => ['participant_id', eb.fn.sum<number>('dots').as('spent')])
    .where('dialogue_id', '=', dialogueId)
    .groupBy('participant_id')
    .as('p');
  const row = await db
    .selectFrom(perParticipant)
    .select((eb) => [
      eb.fn.sum<number>('p.spent').as('spent'),
      eb.fn.sum<number>(eb.case().when('p.spent', '>=', budget).then(1).else(0).end()).as('done'),
    ])
    .executeTakeFirst();
  return { dotsSpent: Number(row?.spent ?? 0), participantsDone: Number(row?.done ?? 0) };
}

export async function findVoteAction(db: Db, participantId: number, clientKey: string) {
  return db
    .selectFrom('vote_actions')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export async function insertVoteAction(
  db: Db,
  row: {
    participant_id: number;
    client_key: string;
    idea_id: number;
    delta: number;
    result_json: string;
    created_at: string;
  },
) {
  await db.insertInto('vote_actions').values(row).execute();
}

export async function countParticipants(db: Db, dialogueId: number): Promise<number> {
  const row = await db
    .selectFrom('participants')
    .select(countAll().as('n'))
    .where('dialogue_id', '=', dialogueId)
    .where('erased_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
