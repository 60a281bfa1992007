import { type CallContext, type Ids, staff } from './harness.js';
import { type Base, type Feature, must, type Side, sides } from './world.js';

/** Listening and governance: actors, interviews and their coding, participation devices, councils. */
export interface ListeningData {
  organizationId: number;
  actorId: number;
  interview: { id: number; answers: number[] };
  codingId: number;
  deviceId: number;
  council: { id: number; memberId: number; agreementId: number };
  texts: string[];
}

async function build(base: Base, side: Side): Promise<ListeningData> {
  const nat = base.clients.nat;
  const M = side.marker;
  const m = M.toLowerCase();
  const organization = await must<{ id: number }>(
    'actor organization',
    nat.post('/api/actors/organizations', {
      name: `Gremio ${M} de ${side.town}`,
      kind: 'gremio',
      regionCode: side.region,
    }),
  );
  const actor = await must<{ id: number }>(
    'actor',
    nat.post('/api/actors', {
      regionCode: side.region,
      name: `Luis ${M}`,
      position: `Presidente ${M}`,
      organizationId: organization.id,
      sector: 'empleador',
      email: `luis.${m}@correo.cl`,
      phone: '+56 9 5555 0101',
    }),
  );
  await must('placement', nat.put(`/api/actors/${actor.id}/placement`, { influence: 4, interest: 5 }));
  const { guide, codeId } = base.national;
  const answers = [`Cursos vespertinos ${M} cerca de casa`, `Barrera ${M}: la locomoción es cara`];
  const interview = await must<{ id: number }>(
    'interview',
    nat.post('/api/interviews', {
      actorId: actor.id,
      guideId: guide.id,
      interviewer: `Gestora ${M}`,
      date: '2027-03-10',
      notes: `Notas ${M} de la entrevista`,
      answers: answers.map((text, index) => ({ questionId: guide.questions[index], text })),
    }),
  );
  const detail = await must<{ answers: Array<{ id: number }> }>(
    'interview',
    nat.get(`/api/interviews/${interview.id}`),
  );
  const answerIds = detail.answers.map((answer) => answer.id);
  const coding = await must<{ id: number }>(
    'coding',
    nat.post(`/api/interviews/${interview.id}/codings`, { answerId: answerIds[0], codeId, start: 0, end: 6 }),
  );
  const device = await must<{ id: number }>(
    'device',
    nat.post('/api/devices', {
      regionCode: side.region,
      type: 'mesa_tecnica',
      name: `Mesa técnica ${M}`,
      description: `Descripción ${M}`,
      startedOn: '2026-01-10',
      level: 'consultar',
    }),
  );
  const council = await must<{ id: number }>(
    'council',
    nat.post('/api/councils', {
      regionCode: side.region,
      name: `Consejo ${M} de ${side.town}`,
      establishedOn: '2025-03-01',
    }),
  );
  const member = await must<{ id: number }>(
    'council member',
    nat.post(`/api/councils/${council.id}/members`, {
      name: `Ana ${M}`,
      estate: 'empleadores',
      gender: 'f',
      termStart: '2025-03-01',
      actorId: actor.id,
    }),
  );
  await must(
    'council session',
    nat.post(`/api/councils/${council.id}/sessions`, {
      date: '2026-04-01',
      agenda: `Agenda ${M} del consejo`,
      minutes: `Acta ${M} del consejo`,
      quorum: 1,
      present: [member.id],
      agreements: [
        { text: `Acuerdo ${M} sobre becas`, responsible: `Responsable ${M}`, dueDate: '2026-06-01' },
      ],
    }),
  );
  const councilDetail = await must<{ agreements: Array<{ id: number }> }>(
    'council',
    nat.get(`/api/councils/${council.id}`),
  );
  return {
    organizationId: organization.id,
    actorId: actor.id,
    interview: { id: interview.id, answers: answerIds },
    codingId: coding.id,
    deviceId: device.id,
    council: { id: council.id, memberId: member.id, agreementId: councilDetail.agreements[0].id },
    texts: [
      `Gremio ${M} de ${side.town}`,
      `Luis ${M}`,
      `Presidente ${M}`,
      `luis.${m}@correo.cl`,
      '+56 9 5555 0101',
      ...answers,
      `Gestora ${M}`,
      `Notas ${M} de la entrevista`,
      `Mesa técnica ${M}`,
      `Descripción ${M}`,
      `Consejo ${M} de ${side.town}`,
      `Ana ${M}`,
      `Agenda ${M} del consejo`,
      `Acta ${M} del consejo`,
      `Acuerdo ${M} sobre becas`,
      `Responsable ${M}`,
    ],
  };
}

const A = (c: CallContext) => c.world.A.listening;

/** A coding of region A's interview of its own, for the deletion row. */
async function freshCoding(c: CallContext): Promise<Ids> {
  const coding = await must<{ id: number }>(
    'coding',
    c.world.clients.nat.post(`/api/interviews/${A(c).interview.id}/codings`, {
      answerId: A(c).interview.answers[1],
      codeId: c.world.national.codeId,
      start: 0,
      end: 7,
    }),
  );
  return { '/api/interview-codings/:id': coding.id };
}

export const listening: Feature<ListeningData> = {
  name: 'listening',
  build,
  ids: (data) => ({
    '/api/actors/:id': data.actorId,
    '/api/stakeholder-map/:region': sides.A.region,
    '/api/interviews/:id': data.interview.id,
    '/api/interview-codings/:id': data.codingId,
    '/api/devices/:source': 'instance',
    '/api/devices/:source/:id': data.deviceId,
    '/api/councils/:id': data.council.id,
    '/api/councils/:id/members/:memberId': data.council.memberId,
    '/api/council-agreements/:id': data.council.agreementId,
  }),
  secrets: (data) => data.texts,
  mainSecrets: (data) => data.texts,
  rows: [
    // route                                              nat  mgrA mgrB  facA facX   (phone, anon: 401)
    // Actors: read by everyone who sees the region, changed by its managers. A write that names a
    // region the caller does not manage says so (403); an existing thing out of sight is 404.
    staff('GET /api/actors/organizations                | ok   ok   blind ok   ok'),
    staff('GET /api/actors/organizations?region={region} | ok  ok   404   ok   ok'),
    staff('POST /api/actors/organizations               | ok   ok   403   403  403', {
      body: (c) => ({ name: `Cámara ${c.unique()}`, kind: 'gremio', regionCode: c.text('region') }),
    }),
    staff('GET /api/actors                              | ok   ok   blind ok   ok'),
    staff('GET /api/actors?region={region}&notHeard=1   | ok   ok   404   ok   ok'),
    staff('POST /api/actors                             | ok   ok   403   403  403', {
      body: (c) => ({ regionCode: c.text('region'), name: `Persona ${c.unique()}`, sector: 'academia' }),
    }),
    staff('GET /api/actors/:id                          | ok   ok   404   ok   ok'),
    staff('PATCH /api/actors/:id                        | ok   ok   404   403  403', {
      body: () => ({ sector: 'empleador' }),
    }),
    staff('PUT /api/actors/:id/placement                | ok   ok   404   403  403', {
      body: () => ({ influence: 4, interest: 5 }),
    }),
    staff('GET /api/stakeholder-map/:region             | ok   ok   404   ok   ok'),
    // Interviews: guides, codebook and target are national; interviews belong to the actor's region.
    staff('GET /api/interview-guides                    | ok   ok   ok    ok   ok'),
    staff('POST /api/interview-guides                   | ok   403  403   403  403', {
      body: (c) => ({ title: `Pauta ${c.unique()}`, questions: ['¿Qué necesita?'] }),
    }),
    staff('GET /api/interview-codes                     | ok   ok   ok    ok   ok'),
    staff('POST /api/interview-codes                    | ok   403  403   403  403', {
      body: (c) => ({ label: `Código ${c.unique()}` }),
    }),
    staff('GET /api/interviews                          | ok   ok   blind ok   ok'),
    staff('GET /api/interviews?region={region}          | ok   ok   404   ok   ok'),
    staff('POST /api/interviews                         | ok   ok   404   403  403', {
      body: (c) => ({
        actorId: A(c).actorId,
        guideId: c.world.national.guide.id,
        interviewer: 'Equipo',
        date: '2027-03-12',
        answers: [{ questionId: c.world.national.guide.questions[0], text: 'Más cursos.' }],
      }),
    }),
    staff('GET /api/interviews/synthesis                | ok   ok   blind ok   ok'),
    staff('GET /api/interviews/synthesis?region={region} | ok  ok   404   ok   ok'),
    staff('GET /api/interviews/coverage                 | ok   ok   ok    ok   ok'),
    staff('PUT /api/interviews/target                   | ok   403  403   403  403', {
      body: () => ({ target: 60 }),
    }),
    staff('GET /api/interviews/:id                      | ok   ok   404   ok   ok'),
    staff('POST /api/interviews/:id/codings             | ok   ok   404   403  403', {
      body: (c) => ({
        answerId: A(c).interview.answers[0],
        codeId: c.world.national.codeId,
        start: 7,
        end: 12,
      }),
    }),
    staff('DELETE /api/interview-codings/:id            | ok   ok   404   403  403', {
      fresh: freshCoding,
      order: 3,
    }),
    // Participation devices: registered instances and every dialogue, on the ladder.
    staff('GET /api/devices                             | ok   ok   blind ok   ok'),
    staff('GET /api/devices?region={region}             | ok   ok   404   ok   ok'),
    staff('POST /api/devices                            | ok   ok   403   403  403', {
      body: (c) => ({
        regionCode: c.text('region'),
        type: 'consulta_en_linea',
        name: `Consulta ${c.unique()}`,
        startedOn: '2026-02-01',
        level: 'informar',
      }),
    }),
    staff('GET /api/devices/comparison                  | ok   ok   ok    ok   ok'),
    staff('POST /api/devices/:source/:id/levels         | ok   ok   404   403  403', {
      body: () => ({ level: 'involucrar', since: '2026-06-01' }),
    }),
    staff('POST /api/devices/:source/:id/levels#a dialogue | ok ok  404   403  403', {
      ids: (c) => ({ '/api/devices/:source': 'dialogue', '/api/devices/:source/:id': c.id('dialogue') }),
      body: () => ({ level: 'consultar', since: '2026-11-25' }),
    }),
    // Regional councils.
    staff('GET /api/councils                            | ok   ok   blind ok   ok'),
    staff('GET /api/councils?region={region}            | ok   ok   404   ok   ok'),
    staff('POST /api/councils                           | ok   ok   403   403  403', {
      body: (c) => ({
        regionCode: c.text('region'),
        name: `Consejo ${c.unique()}`,
        establishedOn: '2026-01-01',
      }),
    }),
    staff('GET /api/councils/:id                        | ok   ok   404   ok   ok'),
    staff('PUT /api/councils/:id/publication            | ok   ok   404   403  403', {
      body: () => ({ published: false }),
    }),
    staff('PUT /api/councils/:id/rules                  | ok   ok   404   403  403', {
      body: () => ({ maxGenderShare: 60 }),
    }),
    staff('POST /api/councils/:id/members               | ok   ok   404   403  403', {
      body: () => ({ name: 'Berta Soto', estate: 'sociedad_civil', gender: 'f', termStart: '2025-03-01' }),
    }),
    staff('PATCH /api/councils/:id/members/:memberId    | ok   ok   404   403  403', {
      body: () => ({ termEnd: null }),
    }),
    staff('POST /api/councils/:id/sessions              | ok   ok   404   403  403', {
      body: (c) => ({
        date: '2026-05-01',
        agenda: 'Seguimiento',
        present: [A(c).council.memberId],
        quorum: 1,
      }),
    }),
    staff('POST /api/council-agreements/:id/follow-ups  | ok   ok   404   403  403', {
      body: () => ({ status: 'en_curso' }),
    }),
  ],
};
