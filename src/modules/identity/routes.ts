import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveStaff, SESSION_COOKIE } from '../../platform/auth/actor.js';
import { AppError, isAppError } from '../../platform/errors/index.js';
import { route } from '../../platform/http/route.js';
import { logout } from '../staff/index.js';
import { identityContract as api } from './contract.js';
import { finishStaffLogin, inviteToSso, staffProvider, startStaffLogin } from './service.js';
import { finishVerification, setVerification, startVerification, verificationInfo } from './verified.js';

/** Ties a callback to the browser that started the sign-in (login CSRF). */
const BROWSER_COOKIE = 'minga_oidc';
const callbackPath = '/api/auth/oidc/callback';
const verifyPath = '/api/join/verification/callback';
/** The join code a participant's verification returns to (not a secret). */
const VERIFY_CODE_COOKIE = 'minga_verify_code';

export async function identityRoutes(app: FastifyInstance) {
  const ctx = app.ctx;
  const secure = ctx.config.PUBLIC_URL?.startsWith('https://') ?? false;
  // Where the provider sends the browser back: registered with the provider (see the README).
  const origin = (request: FastifyRequest) =>
    ctx.config.PUBLIC_URL?.replace(/\/$/, '') ?? `${request.protocol}://${request.host}`;
  /** A failed sign-in lands on the login page, which says why in the person's language. */
  const toLogin = (reply: FastifyReply, error: unknown) => {
    const code = isAppError(error) ? error.code : 'oidc_provider_failed';
    if (!isAppError(error)) app.log.error({ err: error }, 'oidc sign-in failed');
    const reason = isAppError(error) && typeof error.params.reason === 'string' ? error.params.reason : '';
    const query = new URLSearchParams({ sso: code, ...(reason ? { reason } : {}) });
    return reply.redirect(`/login?${query}`, 303);
  };

  route(app, {
    ...api.ssoInfo,
    summary: 'Whether staff may sign in through the OpenID Connect provider, and its name',
    tags: ['identity'],
    access: 'public',
    handler: async () => ({ enabled: staffProvider(ctx.config) !== null, name: ctx.config.OIDC_NAME }),
  });

  route(app, {
    ...api.startSso,
    summary: 'Start a staff sign-in at the OpenID Connect provider (redirects there)',
    tags: ['identity'],
    access: 'public',
    rateLimit: { max: Math.max(300, ctx.config.LOGIN_ADDRESS_LIMIT * 4), timeWindow: '15 minutes' },
    handler: async ({ query, request, reply }) => {
      try {
        const start = await startStaffLogin(ctx, {
          redirectUri: `${origin(request)}${callbackPath}`,
          next: query.next,
          invitation: query.invitation,
        });
        reply.setCookie(BROWSER_COOKIE, start.browserToken, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: callbackPath,
          maxAge: start.maxAgeSeconds,
        });
        return reply.redirect(start.url, 303);
      } catch (error) {
        return toLogin(reply, error);
      }
    },
  });

  route(app, {
    ...api.finishSso,
    summary: 'The provider sends the browser back here: verify, match the account, open a session',
    tags: ['identity'],
    access: 'public',
    rateLimit: { max: Math.max(300, ctx.config.LOGIN_ADDRESS_LIMIT * 4), timeWindow: '15 minutes' },
    handler: async ({ query, request, reply }) => {
      const browserToken = request.cookies?.[BROWSER_COOKIE];
      reply.clearCookie(BROWSER_COOKIE, { path: callbackPath });
      try {
        if (query.error) throw new AppError('oidc_denied', { reason: query.error.slice(0, 60) });
        if (!query.code || !query.state) throw new AppError('oidc_login_expired');
        const session = await finishStaffLogin(ctx, {
          state: query.state,
          code: query.code,
          browserToken,
          redirectUri: `${origin(request)}${callbackPath}`,
        });
        // A fresh session id at every sign-in: whoever was signed in on this browser is signed out.
        const previous = await resolveStaff(request);
        if (previous) await logout(ctx, previous.sessionId);
        reply.setCookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: '/',
          expires: session.expires,
        });
        return reply.redirect(session.next, 303);
      } catch (error) {
        return toLogin(reply, error);
      }
    },
  });

  route(app, {
    ...api.inviteToSso,
    summary: 'National team: a link that ties an account to whoever signs in at the provider with it',
    tags: ['identity'],
    access: 'staff',
    handler: async ({ actor, params, request, reply }) => {
      reply.code(201);
      return inviteToSso(ctx, actor, params.id, origin(request));
    },
  });

  route(app, {
    ...api.verificationInfo,
    summary: 'Whether the dialogue of a join code asks participants to verify who they are',
    tags: ['identity'],
    access: 'public',
    rateLimit: { max: ctx.config.JOIN_RATE_LIMIT, timeWindow: '1 minute' },
    handler: async ({ params }) => verificationInfo(ctx, params.code),
  });

  route(app, {
    ...api.startVerification,
    summary: 'A participant starts verifying at the identity provider (ClaveÚnica; redirects there)',
    tags: ['identity'],
    access: 'public',
    rateLimit: { max: ctx.config.JOIN_RATE_LIMIT, timeWindow: '1 minute' },
    handler: async ({ params, request, reply }) => {
      try {
        const start = await startVerification(ctx, params.code, `${origin(request)}${verifyPath}`);
        const options = { httpOnly: true, sameSite: 'lax' as const, secure, path: verifyPath, maxAge: 600 };
        reply.setCookie(BROWSER_COOKIE, start.browserToken, options);
        reply.setCookie(VERIFY_CODE_COOKIE, params.code, options);
        return reply.redirect(start.url, 303);
      } catch (error) {
        const code = isAppError(error) ? error.code : 'oidc_provider_failed';
        return reply.redirect(`/d/${encodeURIComponent(params.code)}?verification=${code}`, 303);
      }
    },
  });

  route(app, {
    ...api.finishVerification,
    summary: 'The provider sends the participant back: the RUN becomes a salted hash and a join ticket',
    tags: ['identity'],
    access: 'public',
    rateLimit: { max: ctx.config.JOIN_RATE_LIMIT, timeWindow: '1 minute' },
    handler: async ({ query, request, reply }) => {
      const browserToken = request.cookies?.[BROWSER_COOKIE];
      const joinCode = request.cookies?.[VERIFY_CODE_COOKIE] ?? '';
      reply.clearCookie(BROWSER_COOKIE, { path: verifyPath });
      reply.clearCookie(VERIFY_CODE_COOKIE, { path: verifyPath });
      const back = /^[A-Za-z0-9]{1,12}$/.test(joinCode) ? `/d/${joinCode}` : '/';
      try {
        if (query.error) throw new AppError('oidc_denied', { reason: query.error.slice(0, 60) });
        if (!query.code || !query.state) throw new AppError('oidc_login_expired');
        const done = await finishVerification(ctx, {
          state: query.state,
          code: query.code,
          browserToken,
          redirectUri: `${origin(request)}${verifyPath}`,
        });
        return reply.redirect(`/d/${encodeURIComponent(done.code)}?verified=${done.ticket}`, 303);
      } catch (error) {
        if (!isAppError(error)) app.log.error({ err: error }, 'participant verification failed');
        const code = isAppError(error) ? error.code : 'oidc_provider_failed';
        return reply.redirect(`${back}?verification=${code}`, 303);
      }
    },
  });

  route(app, {
    ...api.setVerification,
    summary: 'Ask (or stop asking) the participants of a dialogue to verify who they are',
    tags: ['identity'],
    access: 'staff',
    handler: async ({ actor, params, body }) => setVerification(ctx, actor, params.id, body.required),
  });
}
