import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError, type Locale } from '../../platform/errors/index.js';
import { formatBytes, uploadLimits } from '../../platform/files/limits.js';
import { ownWording } from '../../platform/http/issues.js';
import { issuesOf } from '../../platform/http/route.js';
import { ratings } from '../../platform/vocabulary.js';

/**
 * The venue kit's two files, JSON, versioned, each an envelope around a signed body:
 *
 *   { "format": "minga-venue-checkout" | "minga-venue-export", "version": 1,
 *     "signature": "<hex HMAC-SHA256 of JSON.stringify(body)>", "body": { ... } }
 *
 * Both are signed with the checkout's own secret, a random key the national store makes for each
 * checkout and keeps in `venue_checkouts`. The checkout file carries that secret to the laptop, so
 * the laptop can tell a damaged or edited checkout file from a good one; the export is signed with
 * the same secret, which only the national store and that laptop hold, so the national store knows
 * the export comes from the laptop it gave the dialogue to and that nobody changed it on the way. A
 * checkout file made up from nothing opens on a laptop, but its export is refused at home: no
 * checkout of that id, with that secret, was ever given out.
 */
export const formatVersion = 1;
export const checkoutFormat = 'minga-venue-checkout';
export const exportFormat = 'minga-venue-export';
export type VenueKind = typeof checkoutFormat | typeof exportFormat;

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const optText = (max: number) => z.string().max(max).nullable();
const at = z.string().max(40);
const optAt = at.nullable();
const statusSchema = z.enum(['draft', 'open', 'live', 'closed']);
const phaseSchema = z.enum(['ideation', 'voting', 'evaluation']).nullable();

/** A dialogue's settings, the same on both files: what "edited" compares. */
const settingsSchema = z.object({
  regionCode: z.string().regex(/^CL-[A-Z]{2}$/),
  title: text(200),
  date: z.iso.date(),
  venue: optText(200),
  agenda: optText(4000),
  dotsPerParticipant: z.number().int().min(1).max(100),
  maxDotsPerIdea: z.number().int().min(1).max(100),
});
export type Settings = z.infer<typeof settingsSchema>;

export const checkoutBody = z.object({
  checkoutId: z.uuid(),
  issuedAt: at,
  /** Given to the laptop so that it can sign the export; never shown. */
  secret: z.string().regex(/^[0-9a-f]{64}$/),
  dialogue: settingsSchema.extend({
    id,
    status: statusSchema,
    phase: phaseSchema,
    joinCode: z.string().min(1).max(20),
    createdAt: at,
    updatedAt: at,
  }),
  questions: z.array(z.object({ id, position: z.number().int(), text: text(500) })).max(20),
  tables: z.array(z.object({ id, number: z.number().int(), name: text(100) })).max(100),
  /** The region's organisations, so that the join form offers them. */
  organizations: z.array(z.object({ name: text(300), kind: optText(40) })).max(20_000),
  /** The accounts that may sign in on the laptop: the dialogue's facilitators and who checked it out. */
  staff: z
    .array(
      z.object({
        email: text(320),
        name: text(200),
        role: z.enum(['national', 'regional', 'facilitator']),
        locale: z.enum(['es', 'en']),
        passwordHash: text(400),
        facilitator: z.boolean(),
      }),
    )
    .max(100),
});
export type CheckoutBody = z.infer<typeof checkoutBody>;

const localRef = id.nullable();

export const exportBody = z.object({
  checkoutId: z.uuid(),
  exportedAt: at,
  dialogue: settingsSchema.extend({
    nationalId: id,
    status: statusSchema,
    phase: phaseSchema,
  }),
  /** `originId`: the national store's id of a question or table that came in the checkout. */
  questions: z
    .array(z.object({ id, originId: localRef, position: z.number().int(), text: text(500) }))
    .max(20),
  tables: z
    .array(z.object({ id, originId: localRef, number: z.number().int().min(0), name: text(100) }))
    .max(100),
  organizations: z.array(z.object({ id, name: text(300), kind: optText(40) })).max(20_000),
  staff: z.array(z.object({ id, email: text(320) })).max(1000),
  participants: z
    .array(
      z.object({
        id,
        table_id: localRef,
        organization_id: localRef,
        name: optText(200),
        email: optText(320),
        sector: optText(60),
        gender: optText(10),
        age_band: optText(10),
        consent_at: optAt,
        notify_consent_at: optAt,
        external_id: optText(200),
        erased_at: optAt,
        created_at: at,
      }),
    )
    .max(50_000),
  ideas: z
    .array(
      z.object({
        id,
        question_id: localRef,
        table_id: localRef,
        participant_id: localRef,
        text: text(4000),
        source: z.enum(['phone', 'card', 'import']),
        hidden_reason: optText(1000),
        hidden_at: optAt,
        merged_into_id: localRef,
        client_key: optText(200),
        external_id: optText(200),
        created_at: at,
        updated_at: at,
      }),
    )
    .max(200_000),
  merges: z
    .array(
      z.object({
        id,
        source_idea_id: id,
        target_idea_id: id,
        merged_by: localRef,
        merged_at: at,
        undone_at: optAt,
      }),
    )
    .max(200_000),
  refunds: z
    .array(z.object({ merge_id: id, participant_id: id, idea_id: id, dots: z.number().int() }))
    .max(500_000),
  votes: z
    .array(z.object({ participant_id: id, idea_id: id, dots: z.number().int().min(0), updated_at: at }))
    .max(1_000_000),
  evaluations: z
    .array(
      z.object({
        participant_id: id,
        rating: z.enum(ratings),
        comment: optText(4000),
        created_at: at,
      }),
    )
    .max(50_000),
  events: z.array(z.object({ type: text(60), payload_json: text(200_000), created_at: at })).max(2_000_000),
});
export type ExportBody = z.infer<typeof exportBody>;

const envelope = z.object({
  format: z.string().max(60),
  version: z.number().int(),
  signature: z.string().max(200),
  body: z.unknown(),
});

export const signatureOf = (secret: string, body: unknown) =>
  createHmac('sha256', Buffer.from(secret, 'hex')).update(JSON.stringify(body)).digest('hex');

export const digestOf = (body: unknown) => createHash('sha256').update(JSON.stringify(body)).digest('hex');

/** The text of a venue file: the envelope, its body signed with `secret`. */
export function writeEnvelope(format: VenueKind, secret: string, body: unknown): string {
  return `${JSON.stringify({ format, version: formatVersion, signature: signatureOf(secret, body), body }, null, 1)}\n`;
}

export function signatureMatches(secret: string, body: unknown, signature: string): boolean {
  const expected = Buffer.from(signatureOf(secret, body), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const kindWords = {
  [checkoutFormat]: { es: 'retiro de diálogo', en: 'dialogue checkout' },
  [exportFormat]: { es: 'exportación de diálogo', en: 'dialogue export' },
} as const;

/**
 * Reads a venue file's bytes (at most `uploadLimits.venueBytes`): the envelope, its kind and
 * version, and the body against its schema. The signature is the caller's to check: the export's
 * secret is in the national store, the checkout's in the file.
 */
export function readEnvelope<K extends VenueKind>(
  bytes: Uint8Array,
  kind: K,
  locale: Locale,
): { body: K extends typeof checkoutFormat ? CheckoutBody : ExportBody; raw: unknown; signature: string } {
  if (bytes.byteLength > uploadLimits.venueBytes)
    throw new AppError('venue_file_too_large', { limit: formatBytes(uploadLimits.venueBytes) });
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new AppError('venue_file_unreadable', {
      detail: locale === 'en' ? 'it is not JSON' : 'no es JSON',
    });
  }
  const outer = envelope.safeParse(json);
  if (!outer.success)
    throw new AppError('venue_file_unreadable', {
      detail: locale === 'en' ? 'format, version or body is missing' : 'faltan format, version o body',
    });
  const { format, version, signature, body } = outer.data;
  if (format !== checkoutFormat && format !== exportFormat)
    throw new AppError('venue_file_unreadable', {
      detail: locale === 'en' ? 'unknown format' : 'formato desconocido',
    });
  if (format !== kind)
    throw new AppError('venue_wrong_kind', {
      foundEs: kindWords[format].es,
      foundEn: kindWords[format].en,
      expectedEs: kindWords[kind].es,
      expectedEn: kindWords[kind].en,
    });
  if (version !== formatVersion) throw new AppError('venue_version', { version, supported: formatVersion });
  const schema = kind === checkoutFormat ? checkoutBody : exportBody;
  const parsed = schema.safeParse(body, ownWording);
  if (!parsed.success)
    throw new AppError(
      'venue_file_unreadable',
      {
        detail:
          locale === 'en' ? 'its content does not match the format' : 'su contenido no sigue el formato',
      },
      issuesOf(parsed.error, 'body', locale).slice(0, 20),
    );
  // The signature and the digest are of the body as written (`raw`), not of the parsed copy.
  return { body: parsed.data as never, raw: body, signature };
}
