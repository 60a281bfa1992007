/** The phone's outbox: ideas and votes not yet confirmed, kept in localStorage with their client keys. */

export type QueuedItem =
  | { kind: 'idea'; clientKey: string; questionId: number; text: string; createdAt: string }
  | { kind: 'vote'; clientKey: string; ideaId: number; delta: number };

const key = (code: string) => `minga.queue.${code}`;

export function readQueue(code: string): QueuedItem[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(key(code)) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export function writeQueue(code: string, items: QueuedItem[]) {
  if (items.length === 0) localStorage.removeItem(key(code));
  else localStorage.setItem(key(code), JSON.stringify(items));
}

/** A random key; crypto.randomUUID needs a secure context, which a phone on the room's LAN lacks. */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
