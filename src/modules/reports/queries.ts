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
