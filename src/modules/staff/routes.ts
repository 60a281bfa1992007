import type { FastifyInstance, FastifyReply } from 'fastify';
import { resolveStaff, SESSION_COOKIE } from '../../platform/auth/actor.js';
import { idParam, route } from '../../platform/http/route.js';
import { firstAdminSchema, loginSchema, newStaffSchema, staffPatchSchema } from './schema.js';
import {
  addStaff,
  createFirstNational,
  describeMe,
  listStaffFor,
  login,
  logout,
  setupNeeded,
  updateStaffAccount,
} from './service.js';

export async function staffRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const setCookie = (reply: FastifyReply, token: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.PUBLIC_URL?.startsWith('https://') ?? false,
      path: '/',
      expires,
    });

  route(app, {
    method: 'GET',
    url: '/api/setup',
    summary: 'Whether the store is empty and the first national account must be created',
    tags: ['staff'],
    access: 'public',
    handler: async () => ({ needed: await setupNeeded(ctx.db) }),
  });

  route(app, {
    method: 'POST',
    url: '/api/setup',
    summary: 'Create the first national team account (only on an empty store) and sign in',
    tags: ['staff'],
    access: 'public',
    body: firstAdminSchema,
    rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT, timeWindow: '15 minutes' },
    handler: async ({ body, reply }) => {
      const user = await createFirstNational(ctx, body);
      const session = await login(ctx, body.email, body.password);
      setCookie(reply, session.token, session.expires);
      return reply.code(201).send(user);
    },
  });

  route(app, {
    method: 'POST',
    url: '/api/auth/login',
    summary: 'Sign in with e-mail and password; sets an HTTP-only session cookie',
    tags: ['staff'],
    access: 'public',
    body: loginSchema,
    rateLimit: { max: ctx.config.LOGIN_RATE_LIMIT, timeWindow: '15 minutes' },
    handler: async ({ body, request, reply }) => {
      // A fresh session id at every login: a planted cookie (fixation) is discarded.
      const previous = await resolveStaff(request);
      if (previous) await logout(ctx, previous.sessionId);
      const session = await login(ctx, body.email, body.password);
      setCookie(reply, session.token, session.expires);
      return { ok: true };
    },
  });

  route(app, {
    method: 'POST',
    url: '/api/auth/logout',
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
    method: 'GET',
    url: '/api/auth/me',
    summary: 'The signed-in staff member, their regions and the CSRF token for writes',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor }) => describeMe(actor),
  });

  route(app, {
    method: 'GET',
    url: '/api/staff',
    summary: 'Staff accounts the caller may see',
    tags: ['staff'],
    access: 'staff',
    handler: async ({ actor }) => ({ users: await listStaffFor(ctx, actor) }),
  });

  route(app, {
    method: 'POST',
    url: '/api/staff',
    summary: 'Add a staff account',
    tags: ['staff'],
    access: 'staff',
    body: newStaffSchema,
    handler: async ({ actor, body, reply }) => reply.code(201).send(await addStaff(ctx, actor, body)),
  });

  route(app, {
    method: 'PATCH',
    url: '/api/staff/:id',
    summary: 'Change a staff account (name, role, regions, locale, disabled, password)',
    tags: ['staff'],
    access: 'staff',
    params: idParam,
    body: staffPatchSchema,
    handler: async ({ actor, params, body }) => updateStaffAccount(ctx, actor, params.id, body),
  });
}
