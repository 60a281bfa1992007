import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
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

let nextPort = 41000 + (process.pid % 1000) * 10;

/**
 * Starts the server as a real child process with the given environment: `src/server/main.ts` through
 * tsx, or with `compiled` the JavaScript `npm start` runs (built first if stale), as benchmarks want.
 */
export async function spawnServer(
  env: Record<string, string>,
  port = nextPort++,
  options: { compiled?: boolean } = {},
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
