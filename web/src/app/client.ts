import type { z } from 'zod';
import type { Contracts } from '../../../src/modules/contracts.js';
import { endpoints } from '../../../src/modules/endpoints.js';
import { type Endpoint, urlOf } from '../../../src/platform/http/endpoint.js';
import { type RequestOptions, api as request } from './api.js';

/**
 * The one typed client of the server's API. Endpoints come from the server's table (method and
 * URL, written once in `src/modules/<module>/endpoints.ts`); their request and response types from
 * the module's contract, the zod schemas the server validates with. The web writes no URL and no
 * API type of its own.
 *
 *   const dialogue = await call(api.dialogues.get, { params: { id } });
 */

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;
type OutputOf<S> = S extends z.ZodType ? z.output<S> : unknown;
/** URL parts travel as text: a number is as good as its digits. */
type UrlValues<T> = { [K in keyof T]: T[K] extends string | undefined ? T[K] | number : T[K] };
/** A path parameter read from the page's own route (`useParams`) may be typed as missing. */
type PathValues<T> = { [K in keyof T]: T[K] | number | undefined };

/** What an endpoint takes and answers, as TypeScript types (never present at run time). */
export interface Io {
  params: unknown;
  query: unknown;
  body: unknown;
  response: unknown;
}

export interface TypedEndpoint<T extends Io = Io> extends Endpoint {
  /** Phantom: carries the types only. */
  readonly __types?: T;
}

type IoOf<C> = {
  params: C extends { params: z.ZodType } ? PathValues<InputOf<C['params']>> : undefined;
  query: C extends { query: z.ZodType } ? UrlValues<InputOf<C['query']>> : undefined;
  /** Without a body schema the server reads no body, or reads it itself (a plan file to import). */
  body: C extends { body: z.ZodType } ? InputOf<C['body']> : unknown;
  response: C extends { response: z.ZodType } ? OutputOf<C['response']> : unknown;
};

export type Api = {
  [M in keyof Contracts]: { [K in keyof Contracts[M]]: TypedEndpoint<IoOf<Contracts[M][K]>> };
};

/** Every endpoint of the server, typed: `api.<module>.<endpoint>`. */
export const api = endpoints as unknown as Api;

type TypesOf<E> = E extends TypedEndpoint<infer T> ? T : never;
/** The JSON an endpoint answers with. */
export type ResponseOf<E> = TypesOf<E>['response'];
/** The JSON body an endpoint takes. */
export type BodyOf<E> = TypesOf<E>['body'];
/** The query an endpoint takes. */
export type QueryOf<E> = TypesOf<E>['query'];

type Nothing = Record<never, never>;
/** A part is optional when nothing in it is required (`{}` is sent for a write without a body). */
type Part<Name extends string, T> = undefined extends T
  ? { [K in Name]?: T }
  : Nothing extends T
    ? { [K in Name]?: T }
    : { [K in Name]: T };
export type CallInput<E> = Part<'params', TypesOf<E>['params']> &
  Part<'query', TypesOf<E>['query']> &
  Part<'body', TypesOf<E>['body'] | FormData> &
  RequestOptions;

type Args<E> = Nothing extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** Calls an endpoint: fills the URL, sends the body (JSON, or FormData for an upload), returns the typed answer. */
export function call<E extends TypedEndpoint>(endpoint: E, ...[input]: Args<E>): Promise<ResponseOf<E>> {
  const { params, query, body, ...options } = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
  } & RequestOptions;
  const url = urlOf(endpoint, params, query);
  const withBody = endpoint.method !== 'GET' && endpoint.method !== 'DELETE';
  return request<ResponseOf<E>>(endpoint.method, url, withBody ? (body ?? {}) : undefined, options);
}

/** The address of a download, a QR image or a live socket's path, for `<a href>`, `<img src>` or `useLiveSocket`. */
export function href<E extends TypedEndpoint>(
  endpoint: E,
  input: { params?: TypesOf<E>['params']; query?: TypesOf<E>['query'] } = {},
): string {
  return urlOf(endpoint, input.params as Record<string, unknown>, input.query as Record<string, unknown>);
}

/**
 * A form field as it is sent: the browser's value unchanged, typed as the schema reads it (the
 * server validates it and answers a missing or unknown value with the field's message).
 */
export const formValue = <T extends string>(form: FormData, name: string) => form.get(name) as T;
