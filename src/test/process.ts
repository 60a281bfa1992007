import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** Ends the process the hard way (SIGKILL): no shutdown hook runs. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** A port the system says is free now (another process could take it before the server binds). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the server as a real child process with the given environment: `src/server/main.ts` through
 * tsx, or with `compiled` the JavaScript `npm start` runs (built first if stale), as benchmarks want.
 */
export async function spawnServer(
  env: Record<string, string>,
  port?: number,
  options: { compiled?: boolean } = {},
): Promise<ServerProcess> {
  // No port asked for: a free one, tried again if another process takes it first.
  if (port === undefined) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await startOn(env, await freePort(), options);
      } catch (error) {
        if (attempt >= 5 || !String(error).includes('EADDRINUSE')) throw error;
      }
    }
  }
  return startOn(env, port, options);
}

async function startOn(
  env: Record<string, string>,
  port: number,
  options: { compiled?: boolean },
): Promise<ServerProcess> {
  let output = '';
  if (options.compiled) {
    const built = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/ensure-server-build.mjs')], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the server build failed');
  }
  const entry = options.compiled
    ? [path.join(repoRoot, 'dist/node/server/main.js')]
    : ['--import', 'tsx', path.join(repoRoot, 'src/server/main.ts')];
  // e.g. MINGA_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server under a bench.
  const nodeArgs = (process.env.MINGA_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOGIN_RATE_LIMIT: '1000',
      JOIN_RATE_LIMIT: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 30_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in 30 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    port,
    child,
    output: () => output,
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
