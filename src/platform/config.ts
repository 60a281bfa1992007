import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place where the environment is read. Every variable is documented here,
 * validated at boot, and never logged in full (secrets are redacted by `describeConfig`).
 */
const ConfigSchema = z.object({
  /** TCP port of the HTTP server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on; 0.0.0.0 so that phones in the room can reach the facilitator's laptop. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Folder of the embedded SQLite store (used when DATABASE_URL is not set). */
  MINGA_DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL connection string; when set, PostgreSQL is the system of record. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'debe comenzar con postgres:// o postgresql://')
    .optional(),
  /** Redis URL; when set, live events fan out across instances through Redis pub/sub. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'debe comenzar con redis:// o rediss://')
    .optional(),
  /** Public base URL used in QR codes, e-mails and links (e.g. https://minga.sence.cl). */
  PUBLIC_URL: z.string().url().optional(),
  /** Default language of server messages when the client does not say. */
  MINGA_LOCALE: z.enum(['es', 'en']).default('es'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Whether local national accounts (password sign-in) must use a TOTP second factor. `required`:
   * a national account without one is asked to enrol at its next password sign-in (scan a QR, type
   * a code) and cannot turn it off; `optional`: recommended on the Security page only.
   */
  NATIONAL_SECOND_FACTOR: z.enum(['optional', 'required']).default('optional'),
  /** Staff session lifetime in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /**
   * Which proxies in front of Minga may say who the client is (X-Forwarded-For). Unset: none, the
   * address is the TCP peer's, so a forged header changes nothing. Otherwise a comma list of the
   * proxies' addresses or CIDR ranges, or `loopback` (a proxy on the same machine), `uniquelocal`,
   * `linklocal`. A hop count is not offered: it cannot tell a proxy from a client who sends the
   * header itself (Fastify also refuses it).
   */
  TRUST_PROXY: z
    .string()
    .refine(
      validTrustProxy,
      'debe ser una lista de IP o CIDR separadas por comas (o loopback, uniquelocal, linklocal)',
    )
    .optional(),
  /**
   * Failed logins allowed per account per 15 minutes; then that account is locked for the rest of
   * the window (successes are not counted, so an office signing in all day is never locked).
   */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(10),
  /**
   * Failed logins allowed per address per 15 minutes, across accounts: higher than per account
   * because an office or a venue shares one address; still stops trying passwords on many accounts.
   */
  LOGIN_ADDRESS_LIMIT: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Join-code look-ups allowed per IP per minute before 429 (stops code guessing). */
  JOIN_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /**
   * Live sockets one participant device may hold at once: a phone with a second tab, plus one
   * reconnection while the server has not yet noticed the old link died. More is a loop or a script.
   */
  LIVE_SOCKETS_PER_DEVICE: z.coerce.number().int().min(1).max(1000).default(4),
  /**
   * Live sockets one staff session may hold: the live console, the projector screen and a few plan
   * or dialogue tabs on the facilitator's laptop.
   */
  LIVE_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).max(1000).default(8),
  /**
   * Live sockets per client address, counted before anyone says who they are: a venue puts a room
   * of 100 phones and the staff laptops behind one Wi-Fi (one NAT address), with room to reconnect.
   */
  LIVE_SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(200),
  /**
   * Live sockets one instance holds in all: several simultaneous dialogues of a few hundred phones
   * each; past it a socket is refused rather than slowing every vote of every room.
   */
  LIVE_SOCKETS_TOTAL: z.coerce.number().int().min(1).max(1_000_000).default(5000),
  /**
   * Staff single sign-on over OpenID Connect: the provider's issuer URL (its discovery document is
   * at ISSUER/.well-known/openid-configuration). Set together with OIDC_CLIENT_ID and
   * OIDC_CLIENT_SECRET, or none of them; https unless the provider is on this machine (loopback).
   */
  OIDC_ISSUER: z
    .string()
    .url()
    .refine(secureOrLoopback, 'debe usar https (o http solo en loopback)')
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  /** The provider's name on the login button («Ingresar con …»). */
  OIDC_NAME: z.string().trim().min(1).max(60).default('la cuenta institucional'),
  /**
   * Verified participants (one person, one voice): the OpenID Connect provider participants prove
   * who they are with — ClaveÚnica, or another that gives the RUN (scope `openid run name`). Same
   * rules as OIDC_*: the three together, https unless on loopback.
   */
  PARTICIPANT_OIDC_ISSUER: z
    .string()
    .url()
    .refine(secureOrLoopback, 'debe usar https (o http solo en loopback)')
    .optional(),
  PARTICIPANT_OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  PARTICIPANT_OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  PARTICIPANT_OIDC_NAME: z.string().trim().min(1).max(60).default('ClaveÚnica'),
  /** SMTP relay for notifications to participants (devolución). */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  SMTP_FROM: z.string().default('Minga <no-responder@minga.local>'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The command line: the system's language, read only to choose the CLI's (see cliLocale). */
  LANG: z.string().optional(),
  /** The command line: password of `minga users add` when `--password` is not given (kept out of history). */
  MINGA_PASSWORD: z.string().optional(),
  /** The command line: print the stack of an unexpected error. */
  MINGA_DEBUG: z
    .enum(['0', '1', 'true', 'false'])
    .transform((value) => value === '1' || value === 'true')
    .optional(),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string; cliLocale: 'es' | 'en' };

/** An https URL, or an http one on loopback (a provider on the same machine, or a test's). */
function secureOrLoopback(value: string): boolean {
  const url = new URL(value);
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The OIDC variables that must be set together. */
const oidcTrios = [
  ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'],
  ['PARTICIPANT_OIDC_ISSUER', 'PARTICIPANT_OIDC_CLIENT_ID', 'PARTICIPANT_OIDC_CLIENT_SECRET'],
] as const;

const proxyNames = new Set(['loopback', 'uniquelocal', 'linklocal']);

function validTrustProxy(value: string): boolean {
  return value.split(',').every((part) => {
    if (proxyNames.has(part.trim())) return true;
    const [address, bits, extra] = part.trim().split('/');
    if (extra !== undefined || isIP(address) === 0) return false;
    if (bits === undefined) return true;
    const max = isIP(address) === 4 ? 32 : 128;
    return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
  });
}

/** The value Fastify's `trustProxy` takes: false (trust nobody) or the proxies' list. */
export function trustProxyOf(config: Config): false | string[] {
  const value = config.TRUST_PROXY;
  if (!value) return false;
  return value.split(',').map((part) => part.trim());
}

export class ConfigError extends Error {}

/** Parses the environment (or the given overrides) once; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ConfigSchema.superRefine((value, context) => {
    for (const trio of oidcTrios) {
      const set = trio.filter((name) => value[name] !== undefined);
      if (set.length === 0 || set.length === trio.length) continue;
      for (const name of trio.filter((name) => value[name] === undefined))
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `falta: ${trio.join(', ')} van juntas (están ${set.join(', ')})`,
        });
    }
  }).safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigError(`Configuración inválida:\n${problems}`);
  }
  // The CLI speaks Spanish unless MINGA_LOCALE (said explicitly, not by default) or LANG says English.
  const explicitLocale = cleaned.MINGA_LOCALE === 'en' || cleaned.MINGA_LOCALE === 'es';
  const cliLocale: 'es' | 'en' = explicitLocale
    ? result.data.MINGA_LOCALE
    : (result.data.LANG ?? '').toLowerCase().startsWith('en')
      ? 'en'
      : 'es';
  return { ...result.data, dataDir: path.resolve(result.data.MINGA_DATA_DIR), cliLocale };
}

/** A log-safe summary: credentials in URLs are masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  const mask = (url?: string) => url?.replace(/\/\/([^:@/]*)(:[^@/]*)?@/, '//$1:***@');
  return {
    port: config.PORT,
    host: config.HOST,
    store: config.DATABASE_URL ? `postgres ${mask(config.DATABASE_URL)}` : `sqlite ${config.dataDir}`,
    redis: mask(config.REDIS_URL) ?? 'none (in-process live hub)',
    smtp: config.SMTP_HOST ? `${config.SMTP_HOST}:${config.SMTP_PORT}` : 'none',
    oidc: config.OIDC_ISSUER ? `${config.OIDC_ISSUER} (${config.OIDC_CLIENT_ID})` : 'none',
  };
}
