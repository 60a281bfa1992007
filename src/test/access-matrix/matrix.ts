import type { TestServer } from '../../test/server.js';
import { admin } from './admin.js';
import { consultations } from './consultations.js';
import {
  type CallContext,
  call,
  fillPath,
  fillQuery,
  type Ids,
  judge,
  pooled,
  type Role,
  type Row,
  roles,
  sameRefusal,
} from './harness.js';
import { listening } from './listening.js';
import { participation } from './participation.js';
import { planning } from './planning.js';
import { buildCycleThemes, portfolio } from './portfolio.js';
import {
  type Base,
  buildNational,
  type Feature,
  type RegionData,
  type Side,
  sides,
  unique,
  type World,
} from './world.js';

/** The features of the matrix, in the order their fixtures are built. */
export const features = { participation, listening, portfolio, planning, admin, consultations };
type Name = keyof typeof features;
const names = Object.keys(features) as Name[];

/** Routes anyone may call: listed so that a new one is a decision, not an accident; not called here. */
export const publicRoutes = [
  'GET /api/regions',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/setup/venue',
  'POST /api/auth/login',
  'GET /api/auth/oidc',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
  'GET /api/join/:code/verification',
  'GET /api/join/:code/verification/start',
  'GET /api/join/verification/callback',
  'GET /api/join/:code',
  // The projector opened with a dialogue's screen link: its secret is the access (screen-link.test.ts).
  'GET /api/screens/:key',
  'GET /api/screens/:key/qr.svg',
  'GET /api/join/:code/organizations',
  'POST /api/join/:code/participants',
  'GET /api/public/devolucion/ideas/:id',
  'GET /api/public/devolucion/dialogues/:id',
  'GET /api/public/devolucion/dialogues',
  'GET /api/public/consejos',
  'GET /api/public/consejos/:id',
  'GET /api/public/cartera',
  'GET /api/public/cartera.csv',
  'GET /api/public/cartera.json',
  'GET /api/public/cartera/iniciativas/:id',
  'GET /api/public/unsubscribe/:token',
  'POST /api/public/unsubscribe',
  'GET /api/opendata',
  'GET /api/opendata/package.zip',
  'POST /api/c/:key/join',
  'GET /api/c/:key/next',
  'POST /api/c/:key/votes',
  'POST /api/c/:key/statements',
];

export interface Entry {
  feature: Name;
  row: Row;
}

export const entries: Entry[] = names.flatMap((feature) =>
  (features[feature] as Feature<unknown>).rows.map((row) => ({ feature, row })),
);

async function buildSide(base: Base, side: Side): Promise<RegionData> {
  const built: Partial<RegionData> = {};
  built.participation = await participation.build(base, side, built);
  built.listening = await listening.build(base, side, built);
  built.portfolio = await portfolio.build(base, side, built);
  built.planning = await planning.build(base, side, built);
  built.admin = await admin.build(base, side, built);
  built.consultations = await consultations.build(base, side, built);
  return built as RegionData;
}

/** Signs the callers in and builds both regions' data through the API, as the national team. */
export async function buildWorld(server: TestServer): Promise<World> {
  const [nat, mgrA, mgrB, facA, facX] = await Promise.all([
    server.signIn('national'),
    server.signIn('regional', [sides.A.region]),
    server.signIn('regional', [sides.B.region]),
    server.signIn('facilitator', [sides.A.region]),
    server.signIn('facilitator', [sides.A.region]),
  ]);
  const users = {
    nat: nat.userId,
    mgrA: mgrA.userId,
    mgrB: mgrB.userId,
    facA: facA.userId,
    facX: facX.userId,
  };
  const clients = { nat, mgrA, mgrB, facA, facX, phone: server.client(), anon: server.client() };
  const national = await buildNational({ server, clients, users });
  const base: Base = { server, clients, users, national };
  const [A, B] = await Promise.all([buildSide(base, sides.A), buildSide(base, sides.B)]);
  await buildCycleThemes(base, A);
  clients.phone = A.participation.phone;
  return { ...base, A, B };
}

export interface Outcome {
  problems: string[];
  calls: number;
  /** Status of each (row, caller), to print the observed matrix while debugging. */
  observed: Array<{ label: string; statuses: Partial<Record<Role, number>> }>;
}

const refusal = (cell: string) => cell !== 'ok' && cell !== 'blind';
/** An id no object has, for the "same refusal as a missing object" check (fits a 32-bit integer). */
const phantomId = 2_000_000_000;

/** Calls every row as every caller; rows run in groups by `order`, `concurrency` rows at a time. */
export async function runMatrix(world: World, concurrency = 4): Promise<Outcome> {
  const ids: Ids = { '/api/rollout/waves/:id': world.national.waveId, cycle: world.national.cycleId };
  for (const name of names)
    Object.assign(ids, (features[name] as Feature<unknown>).ids(world.A[name], world));
  const every = names.flatMap((name) => [
    ...(features[name] as Feature<unknown>).secrets(world.A[name]),
    ...(features[name] as Feature<unknown>).secrets(world.B[name]),
  ]);
  const outcome: Outcome = { problems: [], calls: 0, observed: [] };
  const context = (role: Role, values: Ids): CallContext => ({
    id(key) {
      const value = values[key];
      if (typeof value !== 'number') throw new Error(`no numeric id for ${key}`);
      return value;
    },
    text(key) {
      if (!(key in values)) throw new Error(`no value for ${key}`);
      return String(values[key]);
    },
    unique,
    role,
    world,
  });

  const runRow = async ({ feature, row }: Entry) => {
    const statuses: Partial<Record<Role, number>> = {};
    outcome.observed.push({ label: row.label, statuses });
    // Refused callers first, on the untouched object; then those allowed, whose writes may change it.
    const order = [
      ...roles.filter((role) => refusal(row.expect[role])),
      ...roles.filter((role) => !refusal(row.expect[role])),
    ];
    for (const role of order) {
      let values: Ids = { ...ids, ...row.ids?.(context(role, ids)) };
      // Refused callers try the feature's own object (they must not change it); allowed ones a copy.
      if (row.fresh && !refusal(row.expect[role]))
        values = { ...values, ...(await row.fresh(context(role, values))) };
      const filled = fillPath(row.url, values);
      const query = fillQuery(row.query, values);
      const missing = [
        ...filled.missing.map((name) => `:${name}`),
        ...query.missing.map((key) => `{${key}}`),
      ];
      if (missing.length) {
        outcome.problems.push(
          `${row.label}: no fixture id for ${missing.join(', ')} — add '<route prefix>/${missing[0]}' (or the query key) to the ids of feature ${feature}`,
        );
        return;
      }
      const c = context(role, values);
      const url = filled.path + (query.query ? `?${query.query}` : '');
      const sent = { url, body: row.body?.(c), file: row.file?.(c) };
      const response = await call(world.clients[role], row.method, url, sent.body, sent.file);
      outcome.calls += 1;
      statuses[role] = response.status;
      const secrets =
        row.secrets?.(c) ?? (features[feature] as Feature<unknown>).mainSecrets(world.A[feature]);
      outcome.problems.push(...judge(row, role, sent, response, secrets, every));
      if (role === 'nat' && roles.some((other) => row.expect[other] === 'blind')) {
        const text = response.text ?? '';
        if (!secrets.some((secret) => text.toLowerCase().includes(secret.toLowerCase())))
          outcome.problems.push(
            `${row.label}: the national team sees none of the row's secrets, so its blind cells test nothing`,
          );
      }
      if (row.expect[role] === '404' && response.status === 404 && row.phantom !== false) {
        const phantom = fillPath(
          row.url,
          Object.fromEntries(
            Object.entries(values).map(([key, value]) => [
              key,
              typeof value === 'number' ? phantomId : value,
            ]),
          ),
        ).path;
        if (phantom !== filled.path) {
          const missingObject = await call(
            world.clients[role],
            row.method,
            phantom + (query.query ? `?${query.query}` : ''),
            sent.body,
            sent.file,
          );
          outcome.calls += 1;
          outcome.problems.push(...sameRefusal(row, role, response, missingObject));
        }
      }
    }
  };

  const orders = [...new Set(entries.map((entry) => entry.row.order))].sort((a, b) => a - b);
  for (const order of orders)
    await pooled(
      entries.filter((entry) => entry.row.order === order),
      concurrency,
      runRow,
    );
  return outcome;
}
