import { z } from 'zod';
import type { Endpoint } from './endpoint.js';

/** The schemas of one endpoint: what it accepts and what it answers. */
export interface Schemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON it answers with (`noContent` for a 204). A file download documents its content type instead. */
  response?: z.ZodType;
}

type SchemasFor<E> = E extends { file: string } | { socket: true }
  ? Omit<Schemas, 'response'>
  : Schemas & { response: z.ZodType };

/**
 * A module's contract: each endpoint of its zod-free table (`endpoints.ts`) with its schemas, under
 * the same name. Every endpoint must have an entry and every JSON one a response schema, so the
 * OpenAPI document is complete and the web's types come from the same schemas the server uses.
 */
export function contract<
  const E extends Record<string, Endpoint>,
  const S extends { [K in keyof E]: SchemasFor<E[K]> },
>(endpoints: E, schemas: S & Record<Exclude<keyof S, keyof E>, never>): { [K in keyof E]: E[K] & S[K] } {
  const out: Record<string, unknown> = {};
  for (const [name, endpoint] of Object.entries(endpoints)) out[name] = { ...endpoint, ...schemas[name] };
  return out as { [K in keyof E]: E[K] & S[K] };
}

/** The response of an endpoint that answers 204 No Content. */
export const noContent = z.void();

/** A timestamp as JSON carries it (ISO 8601 text). */
export const timestamp = z.string();
