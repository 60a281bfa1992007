import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type {
  DialogueVerificationTable,
  OidcLoginTable,
  StaffInvitationTable,
  VerificationTicketTable,
  VerifiedVoiceTable,
} from './tables.js';
import './tables.js';

export async function insertPendingLogin(db: Db, row: Insertable<OidcLoginTable>) {
  await db.insertInto('oidc_logins').values(row).execute();
}

/** Takes the sign-in of this state out of the store: a second callback with it finds nothing. */
export async function takePendingLogin(db: Db, stateHash: string) {
  const row = await db
    .deleteFrom('oidc_logins')
    .where('state_hash', '=', stateHash)
    .returningAll()
    .executeTakeFirst();
  return row ?? null;
}

export async function deleteExpiredLogins(db: Db, now: string) {
  await db.deleteFrom('oidc_logins').where('expires_at', '<', now).execute();
}

export async function findIdentity(db: Db, issuer: string, subject: string) {
  return db
    .selectFrom('staff_identities')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function identityOfUser(db: Db, userId: number, issuer: string) {
  return db
    .selectFrom('staff_identities')
    .selectAll()
    .where('user_id', '=', userId)
    .where('issuer', '=', issuer)
    .executeTakeFirst();
}

export async function insertIdentity(
  db: Db,
  row: { issuer: string; subject: string; user_id: number; created_at: string },
) {
  await db.insertInto('staff_identities').values(row).execute();
}

export async function insertInvitation(db: Db, row: Insertable<StaffInvitationTable>) {
  await db.insertInto('staff_invitations').values(row).execute();
}

export async function findInvitation(db: Db, tokenHash: string) {
  return db
    .selectFrom('staff_invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Spends an invitation; false when it was already spent (two callbacks racing). */
export async function spendInvitation(db: Db, tokenHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('staff_invitations')
    .set({ used_at: at })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function dialogueVerificationOf(db: Db, dialogueId: number) {
  return db
    .selectFrom('dialogue_verification')
    .select('required')
    .where('dialogue_id', '=', dialogueId)
    .executeTakeFirst();
}

/** Stores whether the dialogue asks for verification, replacing what it had. */
export async function replaceDialogueVerification(db: Db, row: Insertable<DialogueVerificationTable>) {
  await db.deleteFrom('dialogue_verification').where('dialogue_id', '=', row.dialogue_id).execute();
  await db.insertInto('dialogue_verification').values(row).execute();
}

export async function insertVerificationTicket(db: Db, row: Insertable<VerificationTicketTable>) {
  await db.insertInto('verification_tickets').values(row).execute();
}

/** Takes the ticket of this hash out of the store: a second join with it finds nothing. */
export async function takeVerificationTicket(db: Db, tokenHash: string) {
  return db
    .deleteFrom('verification_tickets')
    .where('token_hash', '=', tokenHash)
    .returningAll()
    .executeTakeFirst();
}

export async function findVerifiedVoice(db: Db, dialogueId: number, runHash: string) {
  return db
    .selectFrom('verified_voices')
    .select('dialogue_id')
    .where('dialogue_id', '=', dialogueId)
    .where('run_hash', '=', runHash)
    .executeTakeFirst();
}

export async function insertVerifiedVoice(db: Db, row: Insertable<VerifiedVoiceTable>) {
  await db.insertInto('verified_voices').values(row).execute();
}

export async function setVoiceParticipant(
  db: Db,
  dialogueId: number,
  runHash: string,
  participantId: number,
) {
  await db
    .updateTable('verified_voices')
    .set({ participant_id: participantId })
    .where('dialogue_id', '=', dialogueId)
    .where('run_hash', '=', runHash)
    .execute();
}

/** Stores a setting unless one of that key is already there (the first writer wins). */
export async function insertSettingIfMissing(db: Db, key: string, value: string) {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
}

export async function settingValue(db: Db, key: string): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}
