import net from 'node:net';
import type { Browser, Page } from 'playwright-core';

/** Bytes the server sent, counted on the wire by a TCP relay between the browser and the server. */
export interface WireRelay {
  url: string;
  /** Bytes from the server to the browser since the last reset (headers, bodies, 304s, all). */
  down(): number;
  reset(): void;
  /** Cuts every connection and stops listening: the venue's Wi-Fi dropped. */
  drop(): Promise<void>;
}

export async function wireRelay(target: string): Promise<WireRelay> {
  const { hostname, port } = new URL(target);
  let down = 0;
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client);
    sockets.add(upstream);
    upstream.on('data', (chunk: Buffer) => {
      down += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    down: () => down,
    reset: () => {
      down = 0;
    },
    drop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}

export interface VisitWeight {
  /** Compressed JavaScript the page received from the network (not from a cache), in bytes. */
  jsBytes: number;
  /** Everything the server sent for the visit, on the wire. */
  totalBytes: number;
  /** Requests that reached the network. */
  requests: number;
  /** The scripts that came from the network (paths). */
  scripts: string[];
}

/**
 * Opens `path` in a new tab of the page's context and waits until the page is quiet; the JS bytes
 * are the encoded (compressed) lengths Chromium reports for scripts that came from the network.
 */
export async function visit(
  page: Page,
  relay: WireRelay,
  path: string,
  ready: (page: Page) => Promise<void>,
) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const kinds = new Map<string, { script: boolean; cached: boolean; path: string }>();
  const scripts: string[] = [];
  let jsBytes = 0;
  let requests = 0;
  cdp.on('Network.responseReceived', (event) => {
    kinds.set(event.requestId, {
      script: event.type === 'Script',
      cached: Boolean(event.response.fromDiskCache || event.response.fromServiceWorker),
      path: new URL(event.response.url).pathname,
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId);
    if (!kind || kind.cached) return;
    requests += 1;
    if (!kind.script) return;
    jsBytes += event.encodedDataLength;
    scripts.push(kind.path);
  });
  relay.reset();
  await page.goto(relay.url + path, { waitUntil: 'networkidle' });
  await ready(page);
  await page.waitForLoadState('networkidle');
  const weight: VisitWeight = { jsBytes, totalBytes: relay.down(), requests, scripts };
  await cdp.detach();
  return weight;
}

/** A phone's first and second visit to /d/CODE (a fresh browser profile, then the same one). */
export async function phoneVisits(
  browser: Browser,
  relay: WireRelay,
  code: string,
  ready: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'es-CL' });
  try {
    const first = await visit(await context.newPage(), relay, `/d/${code}`, ready);
    const second = await visit(await context.newPage(), relay, `/d/${code}`, ready);
    return { first, second };
  } finally {
    await context.close();
  }
}
