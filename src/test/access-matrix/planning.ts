import { type CallContext, type Ids, staff } from './harness.js';
import { type Base, excluded, type Feature, must, type Side, sides } from './world.js';

/** Planning the model's installation: a region's Karabirrdt plan and its rollout evaluation. */
export interface PlanningData {
  plan: {
    id: number;
    members: number[];
    dreamId: number;
    objectiveId: number;
    tasks: number[];
    threadId: number;
  };
  evaluation: { id: number; findingId: number };
  versionId: number;
  texts: string[];
}

const indicators = ['population_2024', 'rural_share_2024'];

async function build(base: Base, side: Side): Promise<PlanningData> {
  const nat = base.clients.nat;
  const M = side.marker;
  const plan = await must<{ id: number }>(
    'plan',
    nat.post('/api/plans', {
      title: `Plan ${M} de instalación`,
      regionCode: side.region,
      startDate: '2027-01-04',
    }),
  );
  const url = `/api/plans/${plan.id}`;
  const members = [];
  for (const name of [`Marta ${M}`, `Jorge ${M}`])
    members.push((await must<{ id: number }>('plan member', nat.post(`${url}/members`, { name }))).id);
  const dream = await must<{ id: number }>(
    'dream',
    nat.post(`${url}/dreams`, { memberId: members[0], text: `Sueño ${M}: todas las voces en la mesa` }),
  );
  const objective = await must<{ id: number }>(
    'objective',
    nat.post(`${url}/objectives`, { title: `Objetivo ${M} de escucha` }),
  );
  const tasks = [];
  for (const [index, title] of [
    `Tarea ${M} de convocatoria`,
    `Tarea ${M} de diálogo`,
    `Tarea ${M} de informe`,
  ].entries())
    tasks.push(
      (
        await must<{ id: number }>(
          'task',
          nat.post(`${url}/tasks`, {
            title,
            step: index + 1,
            objectiveId: objective.id,
            canDo: [members[index % 2]],
          }),
        )
      ).id,
    );
  const thread = await must<{ id: number }>(
    'thread',
    nat.post(`${url}/threads`, { fromTaskId: tasks[0], toTaskId: tasks[1] }),
  );

  const evaluation = await must<{ id: number }>(
    'rollout evaluation',
    nat.post('/api/rollout/evaluations', {
      regionCode: side.region,
      title: `Evaluación ${M} del piloto`,
      heldOn: '2026-06-30',
      summary: `Resumen ${M} de la evaluación`,
    }),
  );
  const finding = await must<{ id: number }>(
    'finding',
    nat.post(`/api/rollout/evaluations/${evaluation.id}/findings`, {
      text: `Hallazgo ${M}: los empleadores llegan poco`,
    }),
  );
  await must(
    'evidence',
    nat.post(`/api/rollout/evaluations/${evaluation.id}/evidence`, {
      kind: 'document',
      url: '/documentos/acta.pdf',
      label: `Acta ${M} de la evaluación`,
      findingId: finding.id,
    }),
  );
  await must(
    'scores',
    nat.put(`/api/rollout/evaluations/${evaluation.id}/scores`, {
      scores: [{ criterionId: base.national.criterionId, score: 4, comment: `Comentario ${M}` }],
    }),
  );
  // A version of the model (national) that answers this region's finding.
  const version = await must<{ id: number }>(
    'version',
    nat.post('/api/rollout/versions', {
      label: `1.${side.key === 'A' ? 1 : 2}`,
      title: 'Diálogos en horario laboral',
      changes: 'Por la mañana.',
      reason: 'La evaluación conjunta.',
      releasedOn: '2026-07-15',
      findingIds: [finding.id],
    }),
  );
  await must(
    'region version',
    nat.post('/api/rollout/region-versions', {
      regionCodes: [side.region],
      versionId: version.id,
      since: '2026-08-01',
      note: `Nota ${M} de la versión`,
    }),
  );
  return {
    plan: { id: plan.id, members, dreamId: dream.id, objectiveId: objective.id, tasks, threadId: thread.id },
    evaluation: { id: evaluation.id, findingId: finding.id },
    versionId: version.id,
    texts: [
      `Plan ${M} de instalación`,
      `Marta ${M}`,
      `Jorge ${M}`,
      `Sueño ${M}: todas las voces en la mesa`,
      `Objetivo ${M} de escucha`,
      `Tarea ${M} de convocatoria`,
      `Tarea ${M} de diálogo`,
      `Tarea ${M} de informe`,
      `Evaluación ${M} del piloto`,
      `Resumen ${M} de la evaluación`,
      `Hallazgo ${M}: los empleadores llegan poco`,
      `Acta ${M} de la evaluación`,
      `Comentario ${M}`,
      `Nota ${M} de la versión`,
    ],
  };
}

const A = (c: CallContext) => c.world.A.planning;
const planUrl = (c: CallContext) => `/api/plans/${A(c).plan.id}`;

async function created(c: CallContext, what: string, url: string, body: unknown): Promise<number> {
  return (await must<{ id: number }>(what, c.world.clients.nat.post(url, body))).id;
}

/** Copies for the deletion rows: a plan, or one part of region A's plan. */
const fresh = {
  plan: async (c: CallContext): Promise<Ids> => ({
    '/api/plans/:id': await created(c, 'plan', '/api/plans', {
      title: `Plan copia ${c.unique()}`,
      regionCode: c.text('region'),
      startDate: '2027-02-01',
    }),
  }),
  member: async (c: CallContext): Promise<Ids> => ({
    '/api/plans/:id/members/:memberId': await created(c, 'member', `${planUrl(c)}/members`, {
      name: 'Invitada',
    }),
  }),
  dream: async (c: CallContext): Promise<Ids> => ({
    '/api/plans/:id/dreams/:dreamId': await created(c, 'dream', `${planUrl(c)}/dreams`, {
      text: 'Otro sueño',
    }),
  }),
  objective: async (c: CallContext): Promise<Ids> => ({
    '/api/plans/:id/objectives/:objectiveId': await created(c, 'objective', `${planUrl(c)}/objectives`, {
      title: `Objetivo ${c.unique()}`,
    }),
  }),
  task: async (c: CallContext): Promise<Ids> => ({
    '/api/plans/:id/tasks/:taskId': await created(c, 'task', `${planUrl(c)}/tasks`, {
      title: 'Tarea suelta',
      step: 4,
    }),
  }),
  thread: async (c: CallContext): Promise<Ids> => {
    const task = await created(c, 'task', `${planUrl(c)}/tasks`, { title: 'Tarea enlazada', step: 5 });
    return {
      '/api/plans/:id/threads/:threadId': await created(c, 'thread', `${planUrl(c)}/threads`, {
        fromTaskId: A(c).plan.tasks[2],
        toTaskId: task,
      }),
    };
  },
};

export const planning: Feature<PlanningData> = {
  name: 'planning',
  build,
  ids: (data) => ({
    '/api/plans/:id': data.plan.id,
    '/api/plans/:id/members/:memberId': data.plan.members[0],
    '/api/plans/:id/poll/:memberId': data.plan.members[1],
    '/api/plans/:id/dreams/:dreamId': data.plan.dreamId,
    '/api/plans/:id/objectives/:objectiveId': data.plan.objectiveId,
    '/api/plans/:id/tasks/:taskId': data.plan.tasks[0],
    '/api/plans/:id/threads/:threadId': data.plan.threadId,
    '/api/rollout/evaluations/:id': data.evaluation.id,
  }),
  secrets: (data) => data.texts,
  mainSecrets: (data) => data.texts,
  rows: [
    // route                                              nat  mgrA mgrB  facA facX   (phone, anon: 401)
    // Karabirrdt: the national team plans (creates, imports, deletes); a regional manager works on
    // the plans of their region; anyone else does not see the plan at all (404).
    staff('GET /api/plans                               | ok   ok   blind blind blind'),
    staff('POST /api/plans                              | ok   403  403   403  403', {
      body: (c) => ({ title: `Plan ${c.unique()}`, regionCode: c.text('region'), startDate: '2027-01-04' }),
    }),
    staff('POST /api/plans/import                       | ok   403  403   403  403', {
      body: (c) => ({
        format: 'minga.karabirrdt',
        version: 1,
        plan: {
          title: `Plan importado ${c.unique()}`,
          regionCode: c.text('region'),
          startDate: '2027-01-04',
        },
      }),
    }),
    staff('GET /api/plans/:id                           | ok   ok   404   404  404'),
    staff('PATCH /api/plans/:id                         | ok   ok   404   404  404', {
      body: () => ({ dotsPerMember: 5 }),
    }),
    staff('DELETE /api/plans/:id                        | ok   403  404   404  404', {
      fresh: fresh.plan,
      order: 3,
    }),
    staff('GET /api/plans/:id/events                    | ok   ok   404   404  404'),
    staff('GET /api/plans/:id/plan.json                 | ok   ok   404   404  404'),
    staff('GET /api/plans/:id/tasks.csv                 | ok   ok   404   404  404'),
    staff('GET /api/plans/:id/tasks.ics                 | ok   ok   404   404  404'),
    staff('POST /api/plans/:id/members                  | ok   ok   404   404  404', {
      body: (c) => ({ name: `Persona ${c.unique()}` }),
    }),
    staff('PATCH /api/plans/:id/members/:memberId       | ok   ok   404   404  404', {
      body: () => ({ name: `Marta ${sides.A.marker}` }),
    }),
    staff('DELETE /api/plans/:id/members/:memberId      | ok   ok   404   404  404', {
      fresh: fresh.member,
      order: 3,
    }),
    staff('PUT /api/plans/:id/poll/:memberId            | ok   ok   404   404  404', {
      body: (c) => ({ dots: [{ objectiveId: A(c).plan.objectiveId, dots: 2 }] }),
    }),
    staff('POST /api/plans/:id/dreams                   | ok   ok   404   404  404', {
      body: () => ({ text: 'Un sueño más' }),
    }),
    staff('PATCH /api/plans/:id/dreams/:dreamId         | ok   ok   404   404  404', {
      body: () => ({ achieved: null }),
    }),
    staff('DELETE /api/plans/:id/dreams/:dreamId        | ok   ok   404   404  404', {
      fresh: fresh.dream,
      order: 3,
    }),
    staff('POST /api/plans/:id/objectives               | ok   ok   404   404  404', {
      body: (c) => ({ title: `Objetivo ${c.unique()}` }),
    }),
    staff('PATCH /api/plans/:id/objectives/:objectiveId | ok   ok   404   404  404', {
      body: () => ({ position: 0 }),
    }),
    staff('DELETE /api/plans/:id/objectives/:objectiveId | ok  ok   404   404  404', {
      fresh: fresh.objective,
      order: 3,
    }),
    staff('POST /api/plans/:id/tasks                    | ok   ok   404   404  404', {
      body: () => ({ title: 'Tarea nueva', step: 6 }),
    }),
    staff('PATCH /api/plans/:id/tasks/:taskId           | ok   ok   404   404  404', {
      fresh: fresh.task,
      body: () => ({ version: 1, hours: 4 }),
    }),
    staff('DELETE /api/plans/:id/tasks/:taskId          | ok   ok   404   404  404', {
      fresh: fresh.task,
      order: 3,
    }),
    staff('POST /api/plans/:id/threads                  | ok   ok   404   404  404', {
      ids: (c) => ({ to: A(c).plan.tasks[2] }),
      fresh: async (c) => ({ to: Number(Object.values(await fresh.task(c))[0]) }),
      body: (c) => ({ fromTaskId: A(c).plan.tasks[1], toTaskId: c.id('to') }),
    }),
    staff('DELETE /api/plans/:id/threads/:threadId      | ok   ok   404   404  404', {
      fresh: fresh.thread,
      order: 3,
    }),
    // Rollout: read within the caller's regions; every change by the national team only (403).
    staff('GET /api/rollout                             | ok   ok   blind ok   ok'),
    staff('POST /api/rollout/pilots/suggestion          | ok   403  403   403  403', {
      body: () => ({ count: 2, indicators }),
    }),
    staff('PUT /api/rollout/pilots                      | ok   403  403   403  403', {
      body: (c) => ({ regions: [c.text('region')], indicators, rationale: 'Representativa' }),
    }),
    staff('POST /api/rollout/criteria                   | ok   403  403   403  403', {
      body: (c) => ({ name: `Criterio ${c.unique()}`, source: 'other', sourceLabel: 'Equipo nacional' }),
    }),
    staff('POST /api/rollout/evaluations                | ok   403  403   403  403', {
      body: (c) => ({
        regionCode: c.text('region'),
        title: `Evaluación ${c.unique()}`,
        heldOn: '2026-12-01',
      }),
    }),
    staff('GET /api/rollout/evaluations/:id             | ok   ok   404   ok   ok'),
    staff('PUT /api/rollout/evaluations/:id/scores      | ok   403  403   403  403', {
      body: (c) => ({ scores: [{ criterionId: c.world.national.criterionId, score: 4 }] }),
    }),
    staff('POST /api/rollout/evaluations/:id/findings   | ok   403  403   403  403', {
      body: () => ({ text: 'Otro hallazgo' }),
    }),
    staff('POST /api/rollout/evaluations/:id/evidence   | ok   403  403   403  403', {
      body: () => ({ kind: 'indicator', refId: 'rural_share_2024', label: 'Ruralidad' }),
    }),
    staff('POST /api/rollout/versions                   | ok   403  403   403  403', {
      body: (c) => ({
        label: `v${c.unique()}`,
        title: 'Versión',
        changes: 'Cambios.',
        reason: 'Razones.',
        releasedOn: '2026-09-01',
        findingIds: [A(c).evaluation.findingId],
      }),
    }),
    staff('POST /api/rollout/region-versions            | ok   403  403   403  403', {
      body: (c) => ({ regionCodes: [c.text('region')], versionId: A(c).versionId, since: '2026-10-01' }),
    }),
    staff('POST /api/rollout/wave-plans                 | ok   403  403   403  403', {
      body: () => ({ title: 'Despliegue', groups: 2, indicators, exclude: excluded, startsOn: '2027-01-01' }),
    }),
    staff('PATCH /api/rollout/waves/:id                 | ok   403  403   403  403', {
      body: () => ({ name: 'Primera ola' }),
    }),
  ],
};
