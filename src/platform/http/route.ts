import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { type Actor, resolveActor } from '../auth/actor.js';
import { AppError, type ErrorIssue, type Locale } from '../errors/index.js';
import { cleanTexts, localisedIssue } from './input.js';
import { ownWording, wordIssue } from './issues.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Access = 'public' | 'staff' | 'participant';

export interface RouteSpec<
  B extends z.ZodType,
  Q extends z.ZodType,
  P extends z.ZodType,
  R extends z.ZodType,
  A extends Access,
> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: A;
  body?: B;
  query?: Q;
  params?: P;
  /**
   * The JSON answer, from the module's contract: described in OpenAPI, the web's response type, and
   * the handler's return type (a service answering another shape does not compile). Checked at run
   * time only under NODE_ENV=test, where a response that does not match it is a 500.
   */
  response?: R;
  /** A download: the content type of the file the handler sends (instead of a JSON response). */
  file?: string;
  /** The request is a multipart upload. */
  upload?: true;
  /**
   * For a participant route whose service checks the device again under lock (votes): the device
   * token may be resolved from the recent-devices hint instead of a query.
   */
  deviceCache?: boolean;
  /**
   * For a hot route (votes): a hand-written check that gives the body when it is plainly valid,
   * exactly as `body` would parse it, or undefined to let `body` decide and word the error. A test
   * beside it must hold the two to the same answers.
   */
  quickBody?: (value: unknown) => z.output<B> | undefined;
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
  }) => Promise<z.input<R> | FastifyReply>;
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
  file?: string;
  upload?: true;
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
  R extends z.ZodType = z.ZodUnknown,
  A extends Access = Access,
>(app: FastifyInstance, spec: RouteSpec<B, Q, P, R, A>): void {
  const checkResponse = app.ctx.config.NODE_ENV === 'test' && spec.response ? spec.response : null;
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
    file: spec.file,
    upload: spec.upload,
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
      const body = spec.quickBody?.(request.body) ?? parse(spec.body, request.body, 'body', locale);
      const result = await spec.handler({
        body: body as z.infer<B>,
        query: query as z.infer<Q>,
        params: params as z.infer<P>,
        actor: actor as never,
        request,
        reply,
      });
      if (reply.sent || result === reply) return reply;
      if (result === undefined) return reply.code(204).send();
      if (checkResponse) mustMatch(checkResponse, result, spec);
      return result;
    },
  });
}

/** Under test, a JSON answer that is not what the contract says fails loudly (the drift is a bug). */
function mustMatch(schema: z.ZodType, result: unknown, spec: { method: string; url: string }) {
  const sent = JSON.parse(JSON.stringify(result));
  const checked = schema.safeParse(sent);
  if (checked.success) return;
  const issues = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  const message = `${spec.method} ${spec.url} answered outside its response schema: ${issues}`;
  console.error(message);
  throw new Error(message);
}

function parse<S extends z.ZodType | undefined>(schema: S, value: unknown, where: string, locale: Locale) {
  if (!schema) return value;
  const result = schema.safeParse(value ?? (where === 'body' ? undefined : {}), ownWording);
  if (!result.success) throw new AppError('invalid_input', {}, issuesOf(result.error, where, locale));
  const cleaned = cleanTexts(result.data, where, locale);
  if (cleaned.issues.length > 0) throw new AppError('invalid_input', {}, cleaned.issues);
  return cleaned.value;
}

export function issuesOf(error: z.ZodError, where: string, locale: Locale = 'es'): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: localisedIssue(wordIssue(issue, locale), locale),
  }));
}

export { idParam } from './input.js';
