// Live room under load, over real HTTP and WebSocket against a server in its own process:
// 1,000 phones spend their dots while a projector screen watches; then sustained durable votes/s on
// SQLite and PostgreSQL next to the same server's bare GET /health rate; server memory idle and at load.
// The load comes from autocannon (its own lean HTTP client, keep-alive connections) so that the
// client, which shares the machine's two cores with the server, costs as little as it can.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import WebSocket from 'ws';
import { seededRandom } from '../src/modules/synthesis/pipeline/random.js';
import { ApiClient } from '../src/test/client.js';
import { type ServerProcess, spawnServer } from '../src/test/process.js';
import { createPgDatabase } from '../src/test/stores.js';

type Log = (line: string) => void;

// The server as `npm start` runs it: test servers also check every JSON answer against its response
// schema (route.ts), which costs a vote a zod parse that production does not pay.
const measured = { NODE_ENV: 'production' };

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU time (user + system) the process has used, in ms: steadier than wall time on a shared machine. */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function prepare(server: ServerProcess, dots: number, cap: number, ideas: number) {
  const staff = new ApiClient(server.url);
  await staff.post('/api/setup', { email: 'bench@sence.cl', name: 'Bench', password: 'una-clave-larga' });
  await staff.login('bench@sence.cl', 'una-clave-larga');
  const created = await staff.post<{
    id: number;
    joinCode: string;
    questions: Array<{ id: number }>;
    tables: Array<{ id: number }>;
  }>('/api/dialogues', {
    regionCode: 'CL-RM',
    title: 'Carga',
    date: '2026-11-25',
    dotsPerParticipant: dots,
    maxDotsPerIdea: cap,
    questions: ['¿Cómo podríamos…?'],
    tables: Array.from({ length: 10 }, (_, n) => `Mesa ${n + 1}`),
  });
  if (created.status !== 201) throw new Error(`no se pudo crear el diálogo: ${JSON.stringify(created.body)}`);
  const dialogue = created.body;
  for (const status of ['open', 'live']) await staff.post(`/api/dialogues/${dialogue.id}/status`, { status });
  const author = await joinPhones(server, dialogue, 1);
  const ideaIds: number[] = [];
  for (let n = 0; n < ideas; n += 1) {
    const idea = await author[0].post<{ idea: { id: number } }>('/api/me/ideas', {
      questionId: dialogue.questions[0].id,
      text: `Idea de carga número ${n}`,
      clientKey: `bench-idea-${n}`,
    });
    ideaIds.push(idea.body.idea.id);
  }
  await staff.post(`/api/dialogues/${dialogue.id}/phase`, { phase: 'voting' });
  return { staff, dialogue, ideaIds };
}

export async function joinPhones(
  server: ServerProcess,
  dialogue: { joinCode: string; tables: Array<{ id: number }> },
  count: number,
) {
  const phones: ApiClient[] = [];
  const batch = 50;
  for (let start = 0; start < count; start += batch) {
    const joined = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, async (_, offset) => {
        const phone = new ApiClient(server.url);
        const response = await phone.post<{ deviceToken: string }>(
          `/api/join/${dialogue.joinCode}/participants`,
          {
            tableId: dialogue.tables[(start + offset) % dialogue.tables.length].id,
            sector: 'trabajador_ocupado',
            consent: true,
          },
        );
        phone.deviceToken = response.body.deviceToken;
        return phone;
      }),
    );
    phones.push(...joined);
  }
  return phones;
}

async function livePhones(log: Log) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-live-'));
  const server = await spawnServer({ MINGA_DATA_DIR: dataDir, ...measured }, undefined, { compiled: true });
  try {
    const rssIdle = rssMb(server.child.pid!);
    const { staff, dialogue, ideaIds } = await prepare(server, 5, 3, 40);
    const phones = await joinPhones(server, dialogue, 1000);
    log(`1000 teléfonos unidos; ${ideaIds.length} ideas`);
    const screen = new WebSocket(`${server.url.replace('http', 'ws')}/ws/dialogues/${dialogue.id}`, {
      headers: { cookie: staff.sessionCookie },
    });
    await new Promise((resolve, reject) => {
      screen.once('open', resolve);
      screen.once('error', reject);
    });
    const received = new Map<number, number>(); // dotsSpent → time the screen heard it
    screen.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as {
        type: string;
        event?: string;
        payload?: { dotsSpent?: number };
      };
      if (
        message.type === 'event' &&
        message.event === 'votes.changed' &&
        message.payload?.dotsSpent !== undefined
      ) {
        received.set(message.payload.dotsSpent, performance.now());
      }
    });
    screen.send(JSON.stringify({ type: 'hello' }));
    await new Promise((resolve) => setTimeout(resolve, 300));

    let peak = rssIdle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(server.child.pid!));
    }, 100);
    // Every phone spends its five dots, in an order that spreads them over the ideas; 128
    // connections keep requests in flight, as a proxy in front of the server would.
    const tasks = phones.flatMap((phone, index) =>
      Array.from({ length: 5 }, (_, dot) => ({ phone, index, dot })),
    );
    const ackTimes: number[] = [];
    let next = 0;
    const load = await cannon({
      url: server.url,
      connections: 128,
      amount: tasks.length,
      requests: [
        {
          ...votePost(() => {
            const { phone, index, dot } = tasks[next++ % tasks.length];
            return {
              phone,
              ideaId: ideaIds[(index * 7 + dot * 3) % ideaIds.length],
              clientKey: `live-${index}-${dot}`,
            };
          }),
          onResponse: (status) => {
            if (status === 200) ackTimes.push(performance.now());
          },
        },
      ],
    });
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    screen.close();
    // After the k-th acknowledgement at least k dots are stored: the lag is the time from it to the
    // first screen message counting k or more (batches of votes move the count in steps).
    ackTimes.sort((a, b) => a - b);
    const heard = [...received].sort((a, b) => a[0] - b[0]);
    const lags: number[] = [];
    let cursor = 0;
    let earliest = Number.POSITIVE_INFINITY;
    const firstAtLeast: number[] = new Array(ackTimes.length + 1).fill(Number.POSITIVE_INFINITY);
    for (let k = ackTimes.length; k >= 1; k -= 1) {
      while (cursor < heard.length && heard[heard.length - 1 - cursor][0] >= k) {
        earliest = Math.min(earliest, heard[heard.length - 1 - cursor][1]);
        cursor += 1;
      }
      firstAtLeast[k] = earliest;
    }
    ackTimes.forEach((ackAt, index) => {
      lags.push(Math.max(0, firstAtLeast[index + 1] - ackAt));
    });
    const acked = ackTimes.length;
    const state = await staff.get<{ dotsSpent: number }>(`/api/dialogues/${dialogue.id}/screen`);
    const stored = state.body.dotsSpent;
    return {
      live_phones: phones.length,
      vote_ack_p50_ms: load.latency.p50,
      vote_ack_p99_ms: load.latency.p99,
      screen_lag_p99_ms: Math.round(percentile(lags, 99)),
      lost_dots: Math.max(0, acked - stored),
      double_counted_dots: Math.max(0, stored - acked),
      refused_votes: load.non2xx,
      failed_requests: load.errors,
      rss_mb_idle: rssIdle,
      rss_mb_at_load: peak,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A +1 vote request for autocannon; `pick` chooses the phone, the idea and the key of each one. */
export function votePost(
  pick: () => { phone: ApiClient; ideaId: number; clientKey: string },
): autocannon.Request {
  return {
    method: 'POST',
    path: '/api/me/votes',
    setupRequest: (request) => {
      const { phone, ideaId, clientKey } = pick();
      return {
        ...request,
        headers: { 'content-type': 'application/json', 'x-device-token': phone.deviceToken! },
        body: JSON.stringify({ ideaId, delta: 1, clientKey }),
      };
    },
  };
}

/** Runs autocannon to the end and gives its result. */
function cannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Successful requests per second over `seconds` with `connections` keep-alive connections, and the
 * server's CPU time per successful request (µs).
 */
export async function sustained(
  server: ServerProcess,
  seconds: number,
  connections: number,
  request: autocannon.Request,
  status = 200,
) {
  let answered = 0;
  const counted = { ...request, onResponse: (code: number) => void (code === status && answered++) };
  const cpuBefore = cpuMs(server.child.pid!);
  const result = await cannon({ url: server.url, duration: seconds, connections, requests: [counted] });
  const cpu = cpuMs(server.child.pid!) - cpuBefore;
  return {
    perSecond: answered / ((result.finish.getTime() - result.start.getTime()) / 1000),
    cpuMicros: (cpu * 1000) / Math.max(1, answered),
  };
}

/**
 * The shapes a vote arrives in. `room`: 256 connections (hundreds of phones sending at once)
 * over 600 phones, ideas in turn. `outside`: what an outside client measured with wrk — 64
 * keep-alive connections, 3,000 phones, 40 ideas, a random idea each time. `refused`: the same
 * shape where every vote is over the phone's budget (422), which must be cheap.
 */
const shapes = {
  room: { connections: 256, phones: 600, ideas: 50 },
  outside: { connections: 64, phones: 3000, ideas: 40 },
} as const;

export async function throughput(kind: 'sqlite' | 'postgres', log: Log) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-tp-'));
  const database = kind === 'postgres' ? await createPgDatabase() : null;
  const server = await spawnServer(
    { MINGA_DATA_DIR: dataDir, ...measured, ...(database ? { DATABASE_URL: database.url } : {}) },
    undefined,
    { compiled: true },
  );
  try {
    type Rate = { perSecond: number; cpuMicros: number };
    const results = {} as Record<'room' | 'outside' | 'refused', Rate>;
    // 100 dots each (the maximum a dialogue allows): phones never run out within the run.
    for (const name of ['room', 'outside'] as const) {
      const shape = shapes[name];
      const { dialogue, ideaIds } = await prepare(server, 100, 100, shape.ideas);
      const phones = await joinPhones(server, dialogue, shape.phones);
      // Seeded, so that two runs send the same votes.
      const next = seededRandom(7).next;
      let counter = 0;
      results[name] = await sustained(
        server,
        5,
        shape.connections,
        votePost(() => {
          const n = counter++;
          const phone =
            name === 'room' ? phones[n % phones.length] : phones[Math.floor(next() * phones.length)];
          const ideaId =
            name === 'room' ? ideaIds[n % ideaIds.length] : ideaIds[Math.floor(next() * ideaIds.length)];
          return { phone, ideaId, clientKey: `${name}-${n}` };
        }),
      );
    }
    // Refusals: each phone holds one dot and has spent it, so every further +1 is a 422.
    {
      const { dialogue, ideaIds } = await prepare(server, 1, 1, shapes.outside.ideas);
      const phones = await joinPhones(server, dialogue, 300);
      await Promise.all(
        phones.map((phone, n) =>
          phone.post('/api/me/votes', { ideaId: ideaIds[0], delta: 1, clientKey: `spent-${n}` }),
        ),
      );
      let counter = 0;
      results.refused = await sustained(
        server,
        4,
        shapes.outside.connections,
        votePost(() => {
          const n = counter++;
          return { phone: phones[n % phones.length], ideaId: ideaIds[1 + (n % 39)], clientKey: `over-${n}` };
        }),
        422,
      );
    }
    const hello = await sustained(server, 3, shapes.room.connections, { method: 'GET', path: '/health' });
    const helloOutside = await sustained(server, 3, shapes.outside.connections, {
      method: 'GET',
      path: '/health',
    });
    log(
      `${kind}: sala ${Math.round(results.room.perSecond)} votos/s (${Math.round(results.room.cpuMicros)} µs de CPU por voto), ` +
        `externo ${Math.round(results.outside.perSecond)} votos/s (${Math.round(results.outside.cpuMicros)} µs), ` +
        `rechazos ${Math.round(results.refused.perSecond)}/s (${Math.round(results.refused.cpuMicros)} µs), ` +
        `GET /health ${Math.round(hello.perSecond)}/s (${Math.round(hello.cpuMicros)} µs; ${Math.round(helloOutside.cpuMicros)} µs con 64 conexiones)`,
    );
    return { ...results, hello, helloOutside };
  } finally {
    await server.stop();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * One phone reconnecting in a loop (16 sockets at a time, no `after`, as a broken client or a script
 * does) while 200 phones vote: vote latency with and without the storm. The socket layer answers
 * such a phone with `ready` and no history, and refuses its fifth socket.
 */
export async function reconnectStorm(log: Log) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-bench-storm-'));
  const server = await spawnServer({ MINGA_DATA_DIR: dataDir, ...measured }, undefined, { compiled: true });
  try {
    const { dialogue, ideaIds } = await prepare(server, 100, 100, 50);
    const phones = await joinPhones(server, dialogue, 200);
    let counter = 0;
    const votes = () =>
      cannon({
        url: server.url,
        duration: 3,
        connections: 64,
        requests: [
          votePost(() => {
            const n = counter++;
            return {
              phone: phones[n % phones.length],
              ideaId: ideaIds[n % ideaIds.length],
              clientKey: `st-${n}`,
            };
          }),
        ],
      });
    const quiet = await votes();
    let stop = false;
    let opened = 0;
    let refused = 0;
    const url = `${server.url.replace('http', 'ws')}/ws/dialogues/${dialogue.id}`;
    const token = phones[0].deviceToken!;
    const loop = async () => {
      while (!stop) {
        await new Promise<void>((resolve) => {
          const socket = new WebSocket(url);
          socket.once('open', () => socket.send(JSON.stringify({ type: 'hello', deviceToken: token })));
          socket.on('message', (raw) => {
            const type = (JSON.parse(String(raw)) as { type: string }).type;
            if (type === 'ready') opened += 1;
            if (type === 'error') refused += 1;
            socket.close();
          });
          socket.once('close', () => resolve());
          socket.once('error', () => resolve());
        });
      }
    };
    const storm = Array.from({ length: 16 }, loop);
    const stormed = await votes();
    stop = true;
    await Promise.all(storm);
    log(
      `tormenta de reconexiones: voto p99 ${quiet.latency.p99} ms sin ella, ${stormed.latency.p99} ms con ella ` +
        `(${opened} sockets abiertos, ${refused} rechazados en 3 s)`,
    );
    return {
      storm_vote_p50_ms_quiet: quiet.latency.p50,
      storm_vote_p99_ms_quiet: quiet.latency.p99,
      storm_vote_p50_ms_storm: stormed.latency.p50,
      storm_vote_p99_ms_storm: stormed.latency.p99,
      storm_sockets_opened: opened,
      storm_sockets_refused: refused,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(log: Log) {
  const live = await livePhones(log);
  const storm = await reconnectStorm(log);
  const sqlite = await throughput('sqlite', log);
  const postgres = await throughput('postgres', log).catch((error) => {
    log(`PostgreSQL no disponible: ${String(error)}`);
    return null;
  });
  const figures = (kind: string, result: Awaited<ReturnType<typeof throughput>> | null) => {
    if (!result) return {};
    const ratio = (a: number, b: number) => Number((a / Math.max(1, b)).toFixed(2));
    return {
      [`votes_per_s_${kind}`]: Math.round(result.room.perSecond),
      [`votes_per_s_outside_${kind}`]: Math.round(result.outside.perSecond),
      [`votes_to_hello_ratio_${kind}`]: ratio(result.room.perSecond, result.hello.perSecond),
      [`votes_to_hello_ratio_outside_${kind}`]: ratio(
        result.outside.perSecond,
        result.helloOutside.perSecond,
      ),
      // Server CPU per request: the same figures without the noise of a shared machine's scheduling.
      [`cpu_us_per_vote_${kind}`]: Math.round(result.room.cpuMicros),
      [`cpu_us_per_vote_outside_${kind}`]: Math.round(result.outside.cpuMicros),
      [`cpu_us_per_refused_vote_${kind}`]: Math.round(result.refused.cpuMicros),
      [`cpu_us_per_hello_${kind}`]: Math.round(result.hello.cpuMicros),
      // The target: a vote costs at most 2.5× a bare request, in both shapes.
      [`cpu_vote_to_hello_${kind}`]: ratio(result.room.cpuMicros, result.hello.cpuMicros),
      [`cpu_vote_to_hello_outside_${kind}`]: ratio(result.outside.cpuMicros, result.helloOutside.cpuMicros),
      [`cpu_refused_to_hello_${kind}`]: ratio(result.refused.cpuMicros, result.helloOutside.cpuMicros),
    };
  };
  return { ...live, ...storm, ...figures('sqlite', sqlite), ...figures('postgres', postgres) };
}
