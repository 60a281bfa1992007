import os from 'node:os';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isLoopback, listeningAddresses, machineAddresses } from '../../platform/http/lan.js';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { createDialogue } from './testing.js';

const wifi = '192.168.1.23';
const cable = '10.0.0.8';

/** Two network cards, as a laptop with Wi-Fi and a cable; plus loopback and a Docker bridge. */
function fakeInterfaces() {
  const entry = (address: string, internal = false) =>
    ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '', cidr: null }) as never;
  vi.spyOn(os, 'networkInterfaces').mockReturnValue({
    lo: [entry('127.0.0.1', true)],
    eth0: [entry(cable)],
    wlan0: [entry(wifi)],
  });
}

describe('where phones join when the page was opened on localhost', () => {
  let server: TestServer;
  let national: ApiClient;
  let port: string;
  beforeAll(async () => {
    // Listening on every interface, as `npm start` does (HOST=0.0.0.0).
    server = await startTestServer('sqlite', { HOST: '0.0.0.0' });
    national = await server.signIn('national');
    port = new URL(server.url).port;
  });
  afterAll(async () => server?.close());
  afterEach(() => vi.restoreAllMocks());

  it('gives a join link on the laptop’s LAN address, not localhost', async () => {
    fakeInterfaces();
    const dialogue = await createDialogue(national);
    const got = await national.get<{ joinUrl: string }>(`/api/dialogues/${dialogue.id}`);
    expect(got.status).toBe(200);
    expect(got.body.joinUrl).toBe(`http://${wifi}:${port}/d/${dialogue.joinCode}`);
    const qr = await national.get(`/api/dialogues/${dialogue.id}/qr.svg`);
    expect(qr.status).toBe(200);
    const addresses = await national.get('/api/dialogues/join-addresses');
    expect(addresses.body).toEqual({
      baseUrl: `http://${wifi}:${port}`,
      source: 'lan',
      addresses: [wifi, cable],
      chosen: wifi,
    });
  });

  it('uses the address chosen in the console (a cookie), and ignores one the laptop does not have', async () => {
    fakeInterfaces();
    const dialogue = await createDialogue(national);
    const withChoice = (address: string) =>
      national.request<{ joinUrl: string }>('GET', `/api/dialogues/${dialogue.id}`, undefined, {
        cookie: `${national.sessionCookie}; minga_lan=${address}`,
      });
    expect((await withChoice(cable)).body.joinUrl).toBe(`http://${cable}:${port}/d/${dialogue.joinCode}`);
    expect((await withChoice('203.0.113.9')).body.joinUrl).toBe(
      `http://${wifi}:${port}/d/${dialogue.joinCode}`,
    );
  });

  it('a phone on the network can open the join link (the real address of this machine)', async () => {
    const [address] = machineAddresses();
    if (!address) return; // a machine without a network card has nothing to offer phones
    const dialogue = await createDialogue(national);
    const got = await national.get<{ joinUrl: string }>(`/api/dialogues/${dialogue.id}`);
    expect(got.body.joinUrl).toBe(`http://${address}:${port}/d/${dialogue.joinCode}`);
    const phone = await fetch(`http://${address}:${port}/api/join/${dialogue.joinCode}`);
    expect(phone.status).toBe(200);
  });
});

describe('which addresses count', () => {
  it('knows loopback hosts', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost'])
      expect(isLoopback(host)).toBe(true);
    for (const host of ['192.168.1.4', 'minga.sence.cl', '[fe80::1]']) expect(isLoopback(host)).toBe(false);
  });

  it('offers no LAN address when the server listens on loopback only, and its own when bound to one', () => {
    expect(listeningAddresses('127.0.0.1')).toEqual([]);
    expect(listeningAddresses('192.168.1.9')).toEqual(['192.168.1.9']);
  });

  it('puts private ranges first and link-local last', () => {
    vi.spyOn(os, 'networkInterfaces').mockReturnValue({
      a: [{ address: '169.254.3.3', family: 'IPv4', internal: false } as never],
      b: [{ address: '172.20.0.1', family: 'IPv4', internal: false } as never],
      c: [{ address: '192.168.0.10', family: 'IPv4', internal: false } as never],
      d: [{ address: 'fe80::1', family: 'IPv6', internal: false } as never],
    });
    expect(listeningAddresses('0.0.0.0')).toEqual(['192.168.0.10', '172.20.0.1', '169.254.3.3']);
    vi.restoreAllMocks();
  });
});
