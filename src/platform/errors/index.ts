import { catalogue, type ErrorCode } from './catalogue.js';

export type Locale = 'es' | 'en';
export type { ErrorCode };

export interface ErrorIssue {
  /** Where the problem is: a JSON path ("ideas.0.text") or "file:line: column". */
  path: string;
  message: string;
}

/**
 * The only error type a service throws for something a user did. Its code is stable,
 * its status comes from the catalogue, its message is rendered in the caller's locale.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, string | number>;
  readonly issues: ErrorIssue[];

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, issues: ErrorIssue[] = []) {
    super(render(code, 'en', params));
    this.code = code;
    this.status = catalogue[code].status;
    this.params = params;
    this.issues = issues;
  }

  messageIn(locale: Locale): string {
    return render(this.code, locale, this.params);
  }
}

/**
 * An AppError for a refusal answered by the thousand (a vote over budget): the same error without a
 * stack trace, which costs more to capture than the rest of the refusal.
 */
export function refusal(code: ErrorCode, params: Record<string, string | number> = {}): AppError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new AppError(code, params);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function render(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = catalogue[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
