import { sql } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';

/** `null`: every dialogue (no filter); otherwise the listed dialogue ids. */
export type DialogueScope = number[] | null;

const inScope = (scope: DialogueScope) => (scope === null ? null : scope.length ? scope : [-1]);

/** Per dialogue: every idea, those not merged, and those not merged but hidden. */
export async function ideaCounts(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .select([
      'dialogue_id',
      countAll().as('ideas'),
      sql<number>`cast(sum(case when merged_into_id is null then 1 else 0 end) as integer)`.as('after_merge'),
      sql<number>`cast(sum(case when merged_into_id is null and hidden_at is not null then 1 else 0 end) as integer)`.as(
        'hidden',
      ),
    ])
    .groupBy('dialogue_id');
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

/** The merged ideas only (a national scope spans many ideas): an idea not listed ends its own chain. */
export async function mergeLinks(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .select(['id', 'merged_into_id'])
    .where('merged_into_id', 'is not', null)
    .$narrowType<{ merged_into_id: number }>();
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

/** Ideas not merged and hidden: the chain ends whose dots are "dots on hidden ideas". */
export async function hiddenEnds(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('ideas')
    .select('id')
    .where('merged_into_id', 'is', null)
    .where('hidden_at', 'is not', null);
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return (await query.execute()).map((row) => row.id);
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

/** Attendances per dialogue (rows of participants, erased ones included: the attendance stays). */
export async function participantCounts(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('participants')
    .select(['dialogue_id', countAll().as('count')])
    .groupBy('dialogue_id');
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

export async function ratingCounts(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('evaluations')
    .select(['dialogue_id', 'rating', countAll().as('count')])
    .groupBy(['dialogue_id', 'rating']);
  if (ids) query = query.where('dialogue_id', 'in', ids);
  return query.execute();
}

/** Distinct organisations among the attendances, per region and (as `overall`) over the scope. */
export async function organizationCounts(db: Db, scope: DialogueScope) {
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

/** Attendances by the kind of their organisation: no organisation and an organisation of no kind apart. */
export async function participantsByKind(db: Db, scope: DialogueScope) {
  const ids = inScope(scope);
  let query = db
    .selectFrom('participants')
    .leftJoin('organizations', 'organizations.id', 'participants.organization_id')
    .select([
      'organizations.kind as kind',
      sql<number>`cast(case when participants.organization_id is null then 0 else 1 end as integer)`.as(
        'has_organization',
      ),
      countAll().as('count'),
    ])
    .groupBy(['organizations.kind', sql`case when participants.organization_id is null then 0 else 1 end`]);
  if (ids) query = query.where('participants.dialogue_id', 'in', ids);
  return query.execute();
}
