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
  /** Staff session lifetime in hours. */
  SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Login attempts allowed per IP and e-mail per 15 minutes before 429. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  /** Join-code look-ups allowed per IP per minute before 429 (stops code guessing). */
  JOIN_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
  /** SMTP relay for notifications to participants (devolución). */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  SMTP_FROM: z.string().default('Minga <no-responder@minga.local>'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

export class ConfigError extends Error {}

/** Parses the environment (or the given overrides) once; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigError(`Configuración inválida:\n${problems}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.MINGA_DATA_DIR) };
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
  };
}
