import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { featureRoutes } from '../modules/index.js';
import { trustProxyOf } from '../platform/config.js';
import type { Context } from '../platform/context.js';
import { AppError, isAppError, type Locale } from '../platform/errors/index.js';
import { buildOpenApi } from '../platform/http/openapi.js';

/** The checkout's root: the nearest folder above this file with a package.json (src/ or dist/node/). */
function rootFolder(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(folder, 'package.json')) && path.dirname(folder) !== folder)
    folder = path.dirname(folder);
  return folder;
}

const webDist = path.join(rootFolder(), 'web/dist');

export interface AppOptions {
  logger?: boolean;
}

/** Builds the HTTP server around a context; the caller listens and closes. */
export async function buildApp(ctx: Context, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: ctx.config.LOG_LEVEL,
            redact: ['req.headers.cookie', 'req.headers["x-device-token"]', 'req.headers["x-csrf-token"]'],
          },
    bodyLimit: 1024 * 1024,
    // Only configured proxies may name the client (TRUST_PROXY): a forged X-Forwarded-For would
    // otherwise give every request a new address and switch off every per-address limit.
    trustProxy: trustProxyOf(ctx.config),
  });
  app.decorate('ctx', ctx);
  app.decorate('mingaRoutes', []);
  app.decorateRequest('locale', 'es');

  await app.register(cookie);
  // The same headers on every answer, computed once (the Fastify plugin rebuilt them per request,
  // a measurable share of a vote's cost under load).
  const headers = securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: ctx.config.PUBLIC_URL?.startsWith('https://') ? undefined : false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    request.locale = localeOf(request, ctx.config.MINGA_LOCALE);
    reply.headers(headers);
    done();
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request) => {
      const error = new AppError('too_many_requests');
      return {
        statusCode: 429,
        error: { code: error.code, message: error.messageIn(request.locale), issues: [] },
      };
    },
  });
  await app.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1 } });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  app.setErrorHandler((error, request, reply) => {
    if (isAppError(error)) {
      return reply.code(error.status).send({
        error: { code: error.code, message: error.messageIn(request.locale), issues: error.issues },
      });
    }
    const known = fastifyErrorCode(error);
    if (known) {
      const appError = new AppError(known);
      return reply.code(appError.status).send({
        error: { code: appError.code, message: appError.messageIn(request.locale), issues: [] },
      });
    }
    if ((error as { statusCode?: number }).statusCode === 429) {
      return reply.code(429).send(error);
    }
    request.log.error({ err: error }, 'unhandled error');
    const internal = new AppError('internal');
    return reply
      .code(500)
      .send({ error: { code: internal.code, message: internal.messageIn(request.locale), issues: [] } });
  });

  app.get('/health', async () => ({ ok: true }));
  app.get('/api/openapi.json', async () => buildOpenApi(app));

  for (const register of featureRoutes) await app.register(register);

  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      const error = new AppError('route_not_found');
      return reply
        .code(404)
        .send({ error: { code: error.code, message: error.messageIn(request.locale), issues: [] } });
    }
    // The single-page app answers every other GET (client-side routes such as /d/ABC123).
    return reply.type('text/html').sendFile('index.html');
  });

  return app;
}

function localeOf(request: FastifyRequest, fallback: Locale): Locale {
  const explicit = request.headers['x-minga-locale'];
  if (explicit === 'en' || explicit === 'es') return explicit;
  const accepted = request.headers['accept-language'];
  if (typeof accepted === 'string') {
    const first = accepted.split(',')[0]?.trim().toLowerCase() ?? '';
    if (first.startsWith('en')) return 'en';
    if (first.startsWith('es')) return 'es';
  }
  return fallback;
}

/** Maps Fastify's own client errors (bad JSON, wrong content type, too large) to our catalogue. */
function fastifyErrorCode(error: unknown): 'malformed_body' | 'payload_too_large' | 'invalid_input' | null {
  const code = (error as { code?: string }).code;
  const status = (error as { statusCode?: number }).statusCode;
  if (
    code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (error instanceof SyntaxError && status === 400)
  )
    return 'malformed_body';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || code === 'FST_REQ_FILE_TOO_LARGE' || status === 413)
    return 'payload_too_large';
  if (status && status >= 400 && status < 500 && status !== 429) return 'invalid_input';
  return null;
}

/** The headers helmet would set, captured once: our policy has no per-request part (no nonces). */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, response as never, () => undefined);
  return headers;
}
