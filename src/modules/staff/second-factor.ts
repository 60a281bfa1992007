import type QRCodeTypes from 'qrcode';
import type { StaffActor } from '../../platform/auth/actor.js';
import { checkTotp, newTotpSecret, otpauthUri } from '../../platform/auth/totp.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { lazy } from '../../platform/lazy.js';
import { confirmTotpAt, deleteTotp, findTotp, replaceTotp, spendTotpStep } from './queries.js';

declare module '../../platform/db/schema.js' {
  interface Database {
    staff_totp: StaffTotpTable;
  }
}

/** A TOTP second factor of a local account: in force once a first code was right. */
export interface StaffTotpTable {
  user_id: number;
  secret: string;
  confirmed_at: string | null;
  /** The last 30-second step accepted: a code is good once. */
  last_step: number;
  created_at: string;
}

const qrcode = lazy<typeof QRCodeTypes>('qrcode');

/** Whether this account must have a second factor: local national accounts, when the config says so. */
const mustHave = (ctx: Context, role: string) =>
  role === 'national' && ctx.config.NATIONAL_SECOND_FACTOR === 'required';

/** Whether the account signs in with a second factor, and whether its role should. */
export async function secondFactorStatus(ctx: Context, actor: StaffActor) {
  const row = await findTotp(ctx.db, actor.id);
  return {
    enabled: !!row?.confirmed_at,
    recommended: actor.role === 'national',
    required: mustHave(ctx, actor.role),
  };
}

/** A new secret to scan (replacing one not yet confirmed); refused while one is in force. */
export async function enrolTotp(ctx: Context, actor: StaffActor) {
  const current = await findTotp(ctx.db, actor.id);
  if (current?.confirmed_at)
    throw new AppError('rule_broken', {
      detail: 'Ya tienes un segundo factor activo: desactívalo con un código antes de crear otro.',
    });
  return newEnrolment(ctx.db, actor.id, actor.email);
}

async function newEnrolment(db: Db, userId: number, email: string) {
  const secret = newTotpSecret();
  await replaceTotp(db, { user_id: userId, secret, confirmed_at: null, last_step: 0, created_at: now() });
  return enrolmentOf(secret, email);
}

async function enrolmentOf(secret: string, email: string) {
  const uri = otpauthUri(secret, email);
  const svg = await qrcode().toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { secret, uri, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The first right code puts the second factor in force. */
export async function confirmTotp(ctx: Context, actor: StaffActor, code: string) {
  return commitChange(ctx, actor, async (trx, change) => {
    const row = await findTotp(trx, actor.id);
    if (!row || row.confirmed_at) throw new AppError('totp_invalid');
    const step = checkTotp(row.secret, code, row.last_step);
    if (step === null || !(await spendTotpStep(trx, actor.id, step))) throw new AppError('totp_invalid');
    await confirmTotpAt(trx, actor.id, now());
    await change.audit({
      action: 'staff.totp_on',
      entity: 'staff_user',
      entityId: actor.id,
      regionCode: null,
    });
    return { enabled: true, recommended: actor.role === 'national', required: mustHave(ctx, actor.role) };
  });
}

/** Turning it off takes a current code, so a stolen session alone cannot. */
export async function disableTotp(ctx: Context, actor: StaffActor, code: string) {
  return commitChange(ctx, actor, async (trx, change) => {
    if (mustHave(ctx, actor.role)) throw new AppError('totp_mandatory');
    const row = await findTotp(trx, actor.id);
    if (!row?.confirmed_at) throw new AppError('totp_invalid');
    const step = checkTotp(row.secret, code, row.last_step);
    if (step === null || !(await spendTotpStep(trx, actor.id, step))) throw new AppError('totp_invalid');
    await deleteTotp(trx, actor.id);
    await change.audit({
      action: 'staff.totp_off',
      entity: 'staff_user',
      entityId: actor.id,
      regionCode: null,
    });
    return { enabled: false, recommended: actor.role === 'national', required: false };
  });
}

/**
 * Removes an account's second factor from the server's console (`minga user reset-second-factor`),
 * for someone who lost the phone: audited; a required one is asked for again at the next sign-in.
 */
export async function resetSecondFactor(ctx: Context, userId: number): Promise<boolean> {
  return commitChange(ctx, null, async (trx, change) => {
    const row = await findTotp(trx, userId);
    if (!row) return false;
    await deleteTotp(trx, userId);
    await change.audit({
      action: 'staff.totp_reset',
      entity: 'staff_user',
      entityId: userId,
      regionCode: null,
    });
    return true;
  });
}

/**
 * At a password sign-in, after the password was right: an account with a second factor in force
 * needs its current code (totp_required without one, totp_invalid for a wrong or spent one). A
 * national account that must have one and has none gets an enrolment to scan (returned, no
 * session yet); its first right code puts it in force and lets the sign-in go on.
 */
export async function checkSecondFactor(
  ctx: Context,
  user: { id: number; email: string; role: string },
  code: string | undefined,
): Promise<{ enrolment: Awaited<ReturnType<typeof enrolmentOf>> } | null> {
  const db = ctx.db;
  const row = await findTotp(db, user.id);
  if (!row?.confirmed_at && !mustHave(ctx, user.role)) return null;
  if (!row?.confirmed_at) {
    // The same secret until it is confirmed: a second try does not invalidate the QR just scanned.
    if (!code)
      return {
        enrolment: row
          ? await enrolmentOf(row.secret, user.email)
          : await newEnrolment(db, user.id, user.email),
      };
    if (!row) throw new AppError('totp_invalid');
    const step = checkTotp(row.secret, code, row.last_step);
    if (step === null || !(await spendTotpStep(db, user.id, step))) throw new AppError('totp_invalid');
    await commitChange(ctx, null, async (trx, change) => {
      await confirmTotpAt(trx, user.id, now());
      await change.audit({
        action: 'staff.totp_on',
        entity: 'staff_user',
        entityId: user.id,
        regionCode: null,
      });
    });
    return null;
  }
  if (!code) throw new AppError('totp_required');
  const step = checkTotp(row.secret, code, row.last_step);
  if (step === null || !(await spendTotpStep(db, user.id, step))) throw new AppError('totp_invalid');
  return null;
}
