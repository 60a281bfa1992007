import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded the first time it is used. The heavy ones (spreadsheets, PDF, mail,
 * Redis, PostgreSQL, the stemmer) cost tens of MB each; a server that never exports a PDF or runs
 * without Redis should not carry them (idle memory is a target of the live benchmark).
 */
export function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
