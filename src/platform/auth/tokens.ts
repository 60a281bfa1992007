import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token of 32 bytes. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What we store instead of a bearer token: a stolen database gives no working session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
