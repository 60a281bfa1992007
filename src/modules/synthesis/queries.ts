import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type {
  SynthesisAssignmentTable,
  SynthesisJobTable,
  SynthesisRunTable,
  SynthesisThemeTable,
} from './tables.js';

/** Regions a scope covers: 'all' for the nation (CL), else the listed regions. */
export type ScopeRegions = 'all' | string[];

/**
 * The ideas a scope covers: those of the dialogues of `regions`, and when `dialogues` is given
 * (an annual cycle's scope) only of those dialogues.
 */
export interface ScopeFilter {
  regions: ScopeRegions;
  dialogues?: number[];
}

/** Every idea of the scope's dialogues that is not hidden, with the merge link and where it was written. */
export async function ideasInScope(db: Db, filter: ScopeFilter) {
  if (filter.dialogues?.length === 0) return [];
  let query = db
    .selectFrom('ideas as i')
    .innerJoin('dialogues as d', 'd.id', 'i.dialogue_id')
    .select([
      'i.id',
      'i.text',
      'i.dialogue_id',
      'i.table_id',
      'i.merged_into_id',
      'i.hidden_at',
      'd.region_code',
    ])
    .orderBy('i.id');
  if (filter.regions !== 'all')
    query = query.where('d.region_code', 'in', filter.regions.length ? filter.regions : ['-']);
  if (filter.dialogues) query = query.where('d.id', 'in', filter.dialogues);
  return query.execute();
}

/** Dots per voted idea, over the scope's dialogues (stored on the idea voted, before merges). */
export async function dotsByIdea(db: Db, filter: ScopeFilter) {
  if (filter.dialogues?.length === 0) return [];
  let query = db
    .selectFrom('votes as v')
    .innerJoin('dialogues as d', 'd.id', 'v.dialogue_id')
    .select(['v.idea_id', (eb) => eb.fn.sum<number>('v.dots').as('dots')])
    .groupBy('v.idea_id');
  if (filter.regions !== 'all')
    query = query.where('d.region_code', 'in', filter.regions.length ? filter.regions : ['-']);
  if (filter.dialogues) query = query.where('d.id', 'in', filter.dialogues);
  return query.execute();
}

/** Dots on the ideas of one dialogue (for the merge chain of a theme's ideas). */
export async function mergeLinksInDialogues(db: Db, dialogueIds: number[]) {
  if (!dialogueIds.length) return [];
  return db
    .selectFrom('ideas')
    .select(['id', 'merged_into_id'])
    .where('dialogue_id', 'in', dialogueIds)
    .where('merged_into_id', 'is not', null)
    .execute();
}

export async function insertRun(db: Db, run: Insertable<SynthesisRunTable>): Promise<number> {
  const row = await db.insertInto('synthesis_runs').values(run).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function latestRun(db: Db, scope: string) {
  return db
    .selectFrom('synthesis_runs')
    .selectAll()
    .where('scope', '=', scope)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function activeThemes(db: Db, scope: string) {
  return db
    .selectFrom('synthesis_themes')
    .selectAll()
    .where('scope', '=', scope)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
}

export async function findTheme(db: Db, id: number) {
  return db.selectFrom('synthesis_themes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertTheme(db: Db, theme: Insertable<SynthesisThemeTable>): Promise<number> {
  const row = await db.insertInto('synthesis_themes').values(theme).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTheme(db: Db, id: number, patch: Updateable<SynthesisThemeTable>) {
  await db.updateTable('synthesis_themes').set(patch).where('id', '=', id).execute();
}

export async function assignmentsOfScope(db: Db, scope: string) {
  return db.selectFrom('synthesis_assignments').selectAll().where('scope', '=', scope).execute();
}

export async function assignmentsOfTheme(db: Db, themeId: number) {
  return db.selectFrom('synthesis_assignments').selectAll().where('theme_id', '=', themeId).execute();
}

export async function findAssignment(db: Db, scope: string, ideaId: number) {
  return db
    .selectFrom('synthesis_assignments')
    .selectAll()
    .where('scope', '=', scope)
    .where('idea_id', '=', ideaId)
    .executeTakeFirst();
}

export async function replaceAssignments(
  db: Db,
  scope: string,
  rows: Insertable<SynthesisAssignmentTable>[],
) {
  await db.deleteFrom('synthesis_assignments').where('scope', '=', scope).execute();
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('synthesis_assignments')
      .values(rows.slice(start, start + 500))
      .execute();
    // SQLite writes synchronously: between chunks, let the event loop answer other requests (a
    // national run writes ~30,000 rows; in one go that held /health for a few hundred ms).
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function moveAssignments(
  db: Db,
  scope: string,
  ideaIds: number[],
  themeId: number,
  updatedAt: string,
) {
  for (let start = 0; start < ideaIds.length; start += 500) {
    await db
      .updateTable('synthesis_assignments')
      .set({ theme_id: themeId, pinned: 1, updated_at: updatedAt })
      .where('scope', '=', scope)
      .where('idea_id', 'in', ideaIds.slice(start, start + 500))
      .execute();
  }
}

/** The ideas of a theme with their dialogue and table, for the theme's page; only those the filter covers. */
export async function ideasOfTheme(db: Db, themeId: number, filter: ScopeFilter) {
  if (filter.dialogues?.length === 0) return [];
  let query = db
    .selectFrom('synthesis_assignments as a')
    .innerJoin('ideas as i', 'i.id', 'a.idea_id')
    .innerJoin('dialogues as d', 'd.id', 'i.dialogue_id')
    .leftJoin('dialogue_tables as t', 't.id', 'i.table_id')
    .select([
      'i.id',
      'i.text',
      'i.dialogue_id',
      'i.hidden_at',
      'i.merged_into_id',
      'd.title as dialogue_title',
      'd.date as dialogue_date',
      'd.region_code',
      't.number as table_number',
      't.name as table_name',
      'a.pinned',
    ])
    .where('a.theme_id', '=', themeId)
    .orderBy('i.id');
  if (filter.regions !== 'all')
    query = query.where('d.region_code', 'in', filter.regions.length ? filter.regions : ['-']);
  if (filter.dialogues) query = query.where('d.id', 'in', filter.dialogues);
  return query.execute();
}

export async function findDialogue(db: Db, id: number) {
  return db.selectFrom('dialogues').select(['id', 'region_code']).where('id', '=', id).executeTakeFirst();
}

/** Assigned to the dialogue and of its region (an assignment to another region grants nothing). */
export async function isFacilitatorOf(db: Db, dialogueId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('dialogue_facilitators as f')
    .innerJoin('dialogues as d', 'd.id', 'f.dialogue_id')
    .innerJoin('staff_user_regions as r', (join) =>
      join.onRef('r.user_id', '=', 'f.user_id').onRef('r.region_code', '=', 'd.region_code'),
    )
    .select('f.user_id')
    .where('f.dialogue_id', '=', dialogueId)
    .where('f.user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ideas of a dialogue written or changed since a point, for the duplicate index to catch up. */
export async function dialogueIdeasSince(db: Db, dialogueId: number, afterId: number, changedSince: string) {
  return db
    .selectFrom('ideas')
    .select(['id', 'text', 'hidden_at', 'merged_into_id', 'updated_at'])
    .where('dialogue_id', '=', dialogueId)
    .where((eb) => eb.or([eb('id', '>', afterId), eb('updated_at', '>=', changedSince)]))
    .orderBy('id')
    .execute();
}

export async function findIdea(db: Db, id: number) {
  return db
    .selectFrom('ideas')
    .select(['id', 'dialogue_id', 'text', 'hidden_at', 'merged_into_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The active themes that hold the given ideas, in every scope (region, nation and cycle). */
export async function activeThemesOfIdeas(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('synthesis_assignments as a')
    .innerJoin('synthesis_themes as t', 't.id', 'a.theme_id')
    .select(['a.idea_id', 't.id as theme_id', 't.label', 't.scope'])
    .where('a.idea_id', 'in', ideaIds)
    .where('t.status', '=', 'active')
    .orderBy('a.idea_id')
    .orderBy('t.scope')
    .execute();
}

/** The published active themes of these ideas: what the public return may name. */
export async function publishedThemesOfIdeas(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('synthesis_assignments as a')
    .innerJoin('synthesis_themes as t', 't.id', 'a.theme_id')
    .select(['a.idea_id', 't.id as theme_id', 't.label', 't.scope'])
    .where('a.idea_id', 'in', ideaIds)
    .where('t.status', '=', 'active')
    .where('t.published_at', 'is not', null)
    .orderBy('a.idea_id')
    .orderBy('t.scope')
    .execute();
}

export async function insertJob(db: Db, job: Insertable<SynthesisJobTable>): Promise<number> {
  const row = await db.insertInto('synthesis_jobs').values(job).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findJob(db: Db, id: number) {
  return db.selectFrom('synthesis_jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest job of a scope that has not ended (queued or running), if any. */
export async function openJobOfScope(db: Db, scope: string) {
  return db
    .selectFrom('synthesis_jobs')
    .selectAll()
    .where('scope', '=', scope)
    .where('status', 'in', ['queued', 'running'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Changes a job unless it has already ended (a cancelled job stays cancelled). */
export async function updateOpenJob(db: Db, id: number, values: Updateable<SynthesisJobTable>) {
  const result = await db
    .updateTable('synthesis_jobs')
    .set(values)
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
