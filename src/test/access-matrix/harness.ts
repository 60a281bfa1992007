import { strFromU8, unzipSync } from 'fflate';
import type { ApiClient } from '../../test/client.js';
import type { World } from './world.js';

/**
 * The access matrix: every route × every kind of caller, against one region's real data.
 *
 * Callers: `nat` national team; `mgrA` regional manager of region A (CL-BI); `mgrB` regional
 * manager of region B (CL-ML); `facA` facilitator in A who runs the dialogue under test; `facX`
 * facilitator in A who runs another dialogue; `phone` a participant's device token (of the dialogue
 * under test); `anon` nobody.
 *
 * A cell says what the caller gets:
 * - `ok`    allowed: 2xx, or 409/422 (a state rule of the object), or 400 other than invalid_input;
 * - `blind` allowed (as `ok`), but none of the row's secrets may appear: a list of the caller's own
 *           scope that must leave region A's object out;
 * - `401`, `403`, `404`, `422` refused with exactly that status, and the refusal leaks nothing: an
 *           error body only, none of the fixture's texts, no number the request did not carry (a 422
 *           is a file's report: its line numbers and counts pass), and a 404 reads the same as for
 *           an id that does not exist.
 * Whatever the cell, a caller confined to one region never gets a text of the other region: every
 * fixture text carries its region's marker word, looked for in every answer (zips opened).
 */
export const staffRoles = ['nat', 'mgrA', 'mgrB', 'facA', 'facX'] as const;
export const roles = [...staffRoles, 'phone', 'anon'] as const;
export type Role = (typeof roles)[number];
export type Cell = 'ok' | 'blind' | '401' | '403' | '404' | '422';
const cells = new Set<string>(['ok', 'blind', '401', '403', '404', '422']);

/** Words every text of a region's fixtures carries: a response that shows one came from that region. */
export const markers = { A: 'Zafiro', B: 'Topacio' } as const;
/** Callers confined to one region, and the marker of the region they must never see. */
const foreignMarker: Partial<Record<Role, string>> = {
  mgrA: markers.B,
  facA: markers.B,
  facX: markers.B,
  mgrB: markers.A,
};

export type Ids = Record<string, number | string>;

/** What a row's functions see: the ids of region A's objects (with a fresh copy's ids when asked). */
export interface CallContext {
  /** The value of one key of the id map, e.g. `id('/api/plans/:id')`. */
  id(key: string): number;
  text(key: string): string;
  /** A short string unique in this run (for e-mails, labels and keys that must not repeat). */
  unique(): string;
  role: Role;
  world: World;
}

export interface RowOptions {
  /** Id-map entries of this row only (another object than the feature's usual one). */
  ids?: (c: CallContext) => Ids;
  body?: (c: CallContext) => unknown;
  /** A multipart upload instead of a JSON body. */
  file?: (c: CallContext) => { name: string; content: string };
  /** Creates a copy of the object for each allowed call (deletions, status changes); returns id-map overrides. */
  fresh?: (c: CallContext) => Promise<Ids>;
  /**
   * Rows run in groups by ascending order, the rows of a group concurrently: 0 reads and ordinary
   * writes, then what changes the objects others rely on (state changes, merges, re-runs,
   * deletions), and last what ends the callers' sessions.
   */
  order?: number;
  /** For `blind` cells: texts of region A's object that the caller must not get. */
  secrets?: (c: CallContext) => string[];
  /** false when a 404 is about the query (a region), not the path's object, which every caller sees. */
  phantom?: false;
}

export interface Row extends RowOptions {
  /** `METHOD /url` as registered, an optional `?query` with `{key}` placeholders, an optional `#variant`. */
  label: string;
  method: string;
  url: string;
  query: string;
  expect: Record<Role, Cell>;
  order: number;
  /** The access the route is registered with. */
  access: 'staff' | 'participant';
}

function parseCells(label: string, text: string, columns: readonly Role[]): Partial<Record<Role, Cell>> {
  const values = text.trim().split(/\s+/);
  if (values.length !== columns.length || values.some((value) => !cells.has(value)))
    throw new Error(
      `row ${label}: expected ${columns.length} cells of ${[...cells].join('/')}, got "${text}"`,
    );
  return Object.fromEntries(columns.map((role, index) => [role, values[index] as Cell]));
}

function makeRow(
  access: Row['access'],
  line: string,
  columns: readonly Role[],
  fixed: Partial<Record<Role, Cell>>,
  options: RowOptions,
): Row {
  const [left, right] = line.split('|');
  const label = left.trim();
  const [method, ...rest] = label.split(/\s+/);
  const [url, query = ''] = rest.join(' ').split('#')[0].split('?');
  const expect = { ...fixed, ...parseCells(label, right ?? '', columns) } as Record<Role, Cell>;
  return { ...options, label, method, url, query, expect, order: options.order ?? 0, access };
}

/** A staff route: `'METHOD /url?query | nat mgrA mgrB facA facX'`; phones and anonymous get 401. */
export function staff(line: string, options: RowOptions = {}): Row {
  return makeRow('staff', line, staffRoles, { phone: '401', anon: '401' }, options);
}

/** A participant route: `'METHOD /url | nat mgrA mgrB facA facX phone anon'`. */
export function device(line: string, options: RowOptions = {}): Row {
  return makeRow('participant', line, roles, {}, options);
}

export interface Response {
  status: number;
  contentType: string;
  /** Everything readable in the body (a zip's files joined); null when it cannot be read (PDF). */
  text: string | null;
  json: unknown;
}

/** One request as a caller, reading binary bodies too (zips are opened so that their texts are checked). */
export async function call(
  client: ApiClient,
  method: string,
  url: string,
  body: unknown,
  file?: { name: string; content: string },
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (client.sessionCookie) headers.cookie = client.sessionCookie;
  if (client.csrfToken && method !== 'GET') headers['x-csrf-token'] = client.csrfToken;
  if (client.deviceToken) headers['x-device-token'] = client.deviceToken;
  let payload: string | FormData | undefined;
  if (file) {
    payload = new FormData();
    payload.append('file', new Blob([file.content]), file.name);
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(client.baseUrl + url, { method, headers, body: payload });
  const contentType = response.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await response.arrayBuffer());
  let text: string | null;
  if (/zip|spreadsheetml/.test(contentType)) {
    text = Object.entries(unzipSync(bytes))
      .map(([name, data]) => `${name}\n${strFromU8(data)}`)
      .join('\n');
  } else if (contentType.includes('pdf')) text = null;
  else text = new TextDecoder().decode(bytes);
  let json: unknown = null;
  if (contentType.includes('json') && text) json = JSON.parse(text);
  return { status: response.status, contentType, text, json };
}

const numbersIn = (text: string) => new Set(text.match(/\d+/g) ?? []);
const has = (text: string, needle: string) => text.toLowerCase().includes(needle.toLowerCase());

/** A stem of each marker, so that derived texts (theme keywords, stems) are caught too. */
const stem = (marker: string) => marker.slice(0, 5);

export interface Sent {
  url: string;
  body: unknown;
  file?: { name: string; content: string };
}

/**
 * Checks one answer against its cell; returns what is wrong, if anything. `secrets` are the texts of
 * region A's object under test (for `blind` and refusals); `every` all texts of both regions.
 */
export function judge(
  row: Row,
  role: Role,
  sent: Sent,
  response: Response,
  secrets: string[],
  every: string[],
): string[] {
  const where = `${row.label} as ${role} → ${response.status}`;
  const problems: string[] = [];
  const cell = row.expect[role];
  const text = response.text;
  const foreign = foreignMarker[role];
  if (foreign && text !== null && has(text, stem(foreign)))
    problems.push(`${where}: shows data of the other region (${foreign})`);
  if (cell === 'ok' || cell === 'blind') {
    const code = (response.json as { error?: { code?: string } } | null)?.error?.code;
    const allowed =
      (response.status >= 200 && response.status < 300) ||
      response.status === 409 ||
      response.status === 422 ||
      (response.status === 400 && code !== 'invalid_input');
    if (!allowed)
      problems.push(`${where}: expected access (${cell}), got ${code ?? response.text?.slice(0, 200)}`);
    if (cell === 'blind') {
      if (text === null) problems.push(`${where}: a blind cell needs a readable body`);
      else for (const secret of secrets) if (has(text, secret)) problems.push(`${where}: shows «${secret}»`);
    }
    return problems;
  }
  if (response.status !== Number(cell)) {
    problems.push(`${where}: expected ${cell}, got ${response.text?.slice(0, 200)}`);
    return problems;
  }
  // A refusal: an error body and nothing else.
  const error = (response.json as { error?: Record<string, unknown> } | null)?.error;
  const keys = response.json && typeof response.json === 'object' ? Object.keys(response.json) : [];
  if (!error || keys.length !== 1 || typeof error.code !== 'string' || typeof error.message !== 'string')
    problems.push(
      `${where}: a refusal must be {error: {code, message, issues}}, got ${response.text?.slice(0, 200)}`,
    );
  const body = text ?? '';
  for (const secret of every) if (has(body, secret)) problems.push(`${where}: refusal shows «${secret}»`);
  for (const marker of Object.values(markers))
    if (has(body, stem(marker))) problems.push(`${where}: refusal shows a fixture text (${marker})`);
  // A 422 refusal is a file's report (line numbers, counts); the others name at most what was sent.
  const carried = numbersIn(`${sent.url} ${JSON.stringify(sent.body ?? null)} ${sent.file?.content ?? ''}`);
  if (cell !== '422')
    for (const number of numbersIn(body))
      if (!carried.has(number))
        problems.push(`${where}: refusal shows the number ${number} the request did not carry`);
  return problems;
}

/** The refusal of an existing object must read like that of a missing one (ids aside). */
export function sameRefusal(row: Row, role: Role, real: Response, phantom: Response): string[] {
  const code = (response: Response) => (response.json as { error?: { code?: string } } | null)?.error?.code;
  const message = (response: Response) =>
    String((response.json as { error?: { message?: string } } | null)?.error?.message ?? '').replace(
      /\d+/g,
      'N',
    );
  if (phantom.status !== real.status || code(phantom) !== code(real) || message(phantom) !== message(real))
    return [
      `${row.label} as ${role}: refusal differs from a missing id's (${real.status} ${code(real)} «${message(real)}» vs ${phantom.status} ${code(phantom)} «${message(phantom)}»), so it reveals that the object exists`,
    ];
  return [];
}

/** Fills `:param` of a route from the id map: the longest key that is a prefix of the url ending in that param. */
export function fillPath(url: string, ids: Ids): { path: string; missing: string[] } {
  const missing: string[] = [];
  const path = url.replace(/:(\w+)/g, (_, name: string) => {
    const keys = Object.keys(ids).filter(
      (key) =>
        key.endsWith(`:${name}`) && (url === key || url.startsWith(`${key}/`) || url.startsWith(`${key}.`)),
    );
    const key = keys.sort((a, b) => b.length - a.length)[0];
    if (key === undefined) {
      missing.push(name);
      return `:${name}`;
    }
    return encodeURIComponent(String(ids[key]));
  });
  return { path, missing };
}

/** Fills `{key}` placeholders of a query string from the id map. */
export function fillQuery(query: string, ids: Ids): { query: string; missing: string[] } {
  const missing: string[] = [];
  const filled = query.replace(/\{([^}]+)\}/g, (_, key: string) => {
    if (!(key in ids)) {
      missing.push(key);
      return '';
    }
    return encodeURIComponent(String(ids[key]));
  });
  return { query: filled, missing };
}

/** Runs tasks with at most `limit` at a time. */
export async function pooled<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await task(item);
    }
  });
  await Promise.all(workers);
}
