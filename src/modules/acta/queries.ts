import { countAll, type Db } from '../../platform/db/index.js';

export async function participantsBySector(db: Db, dialogueId: number) {
  return db
    .selectFrom('participants')
    .select(['sector as key', countAll().as('count')])
    .where('dialogue_id', '=', dialogueId)
    .groupBy('sector')
    .execute();
}

export async function participantsByOrganizationKind(db: Db, dialogueId: number) {
  return db
    .selectFrom('participants')
    .leftJoin('organizations', 'organizations.id', 'participants.organization_id')
    .select(['organizations.kind as key', countAll().as('count')])
    .where('participants.dialogue_id', '=', dialogueId)
    .groupBy('organizations.kind')
    .execute();
}

export async function participantsPerTable(db: Db, dialogueId: number) {
  return db
    .selectFrom('participants')
    .select(['table_id', countAll().as('count')])
    .where('dialogue_id', '=', dialogueId)
    .groupBy('table_id')
    .execute();
}

/** The evaluations: ratings and comments, with nothing that names who wrote them. */
export async function evaluationsOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('evaluations')
    .select(['rating', 'comment'])
    .where('dialogue_id', '=', dialogueId)
    .execute();
}

export async function facilitatorNames(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_facilitators')
    .innerJoin('staff_users', 'staff_users.id', 'dialogue_facilitators.user_id')
    .select('staff_users.name')
    .where('dialogue_facilitators.dialogue_id', '=', dialogueId)
    .orderBy('staff_users.name')
    .execute();
}
