import type { ApiClient } from '../../test/client.js';
import { calendar } from '../../test/participation.js';
import type { TestServer } from '../../test/server.js';
import type { AdminData } from './admin.js';
import type { ConsultationsData } from './consultations.js';
import { type Ids, markers, type Role, type Row } from './harness.js';
import type { ListeningData } from './listening.js';
import type { ParticipationData } from './participation.js';
import type { PlanningData } from './planning.js';
import type { PortfolioData } from './portfolio.js';

/** One side of the matrix: region A holds the objects under test, region B a twin that A must not see. */
export interface Side {
  key: 'A' | 'B';
  region: string;
  /** The word every text of this side carries (see `markers`). */
  marker: string;
  town: string;
}

export const sides: Record<'A' | 'B', Side> = {
  A: { key: 'A', region: 'CL-BI', marker: markers.A, town: 'Lota' },
  B: { key: 'B', region: 'CL-ML', marker: markers.B, town: 'Talca' },
};

/** What every fixture builder gets: the server, the callers and the national objects. */
export interface Base {
  server: TestServer;
  clients: Record<Role, ApiClient>;
  users: Record<'nat' | 'mgrA' | 'mgrB' | 'facA' | 'facX', number>;
  national: NationalData;
}

/** National objects that belong to no region (so they carry no marker). */
export interface NationalData {
  cycleId: number;
  guide: { id: number; questions: number[] };
  codeId: number;
  criterionId: number;
  waveId: number;
}

/** Regions left out of wave plans, so that the rest (four regions) splits quickly and exactly. */
export const excluded = [
  'CL-TA',
  'CL-AN',
  'CL-AT',
  'CL-CO',
  'CL-VS',
  'CL-RM',
  'CL-LI',
  'CL-NB',
  'CL-AR',
  'CL-LR',
  'CL-LL',
  'CL-AI',
];

let serial = 0;
/** A short string unique in this process. */
export const unique = () => {
  serial += 1;
  return `${Date.now().toString(36)}${serial}`;
};

/** The body of a 2xx answer, or an error naming the step (fixtures must build, or nothing is tested). */
export async function must<T>(step: string, answer: Promise<{ status: number; body: unknown }>): Promise<T> {
  const { status, body } = await answer;
  if (status < 200 || status >= 300) throw new Error(`fixture ${step}: ${status} ${JSON.stringify(body)}`);
  return body as T;
}

export async function buildNational(base: Omit<Base, 'national'>): Promise<NationalData> {
  const nat = base.clients.nat;
  const cycle = await must<{ id: number }>(
    'cycle',
    nat.post('/api/cycles', { year: 2027, title: 'Ciclo nacional 2027', phases: calendar(2027) }),
  );
  const guide = await must<{ id: number }>(
    'guide',
    nat.post('/api/interview-guides', {
      title: 'Pauta nacional de escucha',
      questions: ['¿Qué necesita su sector?', '¿Qué barreras ve?'],
    }),
  );
  const guides = await must<{ guides: Array<{ id: number; questions: Array<{ id: number }> }> }>(
    'guides',
    nat.get('/api/interview-guides'),
  );
  const questions = guides.guides.find((candidate) => candidate.id === guide.id)!.questions;
  const code = await must<{ id: number }>(
    'code',
    nat.post('/api/interview-codes', { label: 'Barreras de acceso' }),
  );
  const criterion = await must<{ id: number }>(
    'criterion',
    nat.post('/api/rollout/criteria', { name: 'Participación efectiva', source: 'model' }),
  );
  await must(
    'wave plan',
    nat.post('/api/rollout/wave-plans', {
      title: 'Despliegue nacional',
      groups: 2,
      indicators: ['population_2024'],
      exclude: excluded,
      startsOn: '2027-01-01',
    }),
  );
  const rollout = await must<{ wavePlan: { waves: Array<{ id: number }> } }>(
    'rollout',
    nat.get('/api/rollout'),
  );
  return {
    cycleId: cycle.id,
    guide: { id: guide.id, questions: questions.map((question) => question.id) },
    codeId: code.id,
    criterionId: criterion.id,
    waveId: rollout.wavePlan.waves[0].id,
  };
}

/** A feature's part of the matrix: its fixture in one region, the ids it fills in, its rows. */
export interface Feature<D> {
  name: string;
  /** Builds the feature's objects in one region (after the features listed before it). */
  build(base: Base, side: Side, built: Partial<RegionData>): Promise<D>;
  /** Route prefix + param → id of region A's object (see `fillPath`), and `{key}` values for queries. */
  ids(data: D, base: Base): Ids;
  /** Every text of the side's objects: refusals must never show them. */
  secrets(data: D): string[];
  /** The texts of the object under test, which a `blind` caller must not get (unless a row says otherwise). */
  mainSecrets(data: D): string[];
  rows: Row[];
}

/** Everything the rows see. */
export interface World extends Base {
  A: RegionData;
  B: RegionData;
}

/** Everything built in one region, by feature. */
export interface RegionData {
  participation: ParticipationData;
  listening: ListeningData;
  portfolio: PortfolioData;
  planning: PlanningData;
  admin: AdminData;
  consultations: ConsultationsData;
}
