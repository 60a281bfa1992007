import { z } from 'zod';
import type { ErrorIssue, Locale } from '../errors/index.js';

/**
 * The largest id either store can hold: ids are `integer` columns (32-bit on PostgreSQL), so a
 * bigger one can only be "not found", and sending it to PostgreSQL would be an out-of-range error.
 */
export const maxId = 2 ** 31 - 1;

/** An id inside a JSON body: an integer 1…2³¹−1. */
export const dbId = z.number().int().min(1).max(maxId);

/** A client's idempotency key (a retried request sends the same one): ideas and votes from phones. */
export const clientKey = z.string().trim().min(1).max(100);

/**
 * A whole number written in decimal in a URL (path or query). `z.coerce.number()` reads `0x10` as
 * 16, `1e3` as 1000 and ` 7 ` as 7; here only plain digits are numbers.
 */
export function urlInt(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,16}$/, { error: () => digitsOnly })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** An id in a URL: decimal digits only, 1…2³¹−1. */
export const urlId = urlInt(1, maxId);

/** Common param schema: a positive integer id in the URL, in decimal digits, 1…2³¹−1. */
export const idParam = z.object({ id: urlId });

/** A decimal fraction in a URL query (e.g. a similarity threshold), digits and one dot only. */
export function urlDecimal(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,6}(\.\d{1,6})?$/, { error: () => digitsOnly })
    .transform(Number)
    .pipe(z.number().min(min).max(max));
}

/** Marker replaced by the caller's language in `localisedIssue` (a zod message cannot know it). */
const digitsOnly = 'minga:digits-only';

/** The issue message in the caller's language when it is one of Minga's own markers. */
export function localisedIssue(message: string, locale: Locale): string {
  if (message === digitsOnly)
    return locale === 'es'
      ? 'debe ser un número escrito solo con dígitos'
      : 'must be a number written in digits only';
  return message;
}

// C0 controls except tab, line feed and carriage return (kept: multi-line text), DEL and the C1 block.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Characters that show nothing: zero-width space/joiners, word joiner, byte-order mark.
const invisible = /[\u200B-\u200D\u2060\uFEFF]/g;

const messages = {
  control: {
    es: 'contiene caracteres de control (invisibles) que no se aceptan',
    en: 'contains control (invisible) characters, which are not accepted',
  },
  blank: {
    es: 'solo tiene caracteres invisibles; escribe un texto',
    en: 'has only invisible characters; write a text',
  },
} as const;

/** What is wrong with one text, or null: the rule every text input of Minga follows. */
export function textProblem(value: string): keyof typeof messages | null {
  if (controlCharacters.test(value)) return 'control';
  if (value.length > 0 && value.replace(invisible, '').trim() === '' && invisible.test(value)) {
    invisible.lastIndex = 0;
    return 'blank';
  }
  invisible.lastIndex = 0;
  return null;
}

/**
 * Walks an input that already passed its schema: every string is normalised to NFC (so «é» typed
 * two ways is one text for search and duplicates) and refused when it holds control characters or
 * only invisible ones. One rule for every route, the package import and the CLI, so no field can
 * forget it; a NUL byte in particular never reaches PostgreSQL, where it fails the statement.
 */
export function cleanTexts(
  value: unknown,
  where: string,
  locale: Locale,
): { value: unknown; issues: ErrorIssue[] } {
  const issues: ErrorIssue[] = [];
  const walk = (node: unknown, path: string): unknown => {
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem) issues.push({ path, message: messages[problem][locale] });
      return node.normalize('NFC');
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, `${path}.${index}`));
    if (node && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype) {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) copy[key] = walk(item, `${path}.${key}`);
      return copy;
    }
    return node;
  };
  const cleaned = walk(value, where);
  return { value: cleaned, issues };
}

/**
 * `?format=excel` on a CSV export asks for «CSV para Excel» (`;`, BOM, decimal comma: see
 * platform/files/csv.ts); the standard CSV (comma, UTF-8) is the default.
 */
export const csvFormatQuery = z.object({ format: z.enum(['standard', 'excel']).default('standard') });
