import { calendar } from '../../test/participation.js';
import { type CallContext, type Ids, staff } from './harness.js';
import { type Base, type Feature, must, type RegionData, type Side, sides } from './world.js';

/** From ideas to the portfolio: synthesis themes, the region's track of the cycle, initiatives. */
export interface PortfolioData {
  themes: Array<{ id: number; ideas: number[] }>;
  /** A theme job of the region, ended before the rows run. */
  jobId: number;
  /** A theme of the annual cycle's scope holding region A's ideas (set once both regions are built). */
  cycleThemeId: number;
  track: { id: number; phases: number[]; attachmentId: number; feedbackSessionId: number };
  initiative: { id: number; milestoneId: number; sourceIdeaId: number };
  texts: { theme: string; initiative: string; all: string[] };
}

interface Track {
  phases: Array<{ id: number; attachments: Array<{ id: number; kind: string; refId: number }> }>;
  feedbackSessions: Array<{ id: number; title: string }>;
}

async function build(base: Base, side: Side, built: Partial<RegionData>): Promise<PortfolioData> {
  const nat = base.clients.nat;
  const M = side.marker;
  const room = built.participation!;
  // A theme job first, waited for to its end so that it cannot replace the themes built below.
  const job = await must<{ id: number }>(
    'theme job',
    nat.post('/api/synthesis/jobs', { scope: side.region, k: 2, seed: 1 }),
  );
  for (let tries = 0; ; tries += 1) {
    const state = await must<{ status: string }>('theme job state', nat.get(`/api/synthesis/jobs/${job.id}`));
    if (state.status !== 'queued' && state.status !== 'running') break;
    if (tries > 600) throw new Error('fixture theme job did not end');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await must('synthesis run', nat.post('/api/synthesis/runs', { scope: side.region, k: 2, seed: 1 }));
  const list = await must<{ themes: Array<{ id: number }> }>(
    'themes',
    nat.get(`/api/synthesis/themes?scope=${side.region}`),
  );
  const themes = [];
  for (const theme of list.themes) {
    const detail = await must<{ ideas: Array<{ id: number }> }>(
      'theme',
      nat.get(`/api/synthesis/themes/${theme.id}`),
    );
    themes.push({ id: theme.id, ideas: detail.ideas.map((idea) => idea.id) });
  }
  // The theme with most ideas first: it is the one split and renamed.
  themes.sort((a, b) => b.ideas.length - a.ideas.length);
  const themeLabel = `Tema ${M} de soldadura`;
  await must('theme label', nat.patch(`/api/synthesis/themes/${themes[0].id}`, { label: themeLabel }));

  const cycle = await must<{ tracks: Array<{ id: number; regionCode: string }> }>(
    'cycle',
    nat.get(`/api/cycles/${base.national.cycleId}`),
  );
  const trackId = cycle.tracks.find((track) => track.regionCode === side.region)!.id;
  const notes = `Notas ${M} de partida`;
  await must('track notes', nat.patch(`/api/tracks/${trackId}`, { startingNotes: notes }));
  const feedbackTitle = `Devolución ${M} a participantes`;
  const session = await must<{ id: number }>(
    'feedback session',
    nat.post(`/api/tracks/${trackId}/feedback-sessions`, {
      title: feedbackTitle,
      audience: 'participantes',
      plannedOn: '2027-08-01',
      notes: `Notas ${M} de la devolución`,
    }),
  );
  const track = await must<Track>('track', nat.get(`/api/tracks/${trackId}`));
  // Only region A's dialogue feeds the cycle's themes (B attaches an interview): every cycle theme
  // then holds A's ideas alone, and B's manager must not see any of them.
  const attachment = await must<{ id: number }>(
    'attachment',
    nat.post(
      `/api/phases/${track.phases[0].id}/attachments`,
      side.key === 'A'
        ? { kind: 'dialogue', refId: room.dialogue.id }
        : { kind: 'interview', refId: built.listening!.interview.id },
    ),
  );
  const initiativeTitle = `Iniciativa ${M} de soldadura`;
  const initiative = await must<{ id: number; milestones: Array<{ id: number }> }>(
    'initiative',
    nat.post('/api/initiatives', {
      cycleId: base.national.cycleId,
      regionCode: side.region,
      title: initiativeTitle,
      description: `Descripción ${M} de la iniciativa`,
      responsibleUnit: `Unidad ${M} de capacitación`,
      budgetPesos: 12_000_000,
      sources: [{ kind: 'idea', refId: room.ideas.main }],
      milestones: [{ title: `Hito ${M} de licitación`, dueOn: '2027-09-01' }],
    }),
  );
  return {
    themes,
    jobId: job.id,
    cycleThemeId: 0,
    track: {
      id: trackId,
      phases: track.phases.map((phase) => phase.id),
      attachmentId: attachment.id,
      feedbackSessionId: session.id,
    },
    initiative: {
      id: initiative.id,
      milestoneId: initiative.milestones[0].id,
      sourceIdeaId: room.ideas.main,
    },
    texts: {
      theme: themeLabel,
      initiative: initiativeTitle,
      all: [
        themeLabel,
        notes,
        feedbackTitle,
        `Notas ${M} de la devolución`,
        initiativeTitle,
        `Descripción ${M} de la iniciativa`,
        `Unidad ${M} de capacitación`,
        `Hito ${M} de licitación`,
      ],
    },
  };
}

/** Runs the synthesis of the annual cycle (national) and names the theme of region A's main idea. */
export async function buildCycleThemes(base: Base, A: RegionData): Promise<void> {
  const nat = base.clients.nat;
  const scope = `ciclo-${base.national.cycleId}`;
  await must('cycle synthesis', nat.post('/api/synthesis/runs', { scope, k: 2, seed: 1 }));
  const list = await must<{ themes: Array<{ id: number }> }>(
    'cycle themes',
    nat.get(`/api/synthesis/themes?scope=${scope}`),
  );
  for (const theme of list.themes) {
    const detail = await must<{ ideas: Array<{ id: number }> }>(
      'theme',
      nat.get(`/api/synthesis/themes/${theme.id}`),
    );
    if (detail.ideas.some((idea) => idea.id === A.participation.ideas.main))
      A.portfolio.cycleThemeId = theme.id;
  }
  const label = `Tema ${sides.A.marker} del ciclo`;
  await must('cycle theme label', nat.patch(`/api/synthesis/themes/${A.portfolio.cycleThemeId}`, { label }));
  A.portfolio.texts.all.push(label);
}

const A = (c: CallContext) => c.world.A.portfolio;

/** An attachment of the track's second phase, for the deletion row (made again after each deletion). */
async function freshAttachment(c: CallContext): Promise<Ids> {
  const nat = c.world.clients.nat;
  const phase = A(c).track.phases[1];
  const refId = c.world.A.participation.other.id;
  const made = await nat.post<{ id: number }>(`/api/phases/${phase}/attachments`, {
    kind: 'dialogue',
    refId,
  });
  if (made.status === 201) return { '/api/attachments/:id': made.body.id };
  const track = await must<Track>('track', nat.get(`/api/tracks/${A(c).track.id}`));
  const existing = track.phases.find((candidate) => candidate.id === phase)!.attachments[0];
  return { '/api/attachments/:id': existing.id };
}

/** A second source of the initiative, for the deletion row (added again after each deletion). */
async function freshSource(c: CallContext): Promise<Ids> {
  const refId = c.world.A.participation.ideas.byOther;
  const added = await c.world.clients.nat.post(`/api/initiatives/${A(c).initiative.id}/sources`, {
    kind: 'idea',
    refId,
  });
  if (added.status !== 200 && added.status !== 201 && added.status !== 409)
    throw new Error(`fixture source: ${added.status} ${JSON.stringify(added.body)}`);
  return { '/api/initiatives/:id/sources/:kind': 'idea', '/api/initiatives/:id/sources/:kind/:refId': refId };
}

export const portfolio: Feature<PortfolioData> = {
  name: 'portfolio',
  build,
  ids: (data, base) => ({
    '/api/synthesis/themes/:id': data.themes[0].id,
    '/api/synthesis/jobs/:id': data.jobId,
    '/api/cycles/:id': base.national.cycleId,
    '/api/tracks/:id': data.track.id,
    '/api/phases/:id': data.track.phases[0],
    '/api/attachments/:id': data.track.attachmentId,
    '/api/feedback-sessions/:id': data.track.feedbackSessionId,
    '/api/initiatives/:id': data.initiative.id,
    '/api/initiatives/:id/sources/:kind': 'idea',
    '/api/initiatives/:id/sources/:kind/:refId': data.initiative.sourceIdeaId,
    '/api/milestones/:id': data.initiative.milestoneId,
  }),
  secrets: (data) => data.texts.all,
  mainSecrets: (data) => data.texts.all,
  rows: [
    // route                                              nat  mgrA mgrB  facA facX   (phone, anon: 401)
    // Synthesis: read by whoever sees the region (the nation, CL, by the national team only);
    // run and corrected by the national team and the region's managers.
    staff('GET /api/synthesis/themes                    | ok   ok   ok    ok   ok'),
    staff('GET /api/synthesis/themes?scope={region}     | ok   ok   404   ok   ok'),
    staff('GET /api/synthesis/themes?scope=CL           | ok   404  404   404  404'),
    staff('GET /api/synthesis/themes/:id                | ok   ok   404   ok   ok'),
    // An annual cycle's themes: read by all, each caller seeing their regions' ideas only; changed
    // by the national team only.
    staff('GET /api/synthesis/themes?scope=ciclo-{cycle} | ok  ok   blind ok   ok', {
      secrets: (c) => [A(c).texts.all.at(-1)!],
    }),
    staff('GET /api/synthesis/themes/:id#of the cycle    | ok  ok   404   ok   ok', {
      ids: (c) => ({ '/api/synthesis/themes/:id': A(c).cycleThemeId }),
    }),
    staff('PATCH /api/synthesis/themes/:id#of the cycle  | ok  403  404   403  403', {
      ids: (c) => ({ '/api/synthesis/themes/:id': A(c).cycleThemeId }),
      body: (c) => ({ label: A(c).texts.all.at(-1) }),
    }),
    staff('POST /api/synthesis/runs#of the cycle         | ok  403  403   403  403', {
      body: (c) => ({ scope: `ciclo-${c.id('cycle')}`, k: 2, seed: 1 }),
      order: 4,
    }),
    staff('PATCH /api/synthesis/themes/:id              | ok   ok   404   403  403', {
      body: (c) => ({ label: A(c).texts.theme }),
    }),
    staff('PUT /api/synthesis/themes/:id/publication    | ok   ok   404   403  403', {
      body: () => ({ published: true }),
    }),
    staff('POST /api/synthesis/themes/:id/answers       | ok   ok   404   403  403', {
      body: () => ({ status: 'en_estudio', text: 'La dirección regional estudia este tema.' }),
    }),
    staff('POST /api/synthesis/themes/:id/split         | ok   ok   404   403  403', {
      body: (c) => ({ ideaIds: [A(c).themes[0].ideas.at(-1)], label: `Separado ${c.unique()}` }),
      order: 1,
    }),
    staff('POST /api/synthesis/themes/:id/ideas         | ok   ok   404   403  403', {
      body: (c) => ({ ideaId: A(c).themes[1].ideas[0] }),
      order: 2,
    }),
    staff('POST /api/synthesis/themes/:id/merge         | ok   ok   404   403  403', {
      ids: (c) => ({ '/api/synthesis/themes/:id': A(c).themes[1].id }),
      body: (c) => ({ intoId: A(c).themes[0].id }),
      order: 3,
    }),
    staff('POST /api/synthesis/runs                     | ok   ok   404   403  403', {
      body: (c) => ({ scope: c.text('region'), k: 2, seed: 1 }),
      order: 4,
    }),
    staff('POST /api/synthesis/runs#national            | ok   404  404   404  404', {
      body: () => ({ scope: 'CL', k: 3, seed: 1 }),
      order: 4,
    }),
    // Theme jobs: started and cancelled by who may run the scope's themes, followed by who reads them.
    staff('GET /api/synthesis/jobs/:id                  | ok   ok   404   ok   ok'),
    staff('POST /api/synthesis/jobs/:id/cancel          | ok   ok   404   403  403'),
    staff('POST /api/synthesis/jobs                     | ok   ok   404   403  403', {
      body: (c) => ({ scope: c.text('region'), k: 2, seed: 1 }),
      order: 4,
    }),
    staff('GET /api/dialogues/:id/ideas/:ideaId/duplicates | ok ok 404  ok   404'),
    // The annual cycle is national; a region's track is read by whoever sees the region and run by
    // its managers.
    staff('GET /api/cycles                              | ok   ok   ok    ok   ok'),
    staff('POST /api/cycles                             | ok   403  403   403  403', {
      body: () => ({ year: 2026, phases: calendar(2026) }),
    }),
    staff('GET /api/cycles/:id                          | ok   ok   ok    ok   ok'),
    staff('GET /api/cycles/:id/board?on=2028-06-01      | ok   ok   ok    ok   ok'),
    staff('GET /api/cycles/:id/indicators               | ok   ok   ok    ok   ok'),
    staff('GET /api/cycles/:id/indicators?region={region} | ok ok   404   ok   ok', { phantom: false }),
    staff('GET /api/tracks/:id                          | ok   ok   404   ok   ok'),
    staff('PATCH /api/tracks/:id                        | ok   ok   404   403  403', {
      body: () => ({ startingNotes: `Notas ${sides.A.marker} de partida` }),
    }),
    staff('PUT /api/tracks/:id/phases                   | ok   ok   404   403  403', {
      body: () => ({ phases: calendar(2027) }),
    }),
    staff('POST /api/phases/:id/completion              | ok   ok   404   403  403', {
      body: () => ({ completed: false }),
    }),
    staff('GET /api/phases/:id/candidates?kind=dialogue  | ok   ok   404   403  403'),
    staff('POST /api/phases/:id/attachments             | ok   ok   404   403  403', {
      body: (c) => ({ kind: 'interview', refId: c.world.A.listening.interview.id }),
    }),
    staff('DELETE /api/attachments/:id                  | ok   ok   404   403  403', {
      fresh: freshAttachment,
      order: 3,
    }),
    staff('POST /api/tracks/:id/feedback-sessions       | ok   ok   404   403  403', {
      body: () => ({ title: 'Devolución al consejo', audience: 'consejo', plannedOn: '2027-11-15' }),
    }),
    staff('PATCH /api/feedback-sessions/:id             | ok   ok   404   403  403', {
      body: () => ({ attendees: 12 }),
    }),
    // Initiatives: regional ones read within the region and managed by its managers.
    staff('GET /api/initiatives                         | ok   ok   blind ok   ok'),
    staff('GET /api/initiatives?region={region}         | ok   ok   404   ok   ok'),
    staff('POST /api/initiatives                        | ok   ok   404   403  403', {
      body: (c) => ({
        cycleId: c.world.national.cycleId,
        regionCode: c.text('region'),
        title: `Iniciativa ${c.unique()}`,
        responsibleUnit: 'Unidad regional',
        budgetPesos: 1000,
        sources: [{ kind: 'idea', refId: c.world.A.participation.ideas.second }],
      }),
    }),
    staff('GET /api/initiatives/:id                     | ok   ok   404   ok   ok'),
    staff('PATCH /api/initiatives/:id                   | ok   ok   404   403  403', {
      body: () => ({ progressPercent: 10, note: 'Avance' }),
    }),
    staff('POST /api/initiatives/:id/sources            | ok   ok   404   403  403', {
      body: (c) => ({ kind: 'theme', refId: A(c).themes[0].id }),
    }),
    staff('DELETE /api/initiatives/:id/sources/:kind/:refId | ok ok 404   403  403', {
      fresh: freshSource,
      order: 3,
    }),
    staff('POST /api/initiatives/:id/milestones         | ok   ok   404   403  403', {
      body: () => ({ title: 'Adjudicación', dueOn: '2027-10-01' }),
    }),
    staff('PATCH /api/milestones/:id                    | ok   ok   404   403  403', {
      body: () => ({ doneOn: null }),
    }),
    staff('GET /api/tracks/:id/ideas                    | ok   ok   404   ok   ok'),
    staff('GET /api/cycles/:id/progress-template.csv    | ok   ok   blind blind blind', {
      secrets: (c) => [A(c).texts.initiative],
    }),
    // Out of the caller's reach an initiative reads as unknown in the file's report (422); a
    // facilitator manages no initiative and is refused before the file is read (403).
    staff('POST /api/initiatives/progress-import?dryRun=true | ok ok 422  403  403', {
      file: (c) => ({
        name: 'avance.csv',
        content: `initiative_id,progress_percent\n${c.id('/api/initiatives/:id')},20\n`,
      }),
    }),
    // The e-mail outbox (participants' addresses): the national team only.
    staff('GET /api/notifications/outbox                | ok   403  403   403  403'),
  ],
};
