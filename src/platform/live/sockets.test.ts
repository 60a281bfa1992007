import type { FastifyRequest } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { redisAvailable, testRedisUrl } from '../../test/stores.js';
import { loadConfig } from '../config.js';
import { type AppError, isAppError } from '../errors/index.js';
import { createLocalHub, createRedisHub, type LiveHub } from './hub.js';
import { originAllowed, SocketRegistry } from './sockets.js';

const request = (headers: Record<string, string>, host = headers.host) =>
  ({ headers, host }) as unknown as FastifyRequest;

describe('Origin of a live socket', () => {
  const config = loadConfig({});
  const withPublic = loadConfig({ PUBLIC_URL: 'https://minga.sence.cl' });

  it('accepts the page of the host asked for, PUBLIC_URL, and clients that send no Origin', () => {
    expect(originAllowed(request({ host: '10.0.0.5:3000', origin: 'http://10.0.0.5:3000' }), config)).toBe(
      true,
    );
    expect(originAllowed(request({ host: '10.0.0.5:3000' }), config)).toBe(true);
    expect(
      originAllowed(request({ host: 'interno:3000', origin: 'https://minga.sence.cl' }), withPublic),
    ).toBe(true);
  });

  it('refuses another site, another port, a null or broken Origin', () => {
    for (const origin of ['https://otro.example', 'http://10.0.0.5:4000', 'null', 'no es una url']) {
      expect(originAllowed(request({ host: '10.0.0.5:3000', origin }), config), origin).toBe(false);
    }
    expect(originAllowed(request({ host: 'interno:3000', origin: 'https://otro.example' }), withPublic)).toBe(
      false,
    );
  });
});

/** A stand-in socket that records how it was closed. */
function fakeSocket() {
  const closed: string[] = [];
  return {
    closed,
    close: (error: AppError): void => {
      closed.push(error.code);
    },
  };
}

function admitted(registry: SocketRegistry, address: string, socket = fakeSocket()) {
  const tracked = registry.admit(address, (error) => socket.close(error));
  if (isAppError(tracked)) throw tracked;
  return tracked;
}

describe('socket registry', () => {
  it('refuses past the per-address and total limits, and frees a slot on release', () => {
    const config = loadConfig({ LIVE_SOCKETS_PER_ADDRESS: '2', LIVE_SOCKETS_TOTAL: '3' });
    const registry = new SocketRegistry(config, createLocalHub());
    const first = admitted(registry, '10.0.0.1');
    admitted(registry, '10.0.0.1');
    const third = registry.admit('10.0.0.1', fakeSocket().close);
    expect(isAppError(third) && third.code).toBe('live_address_limit');
    expect(isAppError(third) && third.messageIn('es')).toContain('desde esta red (2)');
    admitted(registry, '10.0.0.2');
    const full = registry.admit('10.0.0.3', fakeSocket().close);
    expect(isAppError(full) && full.code).toBe('live_server_full');
    registry.release(first);
    expect(registry.size).toBe(2);
    admitted(registry, '10.0.0.1');
  });

  it('refuses past the per-session limit and closes by session, account or participant', async () => {
    const config = loadConfig({ LIVE_SOCKETS_PER_SESSION: '2' });
    const registry = new SocketRegistry(config, createLocalHub());
    const sockets = [fakeSocket(), fakeSocket(), fakeSocket(), fakeSocket()];
    const owners = [
      { staffUserId: 1, sessionId: 'a' },
      { staffUserId: 1, sessionId: 'a' },
      { staffUserId: 1, sessionId: 'b' },
      { participantId: 9 },
    ];
    for (const [n, owner] of owners.entries())
      expect(registry.identify(admitted(registry, 'x', sockets[n]), owner)).toBeNull();
    expect(registry.identify(admitted(registry, 'x'), { staffUserId: 1, sessionId: 'a' })?.code).toBe(
      'live_session_limit',
    );
    await registry.closeSession('a');
    expect(sockets.map((socket) => socket.closed.length)).toEqual([1, 1, 0, 0]);
    await registry.closeStaff(1);
    await registry.closeParticipant(9);
    expect(sockets.map((socket) => socket.closed)).toEqual([
      ['live_closed'],
      ['live_closed'],
      ['live_closed'],
      ['live_closed'],
    ]);
  });
});

const withRedis = await redisAvailable();

describe.runIf(withRedis)('socket registry across instances (Redis)', () => {
  const hubs: LiveHub[] = [];
  afterAll(async () => {
    for (const hub of hubs) await hub.close();
  });

  it('closes on instance B the sockets of an account disabled on instance A', async () => {
    const config = loadConfig({});
    const [hubA, hubB] = [createRedisHub(testRedisUrl), createRedisHub(testRedisUrl)];
    hubs.push(hubA, hubB);
    const a = new SocketRegistry(config, hubA);
    const b = new SocketRegistry(config, hubB);
    const userId = Math.floor(Math.random() * 1e9);
    const onB = fakeSocket();
    b.identify(admitted(b, 'x', onB), { staffUserId: userId, sessionId: 's' });
    const closed = new Promise<void>((resolve) => {
      const close = onB.close;
      onB.close = (error) => {
        close(error);
        resolve();
      };
    });
    // Subscriptions reach Redis asynchronously: ask again until B has heard (bounded by the test timeout).
    let heard = false;
    void closed.then(() => {
      heard = true;
    });
    while (!heard) {
      await a.closeStaff(userId);
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 50))]);
    }
    expect(b.size).toBe(0);
    a.close();
    b.close();
  });
});
