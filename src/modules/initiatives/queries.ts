import { type Insertable, sql, type Updateable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type {
  InitiativeMilestoneTable,
  InitiativeSourceTable,
  InitiativeTable,
  InitiativeUpdateTable,
} from './tables.js';
import './tables.js';

export interface InitiativeFilter {
  cycleId?: number;
  /** Regions the caller may see; national initiatives are visible to everyone. */
  regions: string[];
  region?: string | null;
  status?: string;
}

export async function listInitiatives(db: Db, filter: InitiativeFilter) {
  let query = db
    .selectFrom('initiatives')
    .innerJoin('cycles', 'cycles.id', 'initiatives.cycle_id')
    .selectAll('initiatives')
    .select('cycles.year');
  if (filter.cycleId) query = query.where('initiatives.cycle_id', '=', filter.cycleId);
  if (filter.status) query = query.where('initiatives.status', '=', filter.status as never);
  if (filter.region === null) query = query.where('initiatives.region_code', 'is', null);
  else if (filter.region) query = query.where('initiatives.region_code', '=', filter.region);
  const regions = filter.regions;
  query = query.where((eb) =>
    regions.length
      ? eb.or([eb('initiatives.region_code', 'is', null), eb('initiatives.region_code', 'in', regions)])
      : eb('initiatives.region_code', 'is', null),
  );
  return query.orderBy('initiatives.id').execute();
}

export async function findInitiative(db: Db, id: number) {
  return db
    .selectFrom('initiatives')
    .innerJoin('cycles', 'cycles.id', 'initiatives.cycle_id')
    .selectAll('initiatives')
    .select(['cycles.year', 'cycles.status as cycle_status', 'cycles.requires_source'])
    .where('initiatives.id', '=', id)
    .executeTakeFirst();
}

export async function findInitiativesByIds(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('initiatives')
    .innerJoin('cycles', 'cycles.id', 'initiatives.cycle_id')
    .selectAll('initiatives')
    .select(['cycles.year', 'cycles.status as cycle_status'])
    .where('initiatives.id', 'in', ids)
    .execute();
}

export async function insertInitiative(db: Db, initiative: Insertable<InitiativeTable>) {
  return (await db.insertInto('initiatives').values(initiative).returning('id').executeTakeFirstOrThrow()).id;
}

export async function updateInitiative(db: Db, id: number, patch: Updateable<InitiativeTable>) {
  await db.updateTable('initiatives').set(patch).where('id', '=', id).execute();
}

export async function insertSources(db: Db, sources: Insertable<InitiativeSourceTable>[]) {
  if (!sources.length) return;
  await db
    .insertInto('initiative_sources')
    .values(sources)
    .onConflict((conflict) => conflict.columns(['initiative_id', 'kind', 'ref_id']).doNothing())
    .execute();
}

export async function deleteSource(db: Db, initiativeId: number, kind: string, refId: number) {
  await db
    .deleteFrom('initiative_sources')
    .where('initiative_id', '=', initiativeId)
    .where('kind', '=', kind)
    .where('ref_id', '=', refId)
    .execute();
}

export async function listSources(db: Db, initiativeIds: number[]) {
  if (!initiativeIds.length) return [];
  return db
    .selectFrom('initiative_sources')
    .leftJoin('ideas', (join) =>
      join.onRef('ideas.id', '=', 'initiative_sources.ref_id').on('initiative_sources.kind', '=', 'idea'),
    )
    .leftJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .selectAll('initiative_sources')
    .select(['ideas.text as idea_text', 'dialogues.id as dialogue_id', 'dialogues.title as dialogue_title'])
    .where('initiative_id', 'in', initiativeIds)
    .orderBy('initiative_sources.created_at')
    .execute();
}

/** Initiatives that name any of these ideas as a source. */
export async function initiativesFromIdeas(db: Db, ideaIds: number[]) {
  if (!ideaIds.length) return [];
  return db
    .selectFrom('initiative_sources')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_sources.initiative_id')
    .innerJoin('cycles', 'cycles.id', 'initiatives.cycle_id')
    .select([
      'initiative_sources.ref_id as idea_id',
      'initiatives.id',
      'initiatives.title',
      'initiatives.status',
      'initiatives.progress_percent',
      'initiatives.discard_reason',
      'initiatives.responsible_unit',
      'initiatives.region_code',
      'cycles.year',
    ])
    .where('initiative_sources.kind', '=', 'idea')
    .where('initiative_sources.ref_id', 'in', ideaIds)
    .orderBy('initiatives.id')
    .execute();
}

export async function countSources(db: Db, initiativeId: number) {
  const row = await db
    .selectFrom('initiative_sources')
    .select(countAll().as('n'))
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMilestones(db: Db, milestones: Insertable<InitiativeMilestoneTable>[]) {
  if (milestones.length) await db.insertInto('initiative_milestones').values(milestones).execute();
}

export async function listMilestones(db: Db, initiativeIds: number[]) {
  if (!initiativeIds.length) return [];
  return db
    .selectFrom('initiative_milestones')
    .selectAll()
    .where('initiative_id', 'in', initiativeIds)
    .orderBy('initiative_id')
    .orderBy('position')
    .execute();
}

export async function findMilestone(db: Db, id: number) {
  return db.selectFrom('initiative_milestones').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateMilestone(db: Db, id: number, patch: Updateable<InitiativeMilestoneTable>) {
  await db.updateTable('initiative_milestones').set(patch).where('id', '=', id).execute();
}

export async function nextMilestonePosition(db: Db, initiativeId: number) {
  const row = await db
    .selectFrom('initiative_milestones')
    .select(countAll().as('n'))
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

export async function insertUpdate(db: Db, update: Insertable<InitiativeUpdateTable>) {
  return (await db.insertInto('initiative_updates').values(update).returning('id').executeTakeFirstOrThrow())
    .id;
}

export async function listUpdates(db: Db, initiativeIds: number[]) {
  if (!initiativeIds.length) return [];
  return db
    .selectFrom('initiative_updates')
    .leftJoin('staff_users', 'staff_users.id', 'initiative_updates.author_id')
    .selectAll('initiative_updates')
    .select('staff_users.name as author_name')
    .where('initiative_id', 'in', initiativeIds)
    .orderBy('initiative_updates.id', 'desc')
    .execute();
}

/** Initiatives of a cycle not yet finished, to carry over into the next cycle. */
export async function unfinishedInitiatives(db: Db, cycleId: number) {
  return db
    .selectFrom('initiatives')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .where('status', 'not in', ['terminada', 'descartada'])
    .orderBy('id')
    .execute();
}

export async function copySources(db: Db, fromId: number, toId: number, at: string) {
  const rows = await db
    .selectFrom('initiative_sources')
    .selectAll()
    .where('initiative_id', '=', fromId)
    .execute();
  await insertSources(
    db,
    rows.map((row) => ({
      initiative_id: toId,
      kind: row.kind,
      ref_id: row.ref_id,
      label: row.label,
      created_at: at,
    })),
  );
}

export async function copyOpenMilestones(db: Db, fromId: number, toId: number) {
  const rows = await db
    .selectFrom('initiative_milestones')
    .selectAll()
    .where('initiative_id', '=', fromId)
    .where('done_on', 'is', null)
    .orderBy('position')
    .execute();
  await insertMilestones(
    db,
    rows.map((row, index) => ({
      initiative_id: toId,
      position: index + 1,
      title: row.title,
      due_on: row.due_on,
    })),
  );
}

/** Per cycle and region: initiatives by status. */
export async function initiativeStatusCounts(db: Db, cycleId: number) {
  return db
    .selectFrom('initiatives')
    .select(['region_code', 'status', countAll().as('n')])
    .where('cycle_id', '=', cycleId)
    .groupBy(['region_code', 'status'])
    .execute();
}

/** Milestones past due and not done, per region, in a cycle. */
export async function lateMilestones(db: Db, cycleId: number, today: string) {
  return db
    .selectFrom('initiative_milestones')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_milestones.initiative_id')
    .select([
      'initiative_milestones.id',
      'initiative_milestones.title',
      'initiative_milestones.due_on',
      'initiatives.id as initiative_id',
      'initiatives.title as initiative_title',
      'initiatives.region_code',
    ])
    .where('initiatives.cycle_id', '=', cycleId)
    .where('initiatives.status', 'not in', ['terminada', 'descartada'])
    .where('initiative_milestones.done_on', 'is', null)
    .where('initiative_milestones.due_on', '<', today)
    .orderBy('initiative_milestones.due_on')
    .execute();
}

/** Ideas of the given dialogues with their dialogue's title, region and date (hidden and merged ones too). */
export async function ideasOfDialogues(db: Db, dialogueIds: number[]) {
  if (!dialogueIds.length) return [];
  return db
    .selectFrom('ideas')
    .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .select([
      'ideas.id',
      'ideas.text',
      'ideas.dialogue_id',
      'ideas.merged_into_id',
      'ideas.hidden_at',
      'dialogues.title as dialogue_title',
      'dialogues.region_code',
      'dialogues.date as dialogue_date',
    ])
    .where('ideas.dialogue_id', 'in', dialogueIds)
    .orderBy('ideas.id')
    .execute();
}

export async function findIdeas(db: Db, ids: number[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('ideas')
    .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
    .select([
      'ideas.id',
      'ideas.text',
      'ideas.hidden_at',
      'ideas.merged_into_id',
      'dialogues.region_code',
      'dialogues.title as dialogue_title',
    ])
    .where('ideas.id', 'in', ids)
    .execute();
}

/** The public portfolio's filter: a region (or only the national ones), a status, words of the title. */
export interface PublicPortfolioFilter {
  region?: string | null;
  status?: string;
  q?: string;
  year?: number;
}

function publicPortfolioQuery(db: Db, filter: PublicPortfolioFilter) {
  let query = db
    .selectFrom('initiatives')
    .innerJoin('cycles', 'cycles.id', 'initiatives.cycle_id')
    .leftJoin('regions', 'regions.code', 'initiatives.region_code');
  if (filter.region === null) query = query.where('initiatives.region_code', 'is', null);
  else if (filter.region) query = query.where('initiatives.region_code', '=', filter.region);
  if (filter.status) query = query.where('initiatives.status', '=', filter.status as never);
  if (filter.year) query = query.where('cycles.year', '=', filter.year);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      (eb) =>
        sql<boolean>`(lower(${eb.ref('initiatives.title')}) like ${pattern} escape '\\' or lower(${eb.ref('initiatives.responsible_unit')}) like ${pattern} escape '\\')`,
    );
  }
  return query;
}

/** A page of the public portfolio (newest cycle first, then by id) and how many match in all. */
export async function publicPortfolio(
  db: Db,
  filter: PublicPortfolioFilter,
  page: { limit: number; offset: number },
) {
  const query = publicPortfolioQuery(db, filter);
  const [rows, total] = await Promise.all([
    query
      .select([
        'initiatives.id',
        'initiatives.region_code',
        'initiatives.title',
        'initiatives.description',
        'initiatives.responsible_unit',
        'initiatives.budget_pesos',
        'initiatives.status',
        'initiatives.discard_reason',
        'initiatives.progress_percent',
        'initiatives.updated_at',
        'cycles.year',
        'regions.name as region_name',
      ])
      .orderBy('cycles.year', 'desc')
      .orderBy('initiatives.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/**
 * The public trail of initiatives: the ideas they came from with their dialogue, only where the
 * dialogue's ideas are public (closed or published) and the idea is not hidden; themes only once
 * published.
 */
export async function publicSources(db: Db, initiativeIds: number[]) {
  if (!initiativeIds.length) return { ideas: [], themes: [] };
  const [ideas, themes] = await Promise.all([
    db
      .selectFrom('initiative_sources')
      .innerJoin('ideas', 'ideas.id', 'initiative_sources.ref_id')
      .innerJoin('dialogues', 'dialogues.id', 'ideas.dialogue_id')
      .innerJoin('regions', 'regions.code', 'dialogues.region_code')
      .select([
        'initiative_sources.initiative_id',
        'ideas.id as idea_id',
        'ideas.text',
        'dialogues.id as dialogue_id',
        'dialogues.title as dialogue_title',
        'dialogues.date as dialogue_date',
        'regions.name as region_name',
      ])
      .where('initiative_sources.kind', '=', 'idea')
      .where('initiative_sources.initiative_id', 'in', initiativeIds)
      .where('ideas.hidden_at', 'is', null)
      .where((eb) =>
        eb.or([eb('dialogues.status', '=', 'closed'), eb('dialogues.published_at', 'is not', null)]),
      )
      .orderBy('ideas.id')
      .execute(),
    db
      .selectFrom('initiative_sources')
      .innerJoin('synthesis_themes', 'synthesis_themes.id', 'initiative_sources.ref_id')
      .select([
        'initiative_sources.initiative_id',
        'synthesis_themes.id as theme_id',
        'synthesis_themes.label',
      ])
      .where('initiative_sources.kind', '=', 'theme')
      .where('initiative_sources.initiative_id', 'in', initiativeIds)
      .where('synthesis_themes.published_at', 'is not', null)
      .orderBy('synthesis_themes.id')
      .execute(),
  ]);
  return { ideas, themes };
}

/** One initiative for its public page. */
export async function findPublicInitiative(db: Db, id: number) {
  return publicPortfolioQuery(db, {})
    .select([
      'initiatives.id',
      'initiatives.region_code',
      'initiatives.title',
      'initiatives.description',
      'initiatives.responsible_unit',
      'initiatives.budget_pesos',
      'initiatives.status',
      'initiatives.discard_reason',
      'initiatives.progress_percent',
      'initiatives.updated_at',
      'cycles.year',
      'regions.name as region_name',
    ])
    .where('initiatives.id', '=', id)
    .executeTakeFirst();
}

/** The progress history of an initiative without who wrote it (the public page names no staff). */
export async function publicUpdates(db: Db, initiativeId: number) {
  return db
    .selectFrom('initiative_updates')
    .select(['reported_on', 'status_before', 'status_after', 'progress_before', 'progress_after', 'note'])
    .where('initiative_id', '=', initiativeId)
    .orderBy('reported_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
