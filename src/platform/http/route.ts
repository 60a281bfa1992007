import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Actor, resolveActor } from '../auth/actor.js';
import { AppError, type ErrorIssue, type Locale } from '../errors/index.js';
import { cleanTexts, localisedIssue, urlId } from './input.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Access = 'public' | 'staff' | 'participant';

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, A extends Access> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: A;
  body?: B;
  query?: Q;
  params?: P;
  /** Described in OpenAPI; not enforced at run time (the service's types already are). */
  response?: z.ZodType;
  /**
   * For a participant route whose service checks the device again under lock (votes): the device
   * token may be resolved from the recent-devices hint instead of a query.
   */
  deviceCache?: boolean;
  /** Per-route rate limit (requests per window), e.g. login and join. */
  rateLimit?: { max: number; timeWindow: string };
  handler: (input: {
    body: z.infer<B>;
    query: z.infer<Q>;
    params: z.infer<P>;
    actor: A extends 'staff'
      ? Extract<Actor, { kind: 'staff' }>
      : A extends 'participant'
        ? Extract<Actor, { kind: 'participant' }>
        : Actor;
    request: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<unknown>;
}

export interface RegisteredRoute {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: Access;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
}

export function routesOf(app: FastifyInstance): RegisteredRoute[] {
  return app.mingaRoutes;
}

/**
 * Declares one HTTP route: its input is validated with the zod schemas (the same ones the
 * OpenAPI document is generated from), the caller is resolved, and the handler only calls a service.
 */
export function route<
  B extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  P extends z.ZodType = z.ZodUnknown,
  A extends Access = Access,
>(app: FastifyInstance, spec: RouteSpec<B, Q, P, A>): void {
  app.mingaRoutes.push({
    method: spec.method,
    url: spec.url,
    summary: spec.summary,
    tags: spec.tags,
    access: spec.access,
    body: spec.body,
    query: spec.query,
    params: spec.params,
    response: spec.response,
  });
  app.route({
    method: spec.method,
    url: spec.url,
    config: spec.rateLimit ? { rateLimit: spec.rateLimit } : {},
    handler: async (request, reply) => {
      // Who is calling comes first: an unauthenticated request learns nothing about valid input.
      const actor = await resolveActor(request, spec.access, { deviceCache: spec.deviceCache });
      const locale = request.locale;
      const params = parse(spec.params, request.params, 'params', locale);
      const query = parse(spec.query, request.query, 'query', locale);
      const body = parse(spec.body, request.body, 'body', locale);
      const result = await spec.handler({
        body: body as z.infer<B>,
        query: query as z.infer<Q>,
        params: params as z.infer<P>,
        actor: actor as never,
        request,
        reply,
      });
      if (reply.sent) return reply;
      if (result === undefined) return reply.code(204).send();
      return result;
    },
  });
}

const zodLocales = { es: z.locales.es().localeError, en: z.locales.en().localeError };

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string, locale: Locale) {
  if (!schema) return value;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}), {
    error: zodLocales[locale],
  });
  if (!result.success) throw new AppError('invalid_input', {}, issuesOf(result.error, where, locale));
  const cleaned = cleanTexts(result.data, where, locale);
  if (cleaned.issues.length > 0) throw new AppError('invalid_input', {}, cleaned.issues);
  return cleaned.value;
}

export function issuesOf(error: z.ZodError, where: string, locale: Locale = 'es'): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: localisedIssue(issue.message, locale),
  }));
}

/** Common param schema: a positive integer id in the URL, in decimal digits, 1…2³¹−1. */
export const idParam = z.object({ id: urlId });
