import i18n from 'i18next';

export interface ApiIssue {
  path: string;
  message: string;
}

/** An error the server explained: stable code, message in the user's language, issues per field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string) {
  csrfToken = token;
}

const deviceKey = (dialogueCode: string) => `minga.device.${dialogueCode}`;
export const deviceToken = {
  get: (code: string) => localStorage.getItem(deviceKey(code)) ?? '',
  set: (code: string, token: string) => localStorage.setItem(deviceKey(code), token),
  clear: (code: string) => localStorage.removeItem(deviceKey(code)),
};

export interface RequestOptions {
  device?: string;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * JSON over fetch, for the typed client (client.ts `call`), which builds every URL from the
 * server's endpoint table: sends the CSRF token on writes and the locale; throws ApiError on refusals. */
export async function api<T = unknown>(
  method: string,
  url: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      signal: options.signal,
      headers: {
        accept: 'application/json',
        'x-minga-locale': i18n.language?.startsWith('en') ? 'en' : 'es',
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...(options.device ? { 'x-device-token': options.device } : {}),
        ...options.headers,
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('common.networkError'));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = (data as { error?: { code: string; message: string; issues?: ApiIssue[] } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http',
      error?.message ?? i18n.t('common.unknownError'),
      error?.issues ?? [],
    );
  }
  return data as T;
}

/** Field errors of an ApiError keyed by the last path segment (body.email → email). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.replace(/^(body|query|params)\./, '');
    out[key] ??= issue.message;
  }
  return out;
}
