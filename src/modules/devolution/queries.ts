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

/** Dialogues whose return is public (closed, or published before closing), newest first, a page of them. */
export async function listPublicDialogues(
  db: Db,
  filter: { region?: string; limit: number; offset: number },
) {
  let query = db
    .selectFrom('dialogues')
    .innerJoin('regions', 'regions.code', 'dialogues.region_code')
    .where((eb) =>
      eb.or([eb('dialogues.status', '=', 'closed'), eb('dialogues.published_at', 'is not', null)]),
    );
  if (filter.region) query = query.where('dialogues.region_code', '=', filter.region);
  const [rows, total] = await Promise.all([
    query
      .select([
        'dialogues.id',
        'dialogues.title',
        'dialogues.date',
        'dialogues.region_code',
        'regions.name as region_name',
      ])
      .orderBy('dialogues.date', 'desc')
      .orderBy('dialogues.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
