import type { StaffActor } from '../../platform/auth/actor.js';
import { requireNational } from '../../platform/auth/policy.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { commitChange } from '../../platform/change.js';
import type { Config } from '../../platform/config.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findStaffByEmail, findStaffById, openSession } from '../staff/index.js';
import { authorizationRequest, type OidcClient, redeemCode } from './oidc.js';
import {
  deleteExpiredLogins,
  findIdentity,
  findInvitation,
  identityOfUser,
  insertIdentity,
  insertInvitation,
  insertPendingLogin,
  spendInvitation,
  takePendingLogin,
} from './queries.js';

/** A sign-in under way may wait this long at the provider (a login form, a second factor there). */
const pendingMinutes = 10;
const invitationDays = 7;
export const staffScope = 'openid email profile';

/** The staff provider of this server, or null when OIDC_* is not configured. */
export function staffProvider(config: Config): OidcClient | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID || !config.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: config.OIDC_ISSUER,
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
  };
}

function requireProvider(config: Config): OidcClient {
  const client = staffProvider(config);
  if (!client) throw new AppError('oidc_disabled');
  return client;
}

/** Only a back-office path is a place to return to: never another site (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[\w\-/]*)?(\?[\w=&%-]*)?$/.test(next) ? next : '/staff';
}

/**
 * Starts a staff sign-in: the state, nonce and PKCE verifier stay on the server; the browser gets
 * the provider's URL and a cookie that ties the callback to it.
 */
export async function startStaffLogin(
  ctx: Context,
  input: { redirectUri: string; next?: string; invitation?: string },
) {
  const client = requireProvider(ctx.config);
  if (input.invitation) await requireInvitation(ctx, hashToken(input.invitation));
  const request = await authorizationRequest(client, input.redirectUri, staffScope);
  const browserToken = newToken();
  const at = new Date();
  await deleteExpiredLogins(ctx.db, at.toISOString());
  await insertPendingLogin(ctx.db, {
    state_hash: hashToken(request.state),
    browser_hash: hashToken(browserToken),
    nonce: request.nonce,
    code_verifier: request.codeVerifier,
    purpose: 'staff',
    next: safeNext(input.next),
    invitation_hash: input.invitation ? hashToken(input.invitation) : null,
    expires_at: new Date(at.getTime() + pendingMinutes * 60_000).toISOString(),
    created_at: at.toISOString(),
  });
  return { url: request.url, browserToken, maxAgeSeconds: pendingMinutes * 60 };
}

/**
 * The provider sent the browser back: the sign-in of this state is spent (once), the code redeemed,
 * the ID token verified, and the identity matched to a Minga account. The account's role and
 * regions are Minga's: nothing in the claims changes them, and no account is created from them.
 */
export async function finishStaffLogin(
  ctx: Context,
  input: { state: string; code: string; browserToken: string | undefined; redirectUri: string },
) {
  const client = requireProvider(ctx.config);
  const pending = await takePendingLogin(ctx.db, hashToken(input.state));
  if (
    pending?.purpose !== 'staff' ||
    pending.expires_at < now() ||
    !input.browserToken ||
    hashToken(input.browserToken) !== pending.browser_hash
  )
    throw new AppError('oidc_login_expired');
  const { claims } = await redeemCode(client, {
    code: input.code,
    redirectUri: input.redirectUri,
    codeVerifier: pending.code_verifier,
    nonce: pending.nonce,
  });
  const subject = String(claims.sub);
  const userId = await commitChange(ctx, null, async (trx, change) => {
    const known = await findIdentity(trx, client.issuer, subject);
    if (known) return known.user_id;
    let user: Awaited<ReturnType<typeof findStaffById>>;
    let how: 'invitation' | 'verified_email';
    if (pending.invitation_hash) {
      const invitation = await requireInvitation({ db: trx }, pending.invitation_hash);
      if (!(await spendInvitation(trx, pending.invitation_hash, now())))
        throw new AppError('invitation_invalid');
      user = await findStaffById(trx, invitation.user_id);
      how = 'invitation';
    } else {
      const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
      // Only an address the provider vouches for links an account; an unverified one could be anyone's.
      if (!email || claims.email_verified !== true) throw new AppError('oidc_no_account');
      user = await findStaffByEmail(trx, email);
      how = 'verified_email';
    }
    if (!user || user.disabled_at) throw new AppError('oidc_no_account');
    // One identity of this provider per account: a second one does not silently take it over.
    if (await identityOfUser(trx, user.id, client.issuer)) throw new AppError('oidc_no_account');
    await insertIdentity(trx, { issuer: client.issuer, subject, user_id: user.id, created_at: now() });
    await change.audit({
      action: 'staff.identity_link',
      entity: 'staff_user',
      entityId: user.id,
      regionCode: null,
      after: { issuer: client.issuer, how },
    });
    return user.id;
  });
  const user = await findStaffById(ctx.db, userId);
  if (!user || user.disabled_at) throw new AppError('oidc_no_account');
  const session = await openSession(ctx, userId);
  return { ...session, next: pending.next ?? '/staff' };
}

async function requireInvitation(ctx: Pick<Context, 'db'>, tokenHash: string) {
  const invitation = await findInvitation(ctx.db, tokenHash);
  if (!invitation || invitation.used_at || invitation.expires_at < now())
    throw new AppError('invitation_invalid');
  return invitation;
}

/**
 * A national-team invitation for an account: whoever signs in at the provider through its link
 * is linked to that account (for a provider that does not vouch for e-mail addresses).
 */
export async function inviteToSso(ctx: Context, actor: StaffActor, userId: number, origin: string) {
  requireNational(actor);
  requireProvider(ctx.config);
  const token = newToken();
  const expires = new Date(Date.now() + invitationDays * 86_400_000).toISOString();
  await commitChange(ctx, actor, async (trx, change) => {
    const user = await findStaffById(trx, userId);
    if (!user) throw new AppError('not_found', { what: `usuario ${userId}` });
    await insertInvitation(trx, {
      token_hash: hashToken(token),
      user_id: userId,
      created_by: actor.id,
      expires_at: expires,
      used_at: null,
      created_at: now(),
    });
    await change.audit({
      action: 'staff.invite_sso',
      entity: 'staff_user',
      entityId: userId,
      regionCode: null,
      after: { expiresAt: expires },
    });
  });
  return { url: `${origin}/api/auth/oidc/start?invitation=${token}`, expiresAt: expires };
}
