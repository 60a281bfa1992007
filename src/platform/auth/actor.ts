import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { StaffRole } from '../db/schema.js';
import { AppError, type Locale } from '../errors/index.js';
import { allRegionCodes, findParticipantByDevice, findSessionWithUser, regionsOfUser } from './queries.js';
import { hashToken } from './tokens.js';

export const SESSION_COOKIE = 'minga_session';
export const CSRF_HEADER = 'x-csrf-token';
export const DEVICE_HEADER = 'x-device-token';

export interface StaffActor {
  kind: 'staff';
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  /** Regions this person may see: all 16 for the national team. */
  regions: string[];
  locale: Locale;
  sessionId: string;
  csrfToken: string;
}

export interface ParticipantActor {
  kind: 'participant';
  id: number;
  dialogueId: number;
  tableId: number | null;
  /** The hash of the device token the request presented (for a service that checks it again). */
  deviceTokenHash?: string;
}

export interface PublicActor {
  kind: 'public';
}

export type Actor = StaffActor | ParticipantActor | PublicActor;

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is calling, as the route's access level requires; throws 401/403 otherwise. */
export async function resolveActor(
  request: FastifyRequest,
  access: 'public' | 'staff' | 'participant',
  options: { deviceCache?: boolean } = {},
): Promise<Actor> {
  if (access === 'public') return { kind: 'public' };
  if (access === 'participant') return resolveParticipant(request, options.deviceCache === true);
  const staff = await resolveStaff(request);
  if (!staff) throw new AppError('unauthenticated');
  if (!safeMethods.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, staff.csrfToken)) throw new AppError('csrf_failed');
  }
  return staff;
}

/** The signed-in staff member, or null; CSRF is not checked here (read-only use). */
export async function resolveStaff(request: FastifyRequest): Promise<StaffActor | null> {
  const token = request.cookies?.[SESSION_COOKIE];
  if (!token) return null;
  const { db } = request.server.ctx;
  const row = await findSessionWithUser(db, hashToken(token));
  if (!row || row.disabled_at || row.expires_at < new Date().toISOString()) return null;
  const regions = row.role === 'national' ? await allRegionCodes(db) : await regionsOfUser(db, row.id);
  return {
    kind: 'staff',
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    regions,
    locale: row.locale,
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
  };
}

async function resolveParticipant(request: FastifyRequest, cached: boolean): Promise<ParticipantActor> {
  const token = request.headers[DEVICE_HEADER];
  if (typeof token !== 'string' || token.length < 20 || token.length > 200)
    throw new AppError('device_unknown');
  const { db } = request.server.ctx;
  const devices = knownDevicesOf(db);
  // Keyed by the token itself: a phone voting thirty times hashes it once (a SHA-256 hasher per
  // request cost more than the rest of resolving the phone).
  const known = cached ? devices.get(token) : undefined;
  if (known) return known;
  const deviceTokenHash = hashToken(token);
  const row = await findParticipantByDevice(db, deviceTokenHash);
  if (!row) throw new AppError('device_unknown');
  const actor: ParticipantActor = {
    kind: 'participant',
    id: row.id,
    dialogueId: row.dialogue_id,
    tableId: row.table_id,
  };
  // Shared by every later request of this phone: frozen, so no handler can change another's actor.
  const withHash = Object.freeze({ ...actor, deviceTokenHash });
  if (cached) {
    if (devices.size >= 50_000) devices.delete(devices.keys().next().value!);
    devices.set(token, withHash);
  }
  return withHash;
}

/**
 * Device tokens seen recently, for the routes whose service checks the participant again in its
 * own transaction (a vote: its batch locks the participant's row and compares the token hash and
 * erasure there). A hint that saves a query per request, never the authority: an erased
 * participant or a replaced token is refused by that check. Bounded; the oldest entry goes first.
 */
const knownDevices = new WeakMap<object, Map<string, ParticipantActor>>();

/** The hint of one store (a process may serve several, as the tests do). */
function knownDevicesOf(db: object): Map<string, ParticipantActor> {
  let devices = knownDevices.get(db);
  if (!devices) {
    devices = new Map();
    knownDevices.set(db, devices);
  }
  return devices;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
