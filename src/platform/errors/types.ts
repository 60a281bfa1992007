export interface ErrorEntry {
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  es: string;
  en: string;
}
export type ErrorEntries = Record<string, ErrorEntry>;
