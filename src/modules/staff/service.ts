import type { StaffActor } from '../../platform/auth/actor.js';
import { hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { deleteSession, deleteSessionsOfUser, insertSession } from '../../platform/auth/queries.js';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import { type Change, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { serialiseOn } from '../../platform/db/locks.js';
import { AppError } from '../../platform/errors/index.js';
import { canListStaff, canManageAccount, canSeeAccount, needsRegions } from './policy.js';
import {
  countStaff,
  findStaffByEmail,
  findStaffById,
  insertStaff,
  listStaff,
  regionsByUser,
  replaceStaffRegions,
  updateStaff,
} from './queries.js';
import type { NewStaff, StaffPatch } from './schema.js';
import { checkSecondFactor } from './second-factor.js';

// A fixed hash to compare against when the e-mail is unknown, so timing does not reveal accounts.
let dummyHash: Promise<string> | null = null;

export async function setupNeeded(db: Db): Promise<boolean> {
  return (await countStaff(db)) === 0;
}

/** Creates the first national account; refused once any account exists. */
export async function createFirstNational(ctx: Context, input: Omit<NewStaff, 'role' | 'regions'>) {
  return commitChange(ctx, null, async (trx, change) => {
    // Two first setups at once: the second waits here and then finds the first's account.
    await serialiseOn(trx, 'staff:first-national');
    if ((await countStaff(trx)) > 0) throw new AppError('setup_done');
    return createAccount(trx, change, { ...input, role: 'national', regions: [] });
  });
}

/** Adds a staff account; `actor` null means the CLI (trusted operator on the server). */
export async function addStaff(ctx: Context, actor: StaffActor | null, input: NewStaff) {
  const regions = input.role === 'national' ? [] : [...new Set(input.regions)];
  if (needsRegions(input.role, regions)) throw regionsRequired();
  if (actor && !canManageAccount(actor, input.role, regions)) throw new AppError('forbidden');
  return commitChange(ctx, actor, (trx, change) => createAccount(trx, change, { ...input, regions }));
}

/** 400 naming the field: a staff account other than the national team's without a region. */
function regionsRequired() {
  return new AppError('regions_required', {}, [
    { path: 'body.regions', message: 'elige al menos una región (solo el equipo nacional no tiene región)' },
  ]);
}

async function createAccount(db: Db, change: Change, input: NewStaff) {
  if (await findStaffByEmail(db, input.email)) throw new AppError('already_exists', { what: input.email });
  const id = await insertStaff(db, {
    email: input.email,
    name: input.name,
    role: input.role,
    password_hash: await hashPassword(input.password),
    locale: input.locale,
    created_at: now(),
    disabled_at: null,
  });
  const regions = input.role === 'national' ? [] : input.regions;
  await replaceStaffRegions(db, id, regions);
  const after = { id, email: input.email, name: input.name, role: input.role, regions };
  await change.audit({
    action: 'staff.create',
    entity: 'staff_user',
    entityId: id,
    regionCode: regions[0] ?? null,
    after,
  });
  return after;
}

export async function updateStaffAccount(ctx: Context, actor: StaffActor, id: number, patch: StaffPatch) {
  const updated = await commitChange(ctx, actor, async (trx, change) => {
    const user = await findStaffById(trx, id);
    if (!canListStaff(actor)) throw new AppError('forbidden');
    const currentRegions = user ? ((await regionsByUser(trx, [id])).get(id) ?? []) : [];
    // An account out of the caller's reach (also one without regions) is not found: nothing about it shows.
    if (!user || !canSeeAccount(actor, user.role, currentRegions)) {
      throw new AppError('not_found', { what: `usuario ${id}` });
    }
    const role = patch.role ?? user.role;
    const regions = role === 'national' ? [] : patch.regions ? [...new Set(patch.regions)] : currentRegions;
    if ((patch.role !== undefined || patch.regions !== undefined) && needsRegions(role, regions)) {
      throw regionsRequired();
    }
    if (!canManageAccount(actor, user.role, currentRegions) || !canManageAccount(actor, role, regions)) {
      throw new AppError('forbidden');
    }
    if (
      actor.id === id &&
      (patch.disabled || (patch.role && patch.role !== 'national' && user.role === 'national'))
    ) {
      throw new AppError('rule_broken', {
        detail: 'No puedes quitarte a ti mismo el acceso de equipo nacional.',
      });
    }
    const before = {
      name: user.name,
      role: user.role,
      regions: currentRegions,
      locale: user.locale,
      disabled: !!user.disabled_at,
    };
    await updateStaff(trx, id, {
      name: patch.name ?? user.name,
      role,
      locale: patch.locale ?? user.locale,
      disabled_at: patch.disabled === undefined ? user.disabled_at : patch.disabled ? now() : null,
      ...(patch.password ? { password_hash: await hashPassword(patch.password) } : {}),
    });
    await replaceStaffRegions(trx, id, regions);
    if (patch.disabled || patch.password) await deleteSessionsOfUser(trx, id);
    const after = {
      name: patch.name ?? user.name,
      role,
      regions,
      locale: patch.locale ?? user.locale,
      disabled: patch.disabled ?? !!user.disabled_at,
      passwordChanged: !!patch.password,
    };
    await change.audit({
      action: 'staff.update',
      entity: 'staff_user',
      entityId: id,
      regionCode: regions[0] ?? null,
      before,
      after,
    });
    return { id, email: user.email, ...after };
  });
  // Once the sessions are gone for good: the open live sockets of the account close too (and a
  // reconnection finds no session).
  if (patch.disabled || patch.password) await ctx.sockets.closeStaff(id);
  return updated;
}

export async function listStaffFor(ctx: Context, actor: StaffActor) {
  if (!canListStaff(actor)) throw new AppError('forbidden');
  const users = await listStaff(ctx.db, actor.role === 'national' ? 'all' : actor.regions);
  const regions = await regionsByUser(
    ctx.db,
    users.map((user) => user.id),
  );
  return users
    .filter((user) => canSeeAccount(actor, user.role, regions.get(user.id) ?? []))
    .map((user) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      regions: regions.get(user.id) ?? [],
      disabled: !!user.disabled_at,
      createdAt: user.created_at,
    }));
}

/** Checks the password and opens a session; returns the cookie token (stored only as a hash). */
export async function login(ctx: Context, email: string, password: string, code?: string) {
  const user = await findStaffByEmail(ctx.db, email);
  dummyHash ??= hashPassword('minga-timing-equaliser');
  const valid = await verifyPassword(user?.password_hash ?? (await dummyHash), password);
  if (!user || !valid || user.disabled_at) throw new AppError('bad_credentials');
  const pending = await checkSecondFactor(ctx, user, code);
  if (pending) return pending;
  return openSession(ctx, user.id);
}

/** Opens a session for an account whose identity was proven (password, or an identity provider). */
export async function openSession(ctx: Context, userId: number) {
  const token = newToken();
  const created = new Date();
  const expires = new Date(created.getTime() + ctx.config.SESSION_HOURS * 3600_000);
  await insertSession(ctx.db, {
    id: hashToken(token),
    user_id: userId,
    csrf_token: newToken(),
    created_at: created.toISOString(),
    expires_at: expires.toISOString(),
  });
  return { token, expires };
}

export async function logout(ctx: Context, sessionId: string) {
  await deleteSession(ctx.db, sessionId);
  await ctx.sockets.closeSession(sessionId);
}

export function describeMe(actor: StaffActor) {
  return {
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    regions: actor.regions,
    locale: actor.locale,
    csrfToken: actor.csrfToken,
  };
}
