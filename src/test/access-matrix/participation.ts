import {
  createDialogue,
  type DialogueBody,
  goLive,
  joinPhone,
  key,
  setPhase,
} from '../../modules/dialogues/testing.js';
import type { ApiClient } from '../../test/client.js';
import { type CallContext, device, type Ids, staff } from './harness.js';
import { type Base, type Feature, must, type Side } from './world.js';

type Dialogue = DialogueBody & { title: string; regionCode: string };

/** The room: organisations, dialogues, tables, participants and their ideas and dots. */
export interface ParticipationData {
  organization: { id: number; name: string };
  /** The dialogue under test, run by facA in region A. */
  dialogue: Dialogue;
  /** Another dialogue of the same region, run by facX. */
  other: Dialogue;
  ideas: Record<'main' | 'second' | 'byOther' | 'toHide' | 'hidden' | 'toMerge' | 'merged' | 'card', number>;
  participants: Record<'rosa' | 'pedro' | 'elena', number>;
  /** Rosa's phone (the `phone` caller on side A). */
  phone: ApiClient;
  texts: { venue: string; mainIdea: string; main: string[]; other: string[] };
}

async function build(base: Base, side: Side): Promise<ParticipationData> {
  const { server, clients, users } = base;
  const nat = clients.nat;
  const M = side.marker;
  const organization = await must<{ id: number; name: string }>(
    'organization',
    nat.post('/api/organizations', {
      name: `Sindicato ${M} de ${side.town}`,
      kind: 'sindicato',
      regionCode: side.region,
    }),
  );
  const dialogue = (await createDialogue(nat, {
    regionCode: side.region,
    title: `Diálogo ${M} de ${side.town}`,
    venue: `Sede ${M} del puerto`,
    agenda: `Agenda ${M} de la jornada`,
    questions: [`¿Cómo mejorar la capacitación ${M}?`],
    tables: [`Mesa ${M} Norte`, `Mesa ${M} Sur`],
  })) as Dialogue;
  const other = (await createDialogue(nat, {
    regionCode: side.region,
    title: `Diálogo ${M} de Coronel`,
    questions: [`¿Qué oficios faltan ${M}?`],
    tables: [`Mesa ${M} Única`],
  })) as Dialogue;
  if (side.key === 'A') {
    await must(
      'facilitators',
      nat.put(`/api/dialogues/${dialogue.id}/facilitators`, { userIds: [users.facA] }),
    );
    await must('facilitators', nat.put(`/api/dialogues/${other.id}/facilitators`, { userIds: [users.facX] }));
  }
  await goLive(nat, dialogue.id);
  await goLive(nat, other.id);
  const m = M.toLowerCase();
  const join = (name: string, email: string | null) =>
    joinPhone(server, dialogue, {
      name,
      email,
      notifyConsent: email !== null,
      organizationId: organization.id,
      gender: 'f',
      ageBand: '35-44',
    });
  const rosa = await join(`Rosa ${M}`, `rosa.${m}@correo.cl`);
  const pedro = await join(`Pedro ${M}`, null);
  const elena = await join(`Elena ${M}`, `elena.${m}@correo.cl`);
  const phoneIdea = async (phone: ApiClient, text: string) =>
    (
      await must<{ idea: { id: number } }>(
        'phone idea',
        phone.post('/api/me/ideas', { questionId: dialogue.questions[0].id, text, clientKey: key() }),
      )
    ).idea.id;
  const card = async (text: string, of: DialogueBody = dialogue) =>
    (
      await must<{ id: number }>(
        'card',
        nat.post(`/api/dialogues/${of.id}/ideas`, { tableId: of.tables[0].id, text }),
      )
    ).id;
  const texts = {
    main: `Cursos de soldadura ${M} en ${side.town}`,
    second: `Buses nocturnos ${M} hacia las zonas industriales`,
    byOther: `Salas cuna ${M} para madres trabajadoras`,
    toHide: `Comentario ${M} fuera de tema`,
    hidden: `Otro comentario ${M} oculto`,
    toMerge: `Soldadura ${M} para mujeres`,
    merged: `Cursos ${M} de soldadura para jóvenes`,
    card: `Becas ${M} de oficios en Coronel`,
  };
  const ideas = {
    main: await phoneIdea(rosa, texts.main),
    byOther: await phoneIdea(pedro, texts.byOther),
    second: await card(texts.second),
    toHide: await card(texts.toHide),
    hidden: await card(texts.hidden),
    toMerge: await card(texts.toMerge),
    merged: await card(texts.merged),
    card: await card(texts.card, other),
  };
  await setPhase(nat, dialogue.id, 'voting');
  await must('vote', rosa.post('/api/me/votes', { ideaId: ideas.main, delta: 2, clientKey: key() }));
  await must('vote', pedro.post('/api/me/votes', { ideaId: ideas.second, delta: 1, clientKey: key() }));
  await must('vote', elena.post('/api/me/votes', { ideaId: ideas.merged, delta: 1, clientKey: key() }));
  // The dialogue stays in voting: phones vote, and their idea edits meet the phase rule (409).
  await must('hide', nat.post(`/api/ideas/${ideas.hidden}/hide`, { reason: `Motivo ${M} de moderación` }));
  await must('merge', nat.post(`/api/ideas/${ideas.merged}/merge`, { intoId: ideas.main }));
  return {
    organization,
    dialogue,
    other,
    ideas,
    participants: { rosa: rosa.participantId, pedro: pedro.participantId, elena: elena.participantId },
    phone: rosa,
    texts: {
      venue: `Sede ${M} del puerto`,
      mainIdea: texts.main,
      main: [
        dialogue.title,
        `Sede ${M} del puerto`,
        `Agenda ${M} de la jornada`,
        dialogue.questions[0].text,
        ...dialogue.tables.map((table) => table.name),
        texts.main,
        texts.second,
        texts.byOther,
        texts.toHide,
        texts.hidden,
        texts.toMerge,
        texts.merged,
        `Rosa ${M}`,
        `Pedro ${M}`,
        `Elena ${M}`,
        `rosa.${m}@correo.cl`,
        `elena.${m}@correo.cl`,
      ],
      other: [organization.name, other.title, other.questions[0].text, other.tables[0].name, texts.card],
    },
  };
}

/** A copy of the dialogue under test (run by facA), in draft or live, for the rows that move it on. */
async function freshDialogue(c: CallContext, live: boolean): Promise<Ids> {
  const nat = c.world.clients.nat;
  const copy = await createDialogue(nat, {
    regionCode: c.world.A.participation.dialogue.regionCode,
    title: `${c.world.A.participation.dialogue.title} (copia)`,
  });
  await must(
    'facilitators',
    nat.put(`/api/dialogues/${copy.id}/facilitators`, { userIds: [c.world.users.facA] }),
  );
  if (live) await goLive(nat, copy.id);
  return { '/api/dialogues/:id': copy.id };
}

const A = (c: CallContext) => c.world.A.participation;

/** Two new card ideas of the dialogue under test; the second merged into the first if asked. */
async function freshPair(c: CallContext, merged: boolean): Promise<Ids> {
  const nat = c.world.clients.nat;
  const url = `/api/dialogues/${A(c).dialogue.id}/ideas`;
  const card = async () =>
    (
      await must<{ id: number }>(
        'card',
        nat.post(url, { tableId: A(c).dialogue.tables[0].id, text: `Tarjeta ${c.unique()}` }),
      )
    ).id;
  const [into, source] = [await card(), await card()];
  if (merged) await must('merge', nat.post(`/api/ideas/${source}/merge`, { intoId: into }));
  return { '/api/ideas/:id': source, into };
}

export const participation: Feature<ParticipationData> = {
  name: 'participation',
  build,
  ids: (data) => ({
    region: data.dialogue.regionCode,
    dialogue: data.dialogue.id,
    '/api/dialogues/:id': data.dialogue.id,
    '/api/dialogues/:id/ideas/:ideaId': data.ideas.main,
    '/api/ideas/:id': data.ideas.main,
    '/api/me/ideas/:id': data.ideas.main,
    '/api/participants/:id': data.participants.rosa,
    '/api/opendata/dialogues/:id': data.dialogue.id,
  }),
  secrets: (data) => [...data.texts.main, ...data.texts.other],
  mainSecrets: (data) => data.texts.main,
  rows: [
    // route                                              nat  mgrA mgrB  facA facX   (phone, anon: 401)
    // Organisations: everyone who sees the region (facilitators register them at the tables).
    staff('GET /api/organizations                       | ok   ok   blind ok   ok', {
      secrets: (c) => [A(c).organization.name],
    }),
    staff('GET /api/organizations?region={region}       | ok   ok   404   ok   ok'),
    staff('POST /api/organizations                      | ok   ok   404   ok   ok', {
      body: (c) => ({ name: `Junta ${c.unique()}`, kind: 'ong', regionCode: c.text('region') }),
    }),
    // Dialogues: managers of the region, and the facilitators assigned; settings for managers only.
    staff('GET /api/dialogues                           | ok   ok   blind ok   blind'),
    staff('GET /api/dialogues?region={region}           | ok   ok   blind ok   blind'),
    staff('POST /api/dialogues                          | ok   ok   404   403  403', {
      body: (c) => ({
        regionCode: c.text('region'),
        title: `Diálogo nuevo ${c.unique()}`,
        date: '2027-04-10',
        dotsPerParticipant: 5,
        questions: ['¿Qué proponemos?'],
        tables: ['Mesa 1'],
      }),
    }),
    staff('GET /api/dialogues/:id                       | ok   ok   404   ok   404'),
    staff('PATCH /api/dialogues/:id                     | ok   ok   404   403  404', {
      body: (c) => ({ venue: A(c).texts.venue }),
    }),
    // Verified participants are the region managers' choice (off here: this server has no provider).
    staff('PUT /api/dialogues/:id/verification          | ok   ok   404   403  403', {
      body: () => ({ required: false }),
    }),
    staff('POST /api/dialogues/:id/status               | ok   ok   404   ok   404', {
      body: () => ({ status: 'open' }),
      fresh: (c) => freshDialogue(c, false),
      order: 1,
    }),
    staff('POST /api/dialogues/:id/phase                | ok   ok   404   ok   404', {
      body: () => ({ phase: 'voting' }),
      fresh: (c) => freshDialogue(c, true),
      order: 1,
    }),
    staff('PUT /api/dialogues/:id/facilitators          | ok   ok   404   403  404', {
      body: (c) => ({ userIds: [c.world.users.facA] }),
    }),
    staff('GET /api/dialogues/:id/qr.svg                | ok   ok   404   ok   404'),
    // The venue kit: a dialogue taken out by the region's managers; brought home by managers, whose
    // region is the file's checkout's (a file that is not one is refused before that question).
    staff('POST /api/dialogues/:id/venue-checkout       | ok   ok   404   403  404', {
      fresh: (c) => freshDialogue(c, false),
      order: 1,
    }),
    staff('POST /api/venue/import                       | ok   ok   ok    403  403', {
      file: () => ({ name: 'exportacion.json', content: 'no es un archivo de Minga' }),
    }),
    staff('GET /api/dialogues/:id/screen                | ok   ok   404   ok   404'),
    staff('GET /api/dialogues/:id/acta.pdf              | ok   ok   404   ok   404'),
    staff('GET /api/dialogues/:id/ideas.csv             | ok   ok   404   ok   404'),
    staff('GET /api/dialogues/:id/printables.pdf        | ok   ok   404   ok   404'),
    staff('GET /api/dialogues/join-addresses            | ok   ok   ok    ok   ok'),
    // The projector's link: whoever runs the dialogue makes, renews and revokes it.
    staff('GET /api/dialogues/:id/screen-link           | ok   ok   404   ok   404'),
    staff('POST /api/dialogues/:id/screen-link          | ok   ok   404   ok   404'),
    staff('PUT /api/dialogues/:id/screen-view           | ok   ok   404   ok   404', {
      body: () => ({ rankingHidden: true, spotlightIdeaId: null, countdownMinutes: 5 }),
    }),
    staff('DELETE /api/dialogues/:id/screen-link        | ok   ok   404   ok   404', { order: 1 }),
    // Ideas: whoever runs the dialogue moderates it.
    // The ideas list: each sees the ideas of what they run, and nothing of another region.
    staff('GET /api/ideas                               | ok   ok   blind ok   blind'),
    staff('GET /api/ideas.csv                           | ok   ok   blind ok   blind'),
    staff('GET /api/dialogues/:id/ideas                 | ok   ok   404   ok   404'),
    staff('GET /api/dialogues/:id/ideas?includeHidden=1 | ok   ok   404   ok   404'),
    staff('POST /api/dialogues/:id/ideas                | ok   ok   404   ok   404', {
      body: (c) => ({ tableId: A(c).dialogue.tables[1].id, text: `Tarjeta ${c.unique()}` }),
    }),
    staff('PATCH /api/ideas/:id                         | ok   ok   404   ok   404', {
      body: (c) => ({ text: A(c).texts.mainIdea }),
    }),
    staff('POST /api/ideas/:id/hide                     | ok   ok   404   ok   404', {
      ids: (c) => ({ '/api/ideas/:id': A(c).ideas.toHide }),
      body: () => ({ reason: 'Fuera de tema' }),
    }),
    staff('POST /api/ideas/:id/unhide                   | ok   ok   404   ok   404', {
      ids: (c) => ({ '/api/ideas/:id': A(c).ideas.hidden }),
      order: 1,
    }),
    staff('POST /api/ideas/:id/merge                    | ok   ok   404   ok   404', {
      ids: (c) => ({ '/api/ideas/:id': A(c).ideas.toMerge, into: A(c).ideas.second }),
      fresh: (c) => freshPair(c, false),
      body: (c) => ({ intoId: c.id('into') }),
      order: 1,
    }),
    staff('POST /api/ideas/:id/unmerge                  | ok   ok   404   ok   404', {
      ids: (c) => ({ '/api/ideas/:id': A(c).ideas.merged }),
      fresh: (c) => freshPair(c, true),
      order: 1,
    }),
    // Official answers: the region's managers give them; whoever runs the dialogue reads them.
    staff('PUT /api/ideas/:id/answer                    | ok   ok   404   403  404', {
      body: () => ({ status: 'en_estudio', text: 'La dirección regional la estudia.' }),
    }),
    staff('GET /api/dialogues/:id/answers               | ok   ok   404   ok   404'),
    // The data subject's rights and open data: the national team only (403 to everyone else).
    staff('GET /api/participants/:id/export             | ok   403  403   403  403'),
    staff('POST /api/participants/:id/erase             | ok   403  403   403  403', {
      ids: (c) => ({ '/api/participants/:id': A(c).participants.elena }),
      order: 3,
    }),
    staff('PUT /api/opendata/dialogues/:id              | ok   403  403   403  403', {
      body: () => ({ published: false }),
    }),
    // A participant's phone: only with its device token, and only its own things.
    device('GET /api/me                      | 401 401 401 401 401 ok  401'),
    device('POST /api/me/ideas               | 401 401 401 401 401 ok  401', {
      body: (c) => ({
        questionId: A(c).dialogue.questions[0].id,
        text: `Idea ${c.unique()}`,
        clientKey: key(),
      }),
    }),
    device('PATCH /api/me/ideas/:id          | 401 401 401 401 401 ok  401', {
      body: (c) => ({ text: A(c).texts.mainIdea }),
    }),
    device("PATCH /api/me/ideas/:id#someone else's | 401 401 401 401 401 404 401", {
      ids: (c) => ({ '/api/me/ideas/:id': A(c).ideas.byOther }),
      body: () => ({ text: 'Reescrita por otra persona' }),
    }),
    device('POST /api/me/votes               | 401 401 401 401 401 ok  401', {
      body: (c) => ({ ideaId: A(c).ideas.second, delta: 1, clientKey: key() }),
    }),
    device('POST /api/me/votes#an idea of another dialogue | 401 401 401 401 401 404 401', {
      body: (c) => ({ ideaId: A(c).ideas.card, delta: 1, clientKey: key() }),
    }),
    device('PUT /api/me/evaluation           | 401 401 401 401 401 ok  401', {
      body: () => ({ rating: 'bueno' }),
    }),
  ],
};
