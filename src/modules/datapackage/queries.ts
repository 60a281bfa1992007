import type { Db } from '../../platform/db/index.js';

/** Every SQL statement of the data package (the bulk writes are in sink.ts). */
export async function listRegionCodes(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('regions').select('code').execute();
  return rows.map((row) => row.code);
}

export async function listDialoguesForExport(db: Db, dialogueIds?: number[]) {
  let query = db
    .selectFrom('dialogues')
    .select([
      'id',
      'external_id',
      'region_code',
      'title',
      'date',
      'dots_per_participant',
      'max_dots_per_idea',
    ])
    .orderBy('id');
  if (dialogueIds) query = query.where('id', 'in', dialogueIds.length ? dialogueIds : [-1]);
  return query.execute();
}

export async function listOrganizationsForExport(db: Db, dialogueIds?: number[]) {
  let query = db
    .selectFrom('organizations')
    .select(['id', 'external_id', 'name', 'kind', 'region_code'])
    .orderBy('id');
  if (dialogueIds)
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('participants')
        .select('organization_id')
        .where('dialogue_id', 'in', dialogueIds.length ? dialogueIds : [-1])
        .where('organization_id', 'is not', null)
        .$narrowType<{ organization_id: number }>(),
    );
  return query.execute();
}

export async function listParticipantsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('participants')
    .select(['id', 'external_id', 'organization_id', 'sector', 'gender', 'age_band'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function listIdeasOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('ideas')
    .leftJoin('dialogue_tables', 'dialogue_tables.id', 'ideas.table_id')
    .select([
      'ideas.id',
      'ideas.external_id',
      'ideas.text',
      'ideas.participant_id',
      'ideas.merged_into_id',
      'dialogue_tables.name as table_name',
    ])
    .where('ideas.dialogue_id', '=', dialogueId)
    .orderBy('ideas.id')
    .execute();
}

export async function listVotesOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('votes')
    .select(['participant_id', 'idea_id', 'dots'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('participant_id')
    .orderBy('idea_id')
    .execute();
}

export async function listEvaluationsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('evaluations')
    .select(['participant_id', 'rating', 'comment'])
    .where('dialogue_id', '=', dialogueId)
    .orderBy('id')
    .execute();
}

export async function countDialogues(db: Db): Promise<number> {
  const row = await db
    .selectFrom('dialogues')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
