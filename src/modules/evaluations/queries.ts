import { countAll, type Db } from '../../platform/db/index.js';
import type { Rating } from '../../platform/db/schema.js';

export async function findEvaluation(db: Db, dialogueId: number, participantId: number) {
  return db
    .selectFrom('evaluations')
    .select(['id', 'rating', 'comment'])
    .where('dialogue_id', '=', dialogueId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

export async function insertEvaluation(
  db: Db,
  row: {
    dialogue_id: number;
    participant_id: number;
    rating: Rating;
    comment: string | null;
    created_at: string;
  },
) {
  await db.insertInto('evaluations').values(row).execute();
}

export async function ratingCounts(db: Db, dialogueId: number) {
  const rows = await db
    .selectFrom('evaluations')
    .select(['rating', countAll().as('n')])
    .where('dialogue_id', '=', dialogueId)
    .groupBy('rating')
    .execute();
  return new Map(rows.map((row) => [row.rating, Number(row.n)]));
}
