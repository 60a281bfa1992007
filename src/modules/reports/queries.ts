import { sql } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';

/** `null` scope: every dialogue (no filter); otherwise the listed dialogue ids. */
export type DialogueScope = number[] | null;

const inScope = (scope: DialogueScope) => (scope === null ? null : scope.length ? scope : [-1]);

export async function listScopedDialogues(db: Db, regions: string[] | null, dialogueId?: number) {
  let query = db
    .selectFrom('dialogues')
    .innerJoin('regions', 'regions.code', 'dialogues.region_code')
    .select([
      'dialogues.id',
      'dialogues.region_code',
      'dialogues.title',
      'dialogues.date',
      'dialogues.status',
      'dialogues.published_at',
      'regions.name as region_name',
      'regions.number as region_number',
    ])
    .orderBy('regions.number')
    .orderBy('dialogues.date')
    .orderBy('dialogues.id');
  if (regions) query = query.where('dialogues.region_code', 'in', regions.length ? regions : ['-']);
  if (dialogueId !== undefined) query = query.where('dialogues.id', '=', dialogueId);
  return query.execute();
}

export async function participantsPerDialogue(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('participants')
    .select(['dialogue_id', countAll().as('count')])
    .groupBy('dialogue_id');
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

/** Distinct organisations among the attendances, per region and (region '') overall. */
export async function organizationsPerRegion(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let perRegion = db
    .selectFrom('participants')
    .innerJoin('dialogues', 'dialogues.id', 'participants.dialogue_id')
    .select([
      'dialogues.region_code',
      sql<number>`cast(count(distinct participants.organization_id) as integer)`.as('count'),
    ])
    .groupBy('dialogues.region_code');
  let overall = db
    .selectFrom('participants')
    .select(sql<number>`cast(count(distinct organization_id) as integer)`.as('count'));
  if (ids) {
    perRegion = perRegion.where('participants.dialogue_id', 'in', ids);
    overall = overall.where('dialogue_id', 'in', ids);
  }
  const [regions, all] = await Promise.all([perRegion.execute(), overall.executeTakeFirstOrThrow()]);
  return { regions, overall: Number(all.count) };
}

export async function ideasPerDialogue(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .select([
      'dialogue_id',
      countAll().as('ideas'),
      sql<number>`cast(sum(case when merged_into_id is null then 1 else 0 end) as integer)`.as('after_merge'),
    ])
    .groupBy('dialogue_id');
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

export async function mergedIdeas(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .select(['id', 'merged_into_id'])
    .where('merged_into_id', 'is not', null)
    .$narrowType<{ merged_into_id: number }>();
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

/** Dots per idea voted (stored on the idea voted, before merges are followed). */
export async function dotsPerIdea(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('votes')
    .select(['dialogue_id', 'idea_id', sql<number>`cast(sum(dots) as integer)`.as('dots')])
    .groupBy(['dialogue_id', 'idea_id']);
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

export async function ratingsPerDialogue(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('evaluations')
    .select(['dialogue_id', 'rating', countAll().as('count')])
    .groupBy(['dialogue_id', 'rating']);
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

type BreakdownColumn = 'sector' | 'gender' | 'age_band';

export async function participantsBy(db: Db, scope: DialogueScope, column: BreakdownColumn) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('participants')
    .select([`${column} as key`, countAll().as('count')])
    .groupBy(column);
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

export async function participantsByOrganizationKind(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('participants')
    .leftJoin('organizations', 'organizations.id', 'participants.organization_id')
    .select(['organizations.kind as key', countAll().as('count')])
    .groupBy('organizations.kind');
  if (ids) query = query.where('participants.dialogue_id', 'in', ids);
  return query.execute();
}

export async function ideasByTable(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .leftJoin('dialogue_tables', 'dialogue_tables.id', 'ideas.table_id')
    .select(['dialogue_tables.name as key', countAll().as('count')])
    .groupBy('dialogue_tables.name')
    .orderBy('dialogue_tables.name');
  if (ids) query = query.where('ideas.dialogue_id', 'in', ids);
  return query.execute();
}

export async function ideasByQuestion(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .leftJoin('dialogue_questions', 'dialogue_questions.id', 'ideas.question_id')
    .select(['dialogue_questions.text as key', countAll().as('count')])
    .groupBy('dialogue_questions.text')
    .orderBy('dialogue_questions.text');
  if (ids) query = query.where('ideas.dialogue_id', 'in', ids);
  return query.execute();
}

export async function ideaTexts(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('ideas')
    .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .select(['ideas.id', 'ideas.text', 'dialogues.region_code', 'dialogues.title'])
    .where('ideas.id', 'in', ids)
    .execute();
}

/** Dialogues the user runs: assigned, and of a region of theirs (an assignment elsewhere grants nothing). */
export async function dialoguesRunBy(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('dialogue_facilitators as f')
    .innerJoin('dialogues as d', 'd.id', 'f.dialogue_id')
    .innerJoin('staff_user_regions as r', (join) =>
      join.onRef('r.user_id', '=', 'f.user_id').onRef('r.region_code', '=', 'd.region_code'),
    )
    .select('f.dialogue_id')
    .where('f.user_id', '=', userId)
    .execute();
  return rows.map((row) => row.dialogue_id);
}
