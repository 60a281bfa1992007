/**
 * One HTTP endpoint as the web needs it at run time: its method and URL template, written once.
 *
 * Zod-free on purpose. The web imports the endpoint tables (`src/modules/endpoints.ts`) to build
 * its requests; zod would add about 32 kB gzip to every page, the phone room included. Each
 * module's `contract.ts` pairs these with the zod schemas (request and response), which the server
 * validates with and the web takes its types from, with `import type` only.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Endpoint<M extends Method = Method, U extends string = string> {
  readonly method: M;
  readonly url: U;
  /** The response is a file of this content type (a download), not JSON. */
  readonly file?: string;
  /** The request is a multipart upload (FormData), not JSON. */
  readonly upload?: true;
  /** Not HTTP: a WebSocket the page opens at this URL. */
  readonly socket?: true;
}

interface Options {
  file?: string;
  upload?: true;
}

const make =
  <M extends Method>(method: M) =>
  <U extends string, O extends Options = Record<never, never>>(url: U, options?: O) =>
    ({ method, url, ...options }) as { readonly method: M; readonly url: U } & Readonly<O>;

export const get = make('GET');
export const post = make('POST');
export const put = make('PUT');
export const patch = make('PATCH');
export const del = make('DELETE');

/** A WebSocket URL (`/ws/...`), kept with the HTTP ones so the web writes no URL itself. */
export const socket = <U extends string>(url: U) => ({ method: 'GET', url, socket: true }) as const;

/** The URL of an endpoint with its `:name` placeholders filled in and its query appended. */
export function urlOf(
  endpoint: Pick<Endpoint, 'url'>,
  params?: Record<string, unknown>,
  query?: Record<string, unknown>,
): string {
  // A value goes in as it is written in text, as the web's template strings did.
  const path = endpoint.url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(params?.[name])),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      search.append(name, String(item));
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
