export interface ErrorEntry {
  status: 400 | 401 | 403 | 404 | 408 | 409 | 413 | 414 | 415 | 422 | 429 | 431 | 500 | 503;
  es: string;
  en: string;
}
export type ErrorEntries = Record<string, ErrorEntry>;
