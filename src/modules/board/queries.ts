import type { Db } from '../../platform/db/index.js';

/** Every evaluation of a dialogue in these regions: the dialogue's date and the rating. */
export async function evaluationRatings(db: Db, regions: string[]) {
  return db
    .selectFrom('evaluations')
    .innerJoin('dialogues', 'dialogues.id', 'evaluations.dialogue_id')
    .select(['dialogues.date', 'evaluations.rating'])
    .where('dialogues.region_code', 'in', regions)
    .execute();
}
