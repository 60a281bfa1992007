import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { featureRoutes } from '../modules/index.js';
import { trustProxyOf } from '../platform/config.js';
import type { Context } from '../platform/context.js';
import { AppError } from '../platform/errors/index.js';
import { uploadLimits } from '../platform/files/limits.js';
import { buildOpenApi } from '../platform/http/openapi.js';
import { guardUpgrades } from '../platform/live/sockets.js';
import { clientErrorHandler, errorBody, frameworkErrors, handleError, localeOf } from './errors.js';

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
    frameworkErrors: frameworkErrors(ctx.config.MINGA_LOCALE),
    clientErrorHandler: clientErrorHandler(ctx.config.MINGA_LOCALE),
  });
  // The API takes JSON and multipart only; text/plain is refused as 415 rather than read.
  app.removeContentTypeParser('text/plain');
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
      return { statusCode: 429, ...errorBody(new AppError('too_many_requests'), request.locale) };
    },
  });
  // Each upload route sets its own, smaller limit (platform/files/limits.ts); this is the ceiling.
  await app.register(multipart, {
    limits: { fileSize: uploadLimits.packageBytes, files: 1, fields: 20, parts: 25 },
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  guardUpgrades(app);

  app.setErrorHandler(handleError);

  app.get('/health', async () => ({ ok: true }));
  app.get('/api/openapi.json', async () => buildOpenApi(app));

  for (const register of featureRoutes) await app.register(register);

  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build wrote .br and .gz beside each file (vite.config.ts): sent as Accept-Encoding
      // asks, with `Vary: Accept-Encoding`; ETags let a second visit get a 304 for index.html.
      preCompressed: true,
      setHeaders: (reply, file) => {
        reply.header('cache-control', cacheControlOf(file));
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb) {
      return reply.code(404).send(errorBody(new AppError('route_not_found'), request.locale));
    }
    // The single-page app answers every other GET (client-side routes such as /d/ABC123).
    return reply.type('text/html').sendFile('index.html');
  });

  return app;
}

/**
 * Hashed files under /assets never change under their name: a year, immutable. Everything else
 * (index.html, the service worker) is checked each time (`no-cache`: an ETag answers 304).
 */
export function cacheControlOf(file: string): string {
  const relative = path.relative(webDist, file).split(path.sep);
  return relative[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache';
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
