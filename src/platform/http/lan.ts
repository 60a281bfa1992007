import { isIP } from 'node:net';
import os from 'node:os';
import type { FastifyRequest } from 'fastify';

/** The cookie in which a console remembers which of the laptop's addresses phones should use. */
export const lanCookie = 'minga_lan';

const wildcard = new Set(['0.0.0.0', '::', '::0']);

/** Private ranges first (the venue's Wi-Fi), then other addresses; link-local last. */
function rankOf(address: string): number {
  if (address.startsWith('192.168.')) return 0;
  if (address.startsWith('10.')) return 1;
  if (/^172\.(1[6-9]|2\d|3[01])\./.test(address)) return 2;
  if (address.startsWith('169.254.')) return 9;
  return 5;
}

/** The machine's IPv4 addresses other than loopback, best guess for "the room's network" first. */
export function machineAddresses(): string[] {
  const found: string[] = [];
  for (const entries of Object.values(os.networkInterfaces()))
    for (const entry of entries ?? [])
      if (entry.family === 'IPv4' && !entry.internal && !found.includes(entry.address))
        found.push(entry.address);
  return found.sort((a, b) => rankOf(a) - rankOf(b));
}

/**
 * The addresses on which the server can be reached from another device: every non-loopback
 * address when it listens on all interfaces (HOST=0.0.0.0, the default), the one it is bound to
 * when that is not loopback, none when it listens on loopback only.
 */
export function listeningAddresses(bound: string | undefined): string[] {
  if (!bound) return [];
  if (wildcard.has(bound)) return machineAddresses();
  if (isLoopback(bound)) return [];
  return isIP(bound) === 4 ? [bound] : [];
}

export function isLoopback(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(bare) ||
    bare === '::ffff:127.0.0.1'
  );
}

/** The host and port a request was addressed to, split (IPv6 literals keep their brackets). */
function hostParts(host: string): { hostname: string; port: string | null } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  return match ? { hostname: match[1], port: match[2] ?? null } : { hostname: host, port: null };
}

export interface JoinAddresses {
  /** The base of join links for this request (no trailing slash). */
  baseUrl: string;
  /** Where it comes from: PUBLIC_URL, the laptop's LAN address, or the host the page was opened on. */
  source: 'public' | 'lan' | 'request';
  /** The LAN addresses the console may choose from (when the page was opened on loopback). */
  addresses: string[];
  /** The address in use, when `source` is `lan`. */
  chosen: string | null;
}

/**
 * The base of join links and QR codes: PUBLIC_URL when set; else, when the page was opened on the
 * laptop itself (localhost), the laptop's address on the room's network, which a phone can open
 * (the one chosen in the console, remembered in a cookie, or the likeliest); else the host the
 * request came to.
 */
export function joinAddressesOf(request: FastifyRequest): JoinAddresses {
  const publicUrl = request.server.ctx.config.PUBLIC_URL;
  if (publicUrl)
    return { baseUrl: publicUrl.replace(/\/+$/, ''), source: 'public', addresses: [], chosen: null };
  const own = `${request.protocol}://${request.host}`;
  const { hostname, port } = hostParts(request.host);
  if (!isLoopback(hostname)) return { baseUrl: own, source: 'request', addresses: [], chosen: null };
  const bound = request.server.server.address();
  const addresses = listeningAddresses(typeof bound === 'object' && bound ? bound.address : undefined);
  if (addresses.length === 0) return { baseUrl: own, source: 'request', addresses, chosen: null };
  const wanted = request.cookies?.[lanCookie];
  const chosen = wanted && addresses.includes(wanted) ? wanted : addresses[0];
  const base = `${request.protocol}://${chosen}${port ? `:${port}` : ''}`;
  return { baseUrl: base, source: 'lan', addresses, chosen };
}
