import type { FastifyInstance, FastifyReply } from 'fastify';
import { resolveStaff, SESSION_COOKIE } from '../../platform/auth/actor.js';
import { FailedLogins } from '../../platform/auth/attempts.js';
import { AppError, isAppError } from '../../platform/errors/index.js';
import { route } from '../../platform/http/route.js';
import { staffContract as api } from './contract.js';
import { confirmTotp, disableTotp, enrolTotp, secondFactorStatus } from './second-factor.js';
import {
  addStaff,
  createFirstNational,
  describeMe,
  listStaffFor,
  login,
  logout,
  openSession,
  setupNeeded,
  updateStaffAccount,
} from './service.js';

export async function staffRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const failedLogins = new FailedLogins(ctx.config.LOGIN_RATE_LIMIT, ctx.config.LOGIN_ADDRESS_LIMIT);
  const setCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.PUBLIC_URL?.startsWith('https://') ?? false,
      path: '/',
      expires,
    });

  route(app, {
    ...api.setupNeeded,
    summary: 'Whether the store is empty and the first national account must be created',
    tags: ['staff'],
    access: 'public',
    handler: async () => ({ needed: await setupNeeded(ctx.db) }),
  });

  route(app, {
    ...api.createFirstNational,
    summary: 'Create the first national team account (only on an empty store) and sign in',
    tags: ['staff'],
    access: 'public',
    rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT, timeWindow: '15 minutes' },
    handler: async ({ body, reply }) => {
      const user = await createFirstNational(ctx, body);
      // Signed in at once: whoever set the store up just chose the password (a required second
      // factor is asked for at the next password sign-in).
      const session = await openSession(ctx, user.id);
      setCookie(reply, session.token, session.expires);
      reply.code(201);
      return user;
    },
  });

  route(app, {
    ...api.login,
    summary: 'Sign in with e-mail and password; sets an HTTP-only session cookie',
    tags: ['staff'],
    access: 'public',
    // Failures are limited per account and per address below; this only caps a flood of requests
    // (each one costs an argon2 hash) from one address, high enough for an office's morning.
    rateLimit: { max: Math.max(300, ctx.config.LOGIN_ADDRESS_LIMIT * 4), timeWindow: '15 minutes' },
    handler: async ({ body, request, reply }) => {
      const wait = failedLogins.lockedFor(body.email, request.ip);
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        throw new AppError('login_locked', { minutes: Math.ceil(wait / 60_000) });
      }
      let session: Awaited<ReturnType<typeof login>>;
      try {
        session = await login(ctx, body.email, body.password, body.code);
      } catch (error) {
        // A wrong second-factor code counts as a failure too: six digits must not be guessed at leisure.
        if (isAppError(error) && (error.code === 'bad_credentials' || error.code === 'totp_invalid'))
          failedLogins.fail(body.email, request.ip);
        throw error;
      }
      failedLogins.succeed(body.email);
      // The password was right, but the account must first set up its second factor: no session yet.
      if ('enrolment' in session) return { ok: false, enrolment: session.enrolment };
      // A fresh session id at every login: a planted cookie (fixation) is discarded — but only once
      // the new one exists, so a mistyped password does not sign out whoever is signed in.
      const previous = await resolveStaff(request);
      if (previous) await logout(ctx, previous.sessionId);
      setCookie(reply, session.token, session.expires);
      return { ok: true };
    },
  });

  route(app, {
    ...api.logout,
    summary: 'Sign out: the session is deleted on the server',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor, reply }) => {
      await logout(ctx, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  });

  route(app, {
    ...api.describeMe,
    summary: 'The signed-in staff member, their regions and the CSRF token for writes',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor }) => describeMe(actor),
  });

  route(app, {
    ...api.secondFactorStatus,
    summary: 'Whether the caller signs in with a TOTP second factor (recommended for the national team)',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor }) => secondFactorStatus(ctx, actor),
  });

  route(app, {
    ...api.enrolTotp,
    summary: 'A new TOTP secret and its QR code to scan; in force once confirmed with a code',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor }) => enrolTotp(ctx, actor),
  });

  route(app, {
    ...api.confirmTotp,
    summary: 'Confirm the TOTP second factor with a first code from the app',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor, body }) => confirmTotp(ctx, actor, body.code),
  });

  route(app, {
    ...api.disableTotp,
    summary: 'Turn the TOTP second factor off (needs a current code)',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor, body }) => disableTotp(ctx, actor, body.code),
  });

  route(app, {
    ...api.listStaffFor,
    summary: 'Staff accounts the caller may see',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor }) => ({ users: await listStaffFor(ctx, actor) }),
  });

  route(app, {
    ...api.addStaff,
    summary: 'Add a staff account',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor, body, reply }) => {
      reply.code(201);
      return addStaff(ctx, actor, body);
    },
  });

  route(app, {
    ...api.updateStaffAccount,
    summary: 'Change a staff account (name, role, regions, locale, disabled, password)',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor, params, body }) => updateStaffAccount(ctx, actor, params.id, body),
  });
}
