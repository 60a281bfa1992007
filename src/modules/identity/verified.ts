import { createHmac, randomBytes } from 'node:crypto';
import type { StaffActor } from '../../platform/auth/actor.js';
import { requireRegionManager } from '../../platform/auth/policy.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { commitChange } from '../../platform/change.js';
import type { Config } from '../../platform/config.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findDialogue, requireByCode } from '../dialogues/index.js';
import { countParticipants } from '../votes/index.js';
import { authorizationRequest, type OidcClient, redeemCode, userinfo } from './oidc.js';
import {
  deleteExpiredLogins,
  dialogueVerificationOf,
  findVerifiedVoice,
  insertPendingLogin,
  insertSettingIfMissing,
  insertVerificationTicket,
  insertVerifiedVoice,
  replaceDialogueVerification,
  settingValue,
  setVoiceParticipant,
  takePendingLogin,
  takeVerificationTicket,
} from './queries.js';

/**
 * Verified participants (optional per dialogue): a person proves who they are at ClaveÚnica (or
 * another OIDC provider giving the RUN), and Minga keeps only HMAC-SHA256(salt, RUN) per dialogue —
 * enough to refuse the same person twice, useless to find out who they are without the salt, which
 * lives in the store. Votes stay tied to the participant (as always), never to the RUN's hash, and no
 * export reads the hash.
 */
export const participantScope = 'openid run name';
const saltKey = 'identity.run_salt';
const ticketMinutes = 30;

export function participantProvider(config: Config): OidcClient | null {
  if (
    !config.PARTICIPANT_OIDC_ISSUER ||
    !config.PARTICIPANT_OIDC_CLIENT_ID ||
    !config.PARTICIPANT_OIDC_CLIENT_SECRET
  )
    return null;
  return {
    issuer: config.PARTICIPANT_OIDC_ISSUER,
    clientId: config.PARTICIPANT_OIDC_CLIENT_ID,
    clientSecret: config.PARTICIPANT_OIDC_CLIENT_SECRET,
  };
}

export async function verificationRequired(db: Db, dialogueId: number): Promise<boolean> {
  const row = await dialogueVerificationOf(db, dialogueId);
  return !!row?.required;
}

/** What the join page needs: whether this dialogue asks for it, and with which provider. */
export async function verificationInfo(ctx: Context, code: string) {
  const dialogue = await requireByCode(ctx.db, code);
  return {
    required: await verificationRequired(ctx.db, dialogue.id),
    available: participantProvider(ctx.config) !== null,
    provider: ctx.config.PARTICIPANT_OIDC_NAME,
  };
}

/** A region manager turns verification on or off for a dialogue (needs the provider configured). */
export async function setVerification(
  ctx: Context,
  actor: StaffActor,
  dialogueId: number,
  required: boolean,
) {
  const dialogue = await findDialogue(ctx.db, dialogueId);
  if (!dialogue) throw new AppError('not_found', { what: `diálogo ${dialogueId}` });
  requireRegionManager(actor, dialogue.region_code, `diálogo ${dialogueId}`);
  if (required && !participantProvider(ctx.config)) throw new AppError('oidc_disabled');
  await commitChange(ctx, actor, async (trx, change) => {
    // Changing the rule once people are in would leave voices of two kinds in one room.
    if (dialogue.status === 'closed' || (await countParticipants(trx, dialogueId)) > 0)
      throw new AppError('verification_locked');
    await replaceDialogueVerification(trx, {
      dialogue_id: dialogueId,
      required: required ? 1 : 0,
      updated_at: now(),
    });
    await change.audit({
      action: 'dialogue.verification',
      entity: 'dialogue',
      entityId: dialogueId,
      regionCode: dialogue.region_code,
      after: { required },
    });
  });
  return { required, provider: ctx.config.PARTICIPANT_OIDC_NAME };
}

export async function startVerification(ctx: Context, code: string, redirectUri: string) {
  const client = participantProvider(ctx.config);
  if (!client) throw new AppError('oidc_disabled');
  const dialogue = await requireByCode(ctx.db, code);
  const request = await authorizationRequest(client, redirectUri, participantScope);
  const browserToken = newToken();
  const at = new Date();
  await deleteExpiredLogins(ctx.db, at.toISOString());
  await insertPendingLogin(ctx.db, {
    state_hash: hashToken(request.state),
    browser_hash: hashToken(browserToken),
    nonce: request.nonce,
    code_verifier: request.codeVerifier,
    purpose: 'participant',
    next: dialogue.join_code,
    invitation_hash: null,
    expires_at: new Date(at.getTime() + 10 * 60_000).toISOString(),
    created_at: at.toISOString(),
  });
  return { url: request.url, browserToken };
}

/** The provider's callback: the RUN becomes a salted hash and a one-time ticket for the join. */
export async function finishVerification(
  ctx: Context,
  input: { state: string; code: string; browserToken: string | undefined; redirectUri: string },
) {
  const client = participantProvider(ctx.config);
  if (!client) throw new AppError('oidc_disabled');
  const pending = await takePendingLogin(ctx.db, hashToken(input.state));
  if (
    pending?.purpose !== 'participant' ||
    pending.expires_at < now() ||
    !input.browserToken ||
    hashToken(input.browserToken) !== pending.browser_hash ||
    !pending.next
  )
    throw new AppError('oidc_login_expired');
  const login = await redeemCode(client, {
    code: input.code,
    redirectUri: input.redirectUri,
    codeVerifier: pending.code_verifier,
    nonce: pending.nonce,
  });
  const run = runOf(login.claims) ?? runOf(await userinfo(login));
  if (!run) throw new AppError('run_missing');
  const dialogue = await requireByCode(ctx.db, pending.next);
  const runHash = createHmac('sha256', await runSalt(ctx.db))
    .update(run)
    .digest('hex');
  const ticket = newToken();
  await insertVerificationTicket(ctx.db, {
    token_hash: hashToken(ticket),
    dialogue_id: dialogue.id,
    run_hash: runHash,
    expires_at: new Date(Date.now() + ticketMinutes * 60_000).toISOString(),
  });
  return { code: dialogue.join_code, ticket };
}

/**
 * In the join's transaction: spends the ticket and records the voice; a person already in this
 * dialogue (the same RUN) is refused — one person, one voice.
 */
export async function claimVoice(trx: Db, dialogueId: number, ticket: string | null | undefined) {
  if (!ticket) throw new AppError('verification_required');
  const row = await takeVerificationTicket(trx, hashToken(ticket));
  if (!row || row.dialogue_id !== dialogueId || row.expires_at < now())
    throw new AppError('verification_required');
  const known = await findVerifiedVoice(trx, dialogueId, row.run_hash);
  if (known) throw new AppError('already_verified');
  await insertVerifiedVoice(trx, {
    dialogue_id: dialogueId,
    run_hash: row.run_hash,
    participant_id: null,
    created_at: now(),
  });
  return row.run_hash;
}

export async function attachVoice(trx: Db, dialogueId: number, runHash: string, participantId: number) {
  await setVoiceParticipant(trx, dialogueId, runHash, participantId);
}

/** The store's secret salt of RUN hashes, made on first use (the same across instances). */
async function runSalt(db: Db): Promise<string> {
  await insertSettingIfMissing(db, saltKey, randomBytes(32).toString('base64url'));
  return settingValue(db, saltKey);
}

/**
 * The RUN, as `12345678-5`, from a claim: `run` ("12.345.678-5"), or ClaveÚnica's
 * `RolUnico: { numero, DV }`. A RUN whose check digit is wrong is no RUN.
 */
export function runOf(claims: Record<string, unknown>): string | null {
  let number = '';
  let digit = '';
  const rolUnico = claims.RolUnico as { numero?: unknown; DV?: unknown } | undefined;
  if (typeof claims.run === 'string') {
    const match = /^(\d{1,2}\.?\d{3}\.?\d{3})-?([\dkK])$/.exec(claims.run.trim());
    if (!match) return null;
    number = match[1].replace(/\./g, '');
    digit = match[2].toUpperCase();
  } else if (rolUnico && (typeof rolUnico.numero === 'number' || typeof rolUnico.numero === 'string')) {
    number = String(rolUnico.numero);
    digit = String(rolUnico.DV ?? '').toUpperCase();
  } else return null;
  if (!/^\d{6,8}$/.test(number) || checkDigit(number) !== digit) return null;
  return `${Number(number)}-${digit}`;
}

function checkDigit(number: string): string {
  let sum = 0;
  let factor = 2;
  for (let index = number.length - 1; index >= 0; index -= 1) {
    sum += Number(number[index]) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const rest = 11 - (sum % 11);
  return rest === 11 ? '0' : rest === 10 ? 'K' : String(rest);
}
