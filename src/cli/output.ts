import { z } from 'zod';
import type { Locale } from '../platform/errors/index.js';

/** A refusal the CLI explains in one or more lines and ends with a non-zero exit. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The CLI speaks Spanish unless MINGA_LOCALE or LANG says English. */
export function cliLocale(): Locale {
  const explicit = process.env.MINGA_LOCALE;
  if (explicit === 'en' || explicit === 'es') return explicit;
  return (process.env.LANG ?? '').toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** zod parse options that word validation messages in the CLI's language. */
export function cliParseOptions() {
  return { error: (cliLocale() === 'en' ? z.locales.en() : z.locales.es()).localeError };
}
