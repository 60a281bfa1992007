import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { IdeaAnswerTable } from './tables.js';
import './tables.js';

/** An idea with its dialogue's region and status, to check who may answer it. */
export async function findIdeaToAnswer(db: Db, ideaId: number) {
  return db
    .selectFrom('ideas')
    .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .select([
      'ideas.id',
      'ideas.text',
      'ideas.dialogue_id',
      'ideas.hidden_at',
      'ideas.merged_into_id',
      'dialogues.region_code',
      'dialogues.status as dialogue_status',
    ])
    .where('ideas.id', '=', ideaId)
    .executeTakeFirst();
}

export async function findIdeasToAnswer(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('ideas')
    .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .select(['ideas.id', 'ideas.text', 'ideas.dialogue_id', 'dialogues.region_code'])
    .where('ideas.id', 'in', ideaIds)
    .execute();
}

export async function findInitiative(db: Db, id: number) {
  return db
    .selectFrom('initiatives')
    .select(['id', 'title', 'region_code', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findAnswer(db: Db, ideaId: number) {
  return db.selectFrom('idea_answers').selectAll().where('idea_id', '=', ideaId).executeTakeFirst();
}

export async function answersOf(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('idea_answers')
    .leftJoin('initiatives', 'initiatives.id', 'idea_answers.initiative_id')
    .select([
      'idea_answers.idea_id',
      'idea_answers.status',
      'idea_answers.text',
      'idea_answers.reason',
      'idea_answers.link',
      'idea_answers.initiative_id',
      'idea_answers.theme_id',
      'idea_answers.answered_at',
      'initiatives.title as initiative_title',
    ])
    .where('idea_answers.idea_id', 'in', ideaIds)
    .execute();
}

/** Replaces the current answer of an idea (one row per idea). */
export async function saveAnswer(db: Db, row: Insertable<IdeaAnswerTable>) {
  await db.deleteFrom('idea_answers').where('idea_id', '=', row.idea_id).execute();
  await db.insertInto('idea_answers').values(row).execute();
}

/** The visible ideas after merges of a dialogue, for the staff's answering list. */
export async function visibleIdeasOfDialogue(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'text', 'table_id', 'question_id'])
    .where('dialogue_id', '=', dialogueId)
    .where('hidden_at', 'is', null)
    .where('merged_into_id', 'is', null)
    .orderBy('id')
    .execute();
}
