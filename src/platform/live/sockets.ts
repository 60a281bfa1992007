import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { z } from 'zod';
import type { Config } from '../config.js';
import { AppError, isAppError } from '../errors/index.js';
import type { LiveHub } from './hub.js';

/** Who holds a socket, once it said so: the keys it is counted and closed by. */
export interface SocketOwner {
  participantId?: number;
  staffUserId?: number;
  sessionId?: string;
  /** A projector opened with a dialogue's screen link (its secret): closed when the link is revoked. */
  screenKey?: string;
}

interface Tracked {
  address: string;
  keys: string[];
  close(error: AppError): void;
}

/** The room on the hub where instances ask each other to close sockets. */
const controlRoom = 'live:control';

const participantKey = (id: number) => `participant:${id}`;
const staffKey = (id: number) => `staff:${id}`;
const sessionKey = (id: string) => `session:${id}`;
const screenKey = (key: string) => `screen:${key}`;

/**
 * Every live socket of this instance: counted per address, device, staff session and in all (the
 * limits of config.ts), and findable by session, staff account or participant so that logout,
 * disabling an account and erasing a participant close them. A close request is also published on
 * the hub, so with Redis every instance closes its own sockets.
 */
export class SocketRegistry {
  private readonly all = new Set<Tracked>();
  private readonly byAddress = new Map<string, number>();
  private readonly byKey = new Map<string, Set<Tracked>>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly config: Config,
    private readonly hub: LiveHub,
  ) {
    this.unsubscribe = hub.subscribe(controlRoom, (event) => {
      const key = (event.payload as { key?: unknown } | null)?.key;
      if (event.type === 'close' && typeof key === 'string') this.closeLocal(key);
    });
  }

  get size() {
    return this.all.size;
  }

  /** Counts a new socket by address and in all, or says which limit it would break. */
  admit(address: string, close: Tracked['close']): Tracked | AppError {
    if (this.all.size >= this.config.LIVE_SOCKETS_TOTAL) return new AppError('live_server_full');
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (fromAddress >= this.config.LIVE_SOCKETS_PER_ADDRESS)
      return new AppError('live_address_limit', { limit: this.config.LIVE_SOCKETS_PER_ADDRESS });
    const tracked: Tracked = { address, keys: [], close };
    this.all.add(tracked);
    this.byAddress.set(address, fromAddress + 1);
    return tracked;
  }

  /** Files an admitted socket under its owner, or says which per-owner limit it would break. */
  identify(tracked: Tracked, owner: SocketOwner): AppError | null {
    if (owner.participantId !== undefined) {
      const key = participantKey(owner.participantId);
      const limit = this.config.LIVE_SOCKETS_PER_DEVICE;
      if ((this.byKey.get(key)?.size ?? 0) >= limit) return new AppError('live_device_limit', { limit });
      this.file(tracked, key);
    }
    if (owner.sessionId !== undefined) {
      const key = sessionKey(owner.sessionId);
      const limit = this.config.LIVE_SOCKETS_PER_SESSION;
      if ((this.byKey.get(key)?.size ?? 0) >= limit) return new AppError('live_session_limit', { limit });
      this.file(tracked, key);
    }
    if (owner.staffUserId !== undefined) this.file(tracked, staffKey(owner.staffUserId));
    if (owner.screenKey !== undefined) this.file(tracked, screenKey(owner.screenKey));
    return null;
  }

  release(tracked: Tracked) {
    if (!this.all.delete(tracked)) return;
    const left = (this.byAddress.get(tracked.address) ?? 1) - 1;
    if (left > 0) this.byAddress.set(tracked.address, left);
    else this.byAddress.delete(tracked.address);
    for (const key of tracked.keys) {
      const set = this.byKey.get(key);
      set?.delete(tracked);
      if (set?.size === 0) this.byKey.delete(key);
    }
    tracked.keys = [];
  }

  /** Closes the sockets of a staff session (logout), here and on every other instance. */
  closeSession(sessionId: string) {
    return this.closeEverywhere(sessionKey(sessionId));
  }

  /** Closes the sockets of every session of a staff account (disabled, password changed). */
  closeStaff(userId: number) {
    return this.closeEverywhere(staffKey(userId));
  }

  /** Closes the sockets of a participant's device (erasure). */
  closeParticipant(participantId: number) {
    return this.closeEverywhere(participantKey(participantId));
  }

  /** Closes the projectors opened with a screen link (revoked or replaced). */
  closeScreen(key: string) {
    return this.closeEverywhere(screenKey(key));
  }

  close() {
    this.unsubscribe();
  }

  private file(tracked: Tracked, key: string) {
    const set = this.byKey.get(key) ?? new Set<Tracked>();
    this.byKey.set(key, set);
    set.add(tracked);
    tracked.keys.push(key);
  }

  private async closeEverywhere(key: string) {
    // Here at once (the caller's answer already finds them closed), then on the other instances;
    // Redis away only leaves theirs open until the keep-alive or the next reconnection fails.
    this.closeLocal(key);
    await this.hub.publish(controlRoom, { id: 0, type: 'close', payload: { key } }).catch(() => undefined);
  }

  private closeLocal(key: string) {
    for (const tracked of [...(this.byKey.get(key) ?? [])]) {
      this.release(tracked);
      tracked.close(new AppError('live_closed'));
    }
  }
}

/** What a channel's code gets to talk to its socket. */
export interface LiveSocket {
  readonly request: FastifyRequest;
  send(message: unknown): void;
  /** Runs when the socket closes, for whatever reason (unsubscribe from the hub). */
  onClose(cleanup: () => void): void;
  readonly closed: boolean;
}

export interface Channel<Hello> {
  /**
   * The first message the client must send (validated), e.g. a device token and the last event id
   * seen; without it the socket is authorised from the upgrade request alone (the staff cookie).
   */
  hello?: z.ZodType<Hello>;
  /** Who is asking, or an AppError (unauthenticated, not_found, …). */
  authorise(request: FastifyRequest, hello: Hello | undefined): Promise<SocketOwner>;
  /** Subscribes and sends `ready` (and whatever the client needs to catch up). */
  open(live: LiveSocket, hello: Hello | undefined): Promise<void>;
}

/** A client must say hello within this time; a silent socket only holds a slot. */
const helloTimeoutMs = 10_000;
/** A ping every so often keeps proxies from dropping an idle link; a missed pong ends it. */
const keepAliveMs = 25_000;

/**
 * The origins a browser page of this server has: the Host it asked for (and the forwarded host when
 * a trusted proxy says so), and PUBLIC_URL. No Origin at all is a non-browser client (tests, CLI):
 * it carries no ambient cookie of a visited page, so it is let through to the usual authentication.
 */
export function originAllowed(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (!host) return false; // "null" (sandboxed frames, files)
  if (config.PUBLIC_URL && new URL(config.PUBLIC_URL).host === host) return true;
  return host === request.headers.host || host === request.host;
}

/** Closes with 4000 + the catalogue status (4401, 4403, 4429…): readable without parsing. */
const closeCode = (error: AppError) => 4000 + (error.status % 1000);

/**
 * Every upgrade request, on whatever path, before any route runs: a page of another origin is
 * refused (403), and an upgrade to anything but a live route is not found (404), where
 * @fastify/websocket would accept it and close it at once. Answered by the app's error handler.
 */
export function guardUpgrades(app: FastifyInstance) {
  // A callback hook, not an async one: it runs on every request, and a plain one costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    if (!request.ws) return done();
    if (!originAllowed(request, app.ctx.config)) return done(new AppError('live_origin_refused'));
    if (!request.routeOptions.config?.liveSocket)
      return done(new AppError('not_found', { what: request.url.split('?')[0] }));
    done();
  });
}

/**
 * Declares a live WebSocket route (Origin checked before the upgrade by guardUpgrades), then one
 * layer for every channel: limits, hello with a timeout, authorisation, keep-alive, pong, closing
 * on request.
 */
export function liveSocketRoute<Hello>(app: FastifyInstance, url: string, channel: Channel<Hello>) {
  const ctx = app.ctx;
  app.get(
    url,
    {
      websocket: true,
      config: { liveSocket: true },
    },
    (socket: WebSocket, request: FastifyRequest) => {
      const cleanups: Array<() => void> = [];
      let closed = false;
      let started = false;
      let alive = true;
      const send = (message: unknown) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
      };
      const fail = (error: AppError) => {
        send({ type: 'error', code: error.code, message: error.messageIn(request.locale) });
        socket.close(closeCode(error), error.code);
      };
      const admitted = ctx.sockets.admit(request.ip ?? 'unknown', fail);
      if (isAppError(admitted)) {
        closed = true;
        fail(admitted);
        return;
      }
      const timer = channel.hello
        ? setTimeout(() => fail(new AppError('invalid_input')), helloTimeoutMs)
        : undefined;
      const keepAlive = setInterval(() => {
        if (!alive) return socket.terminate();
        alive = false;
        if (socket.readyState === socket.OPEN) socket.ping();
      }, keepAliveMs);
      socket.on('pong', () => {
        alive = true;
      });
      socket.on('close', () => {
        closed = true;
        clearTimeout(timer);
        clearInterval(keepAlive);
        ctx.sockets.release(admitted);
        for (const cleanup of cleanups.splice(0)) cleanup();
      });
      const live: LiveSocket = {
        request,
        send,
        onClose(cleanup) {
          if (closed) cleanup();
          else cleanups.push(cleanup);
        },
        get closed() {
          return closed;
        },
      };

      const start = async (raw: string | null) => {
        let hello: Hello | undefined;
        if (channel.hello) {
          const parsed = channel.hello.safeParse(parseJson(raw ?? ''));
          if (!parsed.success) throw new AppError('invalid_input');
          hello = parsed.data;
        }
        const owner = await channel.authorise(request, hello);
        if (closed) return;
        const refused = ctx.sockets.identify(admitted, owner);
        if (refused) throw refused;
        await channel.open(live, hello);
      };
      const run = (raw: string | null) => {
        started = true;
        clearTimeout(timer);
        start(raw).catch((error: unknown) => {
          if (!isAppError(error)) request.log.error({ err: error, url }, 'live socket failed');
          fail(isAppError(error) ? error : new AppError('internal'));
        });
      };
      socket.on('message', (raw) => {
        alive = true;
        if (!started && channel.hello) return run(String(raw));
        if (String(raw).includes('"ping"')) send({ type: 'pong' });
      });
      if (!channel.hello) run(null);
    },
  );
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
