import { z } from 'zod';
import { type Config, loadConfig } from '../platform/config.js';
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

/**
 * The CLI speaks Spanish unless MINGA_LOCALE or LANG says English (read through the validated
 * config; with a config that does not validate, the message about it is in Spanish).
 */
export function cliLocale(): Locale {
  return cliConfig()?.cliLocale ?? 'es';
}

/** The config when it validates, else null: for the CLI's own choices while it reports a failure. */
export function cliConfig(): Config | null {
  try {
    return loadConfig();
  } catch {
    return null;
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** zod parse options that word validation messages in the CLI's language. */
export function cliParseOptions() {
  return { error: (cliLocale() === 'en' ? z.locales.en() : z.locales.es()).localeError };
}
