import type { Insertable } from 'kysely';
import { countAll, type Db, forUpdate } from '../../platform/db/index.js';
import type { VoteActionTable } from '../../platform/db/schema.js';

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

/**
 * Locks the rows of the participants voting in one batch (in id order, see lockParticipants) and
 * returns those still present: one erased since their request arrived votes no more.
 */
export async function lockVoters(db: Db, participantIds: number[]) {
  const sorted = [...new Set(participantIds)].sort((a, b) => a - b);
  return forUpdate(
    db,
    db
      .selectFrom('participants')
      .select(['id', 'dialogue_id', 'device_token_hash'])
      .where('id', 'in', sorted)
      .where('erased_at', 'is', null)
      .orderBy('id'),
  ).execute();
}

/** Every stored vote of a dialogue. */
export async function votesOfDialogue(db: Db, dialogueId: number) {
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}

/** Dots of several participants, one row per idea they hold dots on. */
export async function votesOfParticipants(db: Db, participantIds: number[]) {
  if (!participantIds.length) return [];
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('participant_id', 'in', participantIds)
    .execute();
}

/** Stored vote actions for these (participant, key) pairs: one primary-key lookup per pair. */
export async function findVoteActions(db: Db, pairs: Array<{ participantId: number; clientKey: string }>) {
  if (!pairs.length) return [];
  return db
    .selectFrom('vote_actions')
    .selectAll()
    .where((eb) =>
      eb.or(
        pairs.map((pair) =>
          eb.and([eb('participant_id', '=', pair.participantId), eb('client_key', '=', pair.clientKey)]),
        ),
      ),
    )
    .execute();
}

export async function insertVoteActions(db: Db, rows: Insertable<VoteActionTable>[]) {
  if (rows.length) await db.insertInto('vote_actions').values(rows).execute();
}

/** Writes final dots per (participant, idea): rows above zero are upserted, the rest removed. */
export async function writeVotes(
  db: Db,
  dialogueId: number,
  rows: Array<{ participantId: number; ideaId: number; dots: number }>,
  at: string,
) {
  const kept = rows.filter((row) => row.dots > 0);
  const gone = rows.filter((row) => row.dots <= 0);
  if (kept.length)
    await db
      .insertInto('votes')
      .values(
        kept.map((row) => ({
          dialogue_id: dialogueId,
          participant_id: row.participantId,
          idea_id: row.ideaId,
          dots: row.dots,
          updated_at: at,
        })),
      )
      .onConflict((conflict) =>
        conflict.columns(['participant_id', 'idea_id']).doUpdateSet((eb) => ({
          dots: eb.ref('excluded.dots'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  if (gone.length)
    await db
      .deleteFrom('votes')
      .where((eb) =>
        eb.or(
          gone.map((row) =>
            eb.and([eb('participant_id', '=', row.participantId), eb('idea_id', '=', row.ideaId)]),
          ),
        ),
      )
      .execute();
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

/** Dots stored on each idea of these dialogues (before following merges), one row per idea. */
export async function dotsInDialogues(db: Db, dialogueIds: number[]) {
  if (!dialogueIds.length) return [];
  return db
    .selectFrom('votes')
    .select(['idea_id', (eb) => eb.fn.sum<number>('dots').as('dots')])
    .where('dialogue_id', 'in', dialogueIds)
    .groupBy('idea_id')
    .execute();
}

/** Dots stored on each idea of a dialogue (before following merges). */
export async function dotsByIdea(db: Db, dialogueId: number) {
  const rows = await dotsInDialogues(db, [dialogueId]);
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

export async function countParticipants(db: Db, dialogueId: number): Promise<number> {
  const row = await db
    .selectFrom('participants')
    .select(countAll().as('n'))
    .where('dialogue_id', '=', dialogueId)
    .where('erased_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Just what merge chains need: a dialogue's ideas as links (`chains.ts` finds where each one's dots count). */
export async function chainLinks(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'merged_into_id', 'hidden_at'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}
