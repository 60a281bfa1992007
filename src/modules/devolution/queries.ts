import type { Db } from '../../platform/db/index.js';

export async function findPublicDialogue(db: Db, id: number) {
  return db
    .selectFrom('dialogues')
    .innerJoin('regions', 'regions.code', 'dialogues.region_code')
    .select([
      'dialogues.id',
      'dialogues.title',
      'dialogues.date',
      'dialogues.status',
      'dialogues.published_at',
      'dialogues.region_code',
      'regions.name as region_name',
    ])
    .where('dialogues.id', '=', id)
    .executeTakeFirst();
}

export async function ideasOfDialogue(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'text', 'merged_into_id', 'hidden_at', 'dialogue_id'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function findIdea(db: Db, id: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'text', 'merged_into_id', 'hidden_at', 'dialogue_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function milestonesOf(db: Db, initiativeIds: number[]) {
  if (!initiativeIds.length) return [];
  return db
    .selectFrom('initiative_milestones')
    .select(['initiative_id', 'title', 'due_on', 'done_on'])
    .where('initiative_id', 'in', initiativeIds)
    .orderBy('position')
    .execute();
}

export async function statusHistoryOf(db: Db, initiativeIds: number[]) {
  if (!initiativeIds.length) return [];
  return db
    .selectFrom('initiative_updates')
    .select(['initiative_id', 'reported_on', 'status_before', 'status_after', 'progress_after'])
    .where('initiative_id', 'in', initiativeIds)
    .orderBy('id')
    .execute();
}
