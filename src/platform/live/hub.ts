import { EventEmitter } from 'node:events';
import type * as IORedis from 'ioredis';
import { lazy } from '../lazy.js';

const ioredis = lazy<typeof IORedis>('ioredis');

export interface LiveEvent {
  /** Id of the stored domain event, so a client can ask for what it missed. 0 for ephemeral events. */
  id: number;
  type: string;
  payload: unknown;
}

export type Listener = (event: LiveEvent) => void;

/**
 * Pushes events to rooms (`dialogue:<id>`, `screen:<id>`, `plan:<id>`). In one process an
 * EventEmitter is enough; with REDIS_URL every instance publishes to and hears from Redis.
 */
export interface LiveHub {
  publish(room: string, event: LiveEvent): Promise<void>;
  subscribe(room: string, listener: Listener): () => void;
  close(): Promise<void>;
}

export function createLocalHub(): LiveHub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(room, event) {
      emitter.emit(room, event);
    },
    subscribe(room, listener) {
      emitter.on(room, listener);
      return () => emitter.off(room, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

const channelPrefix = 'minga:live:';

export function createRedisHub(url: string): LiveHub {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const { Redis } = ioredis();
  const publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscriber = new Redis(url, { lazyConnect: false });
  // ioredis reconnects by itself; without a listener each failed attempt is an "unhandled error"
  // line. One warning per half minute says Redis is away without flooding the log.
  let warnedAt = 0;
  const warn = (error: Error) => {
    if (Date.now() - warnedAt < 30_000) return;
    warnedAt = Date.now();
    console.warn(`Redis no responde (${error.message}); los eventos en vivo esperan a que vuelva.`);
  };
  publisher.on('error', warn);
  subscriber.on('error', warn);
  const counts = new Map<string, number>();
  subscriber.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(channelPrefix)) return;
    local.emit(channel.slice(channelPrefix.length), JSON.parse(message) as LiveEvent);
  });
  return {
    async publish(room, event) {
      // Delivered to local listeners through Redis too, so every instance sees one order.
      await publisher.publish(channelPrefix + room, JSON.stringify(event));
    },
    subscribe(room, listener) {
      local.on(room, listener);
      const count = (counts.get(room) ?? 0) + 1;
      counts.set(room, count);
      if (count === 1) void subscriber.subscribe(channelPrefix + room);
      return () => {
        local.off(room, listener);
        const left = (counts.get(room) ?? 1) - 1;
        counts.set(room, left);
        if (left === 0) {
          counts.delete(room);
          void subscriber.unsubscribe(channelPrefix + room);
        }
      };
    },
    async close() {
      local.removeAllListeners();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}

export function createHub(redisUrl: string | undefined): LiveHub {
  return redisUrl ? createRedisHub(redisUrl) : createLocalHub();
}

/**
 * Announces a committed change to its room. The change is stored (with its event, where the room
 * replays events), so a failed publication (Redis away) only delays delivery until the clients
 * reconnect: it is logged, never turned into an error for the request whose change was committed
 * (a retry would do the change twice).
 */
export async function announce(hub: LiveHub, room: string, event: LiveEvent): Promise<void> {
  try {
    await hub.publish(room, event);
  } catch (error) {
    console.warn(`No se pudo anunciar ${event.type} en ${room}: ${(error as Error).message}`);
  }
}
