import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { type StoreKind, storeKinds } from '../../test/stores.js';
import {
  createDialogue,
  type DialogueBody,
  errorCode,
  goLive,
  joinPhone,
  phoneIdea,
  setPhase,
  vote,
} from '../dialogues/testing.js';
import { exportDialogue } from './service.js';

/**
 * Issue 20, the venue kit: a dialogue checked out of a national store that holds the demo, run on a
 * laptop's store (phones, cards, hidden and merged ideas, dots, evaluations, an erased participant),
 * exported and imported back; the national report of that dialogue states every figure the laptop's
 * did. Both pairings of stores when PostgreSQL answers (SQLite → PostgreSQL, PostgreSQL → SQLite).
 */
const pairings: Array<[StoreKind, StoreKind]> = storeKinds.includes('postgres')
  ? [
      ['sqlite', 'postgres'],
      ['postgres', 'sqlite'],
    ]
  : [['sqlite', 'sqlite']];

const region = 'CL-AI'; // Aysén
const password = 'contraseña-de-prueba';

type Dashboard = {
  report: { participants: number; ideas: number };
  dialogues: Array<Record<string, unknown>>;
  topIdeas: Array<Record<string, unknown>>;
};

/** The dashboard of one dialogue with the store's own ids left out: what must match across stores. */
async function figures(client: ApiClient, dialogueId: number) {
  const response = await client.get<Dashboard>(`/api/results/dashboard?dialogue=${dialogueId}`);
  expect(response.status).toBe(200);
  const { dialogues, topIdeas, ...rest } = response.body;
  return {
    ...rest,
    dialogues: dialogues.map(({ id: _, published_at: __, ...dialogue }) => dialogue),
    topIdeas: topIdeas.map(({ id: _, ...idea }) => idea),
  };
}

async function upload(client: ApiClient, url: string, text: string, name = 'archivo.json') {
  return client.upload<Record<string, unknown>>(url, { name, data: text });
}

/** A dialogue held in the room of `store`: everything the room can do, then closed. */
async function holdDialogue(store: TestServer, staff: ApiClient, dialogue: DialogueBody) {
  await goLive(staff, dialogue.id);
  const organizations = await store
    .client()
    .get<Array<{ id: number; name: string }>>(`/api/join/${dialogue.joinCode}/organizations`);
  const known =
    (organizations.body as unknown as { organizations?: Array<{ id: number }> }).organizations ??
    (organizations.body as Array<{ id: number }>);
  const phones = [];
  const people = [
    { name: 'Rosa Aguilar', email: 'rosa@correo.cl', notifyConsent: true, gender: 'f', ageBand: '35-44' },
    { name: 'Pedro Soto', gender: 'm', ageBand: '25-34', organizationId: known[0]?.id },
    { name: null, gender: 'x', ageBand: '65+', organizationName: 'Cooperativa Nueva de Cochrane' },
    { name: 'Elena Paillán', gender: 'f', ageBand: '15-24', organizationName: 'SINDICATO DE Guías de Aysén' },
    { name: 'Juan Vera', email: 'juan@correo.cl', notifyConsent: false, gender: 'm', ageBand: '45-54' },
    { name: 'Marta Ñancupil', gender: 'f', ageBand: '55-64', sector: 'empleador' },
  ];
  for (const [i, person] of people.entries())
    phones.push(
      await joinPhone(store, dialogue, {
        ...person,
        tableId: dialogue.tables[i % dialogue.tables.length].id,
      }),
    );
  const ideas: number[] = [];
  for (const [i, phone] of phones.entries()) {
    ideas.push(await phoneIdea(phone, dialogue, `Idea ${i + 1}: talleres de oficio en la comuna`));
    ideas.push(await phoneIdea(phone, dialogue, `Idea ${i + 1}b: capacitación a distancia con conexión`));
  }
  const card = await staff.post<{ id: number }>(`/api/dialogues/${dialogue.id}/ideas`, {
    tableId: dialogue.tables[1].id,
    questionId: dialogue.questions[1].id,
    text: 'Tarjeta de papel: transporte a los cursos',
  });
  expect(card.status).toBe(201);
  ideas.push(card.body.id);
  expect(
    (await staff.post(`/api/ideas/${ideas[3]}/hide`, { reason: 'Datos personales en el texto' })).status,
  ).toBe(200);
  expect((await staff.post(`/api/ideas/${ideas[5]}/merge`, { intoId: ideas[0] })).status).toBe(200);
  await setPhase(staff, dialogue.id, 'voting');
  for (const [i, phone] of phones.entries()) {
    expect((await vote(phone, ideas[0], 2)).status).toBe(200);
    expect(
      (await vote(phone, ideas[(i * 3 + 7) % ideas.length === 3 ? 4 : (i * 3 + 7) % ideas.length], 1)).status,
    ).toBeLessThan(500);
    expect((await vote(phone, ideas[12], 1)).status).toBe(200);
  }
  // A merge after the votes: dots over the cap on the target are refunded.
  expect((await staff.post(`/api/ideas/${ideas[12]}/merge`, { intoId: ideas[0] })).status).toBe(200);
  await setPhase(staff, dialogue.id, 'evaluation');
  const ratings = ['excelente', 'bueno', 'bueno', 'regular', 'malo'];
  for (const [i, rating] of ratings.entries())
    expect((await phones[i].put('/api/me/evaluation', { rating, comment: `Comentario ${i}` })).status).toBe(
      201,
    );
  expect((await staff.post(`/api/dialogues/${dialogue.id}/status`, { status: 'closed' })).status).toBe(200);
  return { phones, ideas };
}

describe.each(pairings)('the venue kit: run on %s, brought home to %s', (laptopKind, nationalKind) => {
  let national: TestServer;
  let laptop: TestServer;
  let nat: ApiClient;
  let manager: ApiClient;
  let facilitatorEmail: string;
  let dialogue: DialogueBody;
  let checkoutText: string;
  let laptopId: number;
  let exportText: string;

  beforeAll(async () => {
    [national, laptop] = await Promise.all([startTestServer(nationalKind), startTestServer(laptopKind)]);
    nat = await national.signIn('national', [], `nacional.${laptopKind}.${nationalKind}@sence.test`);
    manager = await national.signIn('regional', [region]);
    facilitatorEmail = `facilitadora.${laptopKind}.${nationalKind}@sence.test`;
    const facilitator = await national.signIn('facilitator', [region], facilitatorEmail);
    expect((await nat.post('/api/demo')).status).toBe(201);
    dialogue = await createDialogue(nat, {
      regionCode: region,
      title: 'Diálogo de Cochrane',
      venue: 'Gimnasio municipal de Cochrane',
      questions: ['¿Cómo podríamos acercar la capacitación?', '¿Qué oficios faltan en la comuna?'],
      tables: ['Mesa Baker', 'Mesa Chacabuco', 'Mesa Tamango'],
    });
    await nat.put(`/api/dialogues/${dialogue.id}/facilitators`, { userIds: [facilitator.userId] });
    // An organisation the laptop gets with the checkout, whose name a participant types in capitals.
    expect(
      (
        await nat.post('/api/organizations', {
          name: 'Sindicato de Guías de Aysén',
          kind: 'sindicato',
          regionCode: region,
        })
      ).status,
    ).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([national?.close(), laptop?.close()]);
  });

  it('checks a dialogue out as a signed file, for the managers of its region only', async () => {
    const other = await national.signIn('regional', ['CL-MA']);
    expect((await other.post(`/api/dialogues/${dialogue.id}/venue-checkout`)).status).toBe(404);
    const response = await manager.post<string>(`/api/dialogues/${dialogue.id}/venue-checkout`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    // The national account checks out too, so it can sign in on the laptop as well.
    const mine = await nat.request('POST', `/api/dialogues/${dialogue.id}/venue-checkout`);
    checkoutText = JSON.stringify(mine.body);
    expect(JSON.parse(checkoutText)).toMatchObject({ format: 'minga-venue-checkout', version: 1 });
  });

  it('opens the checkout on the laptop’s empty store, once, and the facilitator signs in with the usual password', async () => {
    const anyone = laptop.client();
    const tampered = checkoutText.replace('Diálogo de Cochrane', 'Diálogo de Coyhaique');
    const refused = await upload(anyone, '/api/setup/venue', tampered);
    expect(refused.status).toBe(422);
    expect(errorCode(refused.body)).toBe('venue_signature_bad');
    const opened = await upload(anyone, '/api/setup/venue', checkoutText);
    expect(opened.status).toBe(201);
    laptopId = opened.body.dialogueId as number;
    expect(opened.body.accounts).toContain(facilitatorEmail);
    // The store has accounts now: its first screen takes no more files.
    const again = await upload(anyone, '/api/setup/venue', checkoutText);
    expect(errorCode(again.body)).toBe('venue_store_in_use');
    const facilitator = laptop.client();
    await facilitator.login(facilitatorEmail, password);
    const seen = await facilitator.get<DialogueBody & { title: string; regionCode: string }>(
      `/api/dialogues/${laptopId}`,
    );
    expect(seen.body).toMatchObject({
      title: 'Diálogo de Cochrane',
      regionCode: region,
      joinCode: dialogue.joinCode,
    });
    expect(seen.body.tables.map((table) => table.name)).toEqual([
      'Mesa Baker',
      'Mesa Chacabuco',
      'Mesa Tamango',
    ]);
  });

  it('brings the dialogue home whole: every figure of its report on the national store equals the laptop’s', async () => {
    const facilitator = laptop.client();
    await facilitator.login(facilitatorEmail, password);
    const room = (await facilitator.get<DialogueBody>(`/api/dialogues/${laptopId}`)).body;
    const { phones } = await holdDialogue(laptop, facilitator, room);
    // Erasure on the laptop travels as it is: the row stays, blanked.
    const laptopNat = laptop.client();
    await laptopNat.login(`nacional.${laptopKind}.${nationalKind}@sence.test`, password);
    const erased = await laptopNat.post(`/api/participants/${phones[4].participantId}/erase`);
    expect(erased.status).toBeLessThan(300);
    const before = await figures(laptopNat, laptopId);
    expect(before.report.participants).toBe(6); // the erased one still counts, blanked

    // Made at home while the laptop was away; the laptop made its own from what a participant typed.
    expect(
      (await nat.post('/api/organizations', { name: 'Cooperativa nueva de Cochrane', regionCode: region }))
        .status,
    ).toBe(201);
    exportText = (await exportDialogue(laptop.ctx, laptopId)).text;
    const nationalBefore = await figures(nat, dialogue.id);
    expect(nationalBefore.report.participants).toBe(0);
    const imported = await upload(manager, '/api/venue/import', exportText);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      alreadyImported: false,
      participants: 6,
      ideas: 13,
      evaluations: 5,
    });
    expect(imported.body.organizationsMatched).toBeGreaterThanOrEqual(2);

    const after = await figures(nat, dialogue.id);
    expect(after).toEqual(before);
    // Consent kept as given, one by one; the phones' tokens stayed with the laptop.
    const people = await national.ctx.db
      .selectFrom('participants')
      .select(['name', 'consent_at', 'notify_consent_at', 'device_token_hash', 'organization_id'])
      .where('dialogue_id', '=', dialogue.id)
      .orderBy('id')
      .execute();
    const there = await laptop.ctx.db
      .selectFrom('participants')
      .select(['name', 'consent_at', 'notify_consent_at'])
      .where('dialogue_id', '=', laptopId)
      .orderBy('id')
      .execute();
    expect(
      people.map(({ name, consent_at, notify_consent_at }) => ({ name, consent_at, notify_consent_at })),
    ).toEqual(there);
    expect(people.every((person) => person.device_token_hash === null)).toBe(true);
    expect(people.filter((person) => person.name === null)).toHaveLength(2); // the anonymous one and the erased one
    // Organisations matched by name within the region: one of each at home, none added.
    expect(imported.body).toMatchObject({ organizationsAdded: 0 });
    for (const name of ['%uías de Aysén%', '%ooperativa%'])
      expect(
        await national.ctx.db
          .selectFrom('organizations')
          .select('id')
          .where('region_code', '=', region)
          .where('name', 'like', name)
          .execute(),
      ).toHaveLength(1);
    const hidden = await national.ctx.db
      .selectFrom('ideas')
      .select(['hidden_reason'])
      .where('dialogue_id', '=', dialogue.id)
      .where('hidden_at', 'is not', null)
      .execute();
    expect(hidden).toEqual([{ hidden_reason: 'Datos personales en el texto' }]);
    const events = await national.ctx.db
      .selectFrom('dialogue_events')
      .select('id')
      .where('dialogue_id', '=', dialogue.id)
      .execute();
    expect(events.length).toBe(imported.body.events);
    expect(events.length).toBeGreaterThan(10);
  }, 60_000);

  it('imports the same file a second time as "already imported", changing nothing', async () => {
    const before = await figures(nat, dialogue.id);
    const again = await upload(nat, '/api/venue/import', exportText);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyImported: true, participants: 6 });
    expect(await figures(nat, dialogue.id)).toEqual(before);
  });

  it('refuses a tampered export, another region’s manager, and a facilitator, before writing anything', async () => {
    const body = JSON.parse(exportText);
    body.body.votes[0].dots += 1;
    const tampered = await upload(nat, '/api/venue/import', JSON.stringify(body));
    expect(tampered.status).toBe(422);
    expect(errorCode(tampered.body)).toBe('venue_signature_bad');
    const other = await national.signIn('regional', ['CL-MA']);
    expect((await upload(other, '/api/venue/import', exportText)).status).toBe(403);
    const facilitator = await national.signIn('facilitator', [region]);
    expect((await upload(facilitator, '/api/venue/import', exportText)).status).toBe(403);
    expect((await upload(nat, '/api/venue/import', 'no es json')).status).toBe(422);
    expect(errorCode((await upload(nat, '/api/venue/import', checkoutText)).body)).toBe('venue_wrong_kind');
  });

  it('refuses, with its reasons and nothing written, a dialogue edited on both sides after the checkout', async () => {
    const second = await createDialogue(nat, { regionCode: region, title: 'Diálogo de Tortel' });
    const file = await nat.request('POST', `/api/dialogues/${second.id}/venue-checkout`);
    const fresh = await startTestServer(laptopKind);
    try {
      const opened = await upload(fresh.client(), '/api/setup/venue', JSON.stringify(file.body));
      expect(opened.status).toBe(201);
      const staff = fresh.client();
      await staff.login(`nacional.${laptopKind}.${nationalKind}@sence.test`, password);
      const room = (await staff.get<DialogueBody>(`/api/dialogues/${opened.body.dialogueId}`)).body;
      await goLive(staff, room.id);
      await joinPhone(fresh, room, { name: 'Luis' });
      // Meanwhile someone edits the national copy.
      expect(
        (await nat.patch(`/api/dialogues/${second.id}`, { venue: 'Sede vecinal de Tortel' })).status,
      ).toBe(200);
      const text = (await exportDialogue(fresh.ctx, room.id)).text;
      const refused = await upload(nat, '/api/venue/import', text);
      expect(refused.status).toBe(409);
      expect(errorCode(refused.body)).toBe('venue_edited_both_sides');
      const issues = (refused.body as { error: { issues: Array<{ path: string }> } }).error.issues;
      expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['nacional', 'portátil']));
      expect((await figures(nat, second.id)).report).toMatchObject({ participants: 0, ideas: 0 });

      // And a dialogue moved to another region after its checkout is refused for that.
      const third = await createDialogue(nat, { regionCode: region, title: 'Diálogo de Villa O’Higgins' });
      const thirdFile = await nat.request('POST', `/api/dialogues/${third.id}/venue-checkout`);
      const cli = await import('./service.js');
      const thirdOpened = await cli.openCheckout(
        fresh.ctx,
        Buffer.from(JSON.stringify(thirdFile.body)),
        'es',
      );
      expect((await nat.patch(`/api/dialogues/${third.id}`, { regionCode: 'CL-MA' })).status).toBe(200);
      const moved = await upload(
        nat,
        '/api/venue/import',
        (await exportDialogue(fresh.ctx, thirdOpened.dialogueId)).text,
      );
      expect(errorCode(moved.body)).toBe('venue_other_region');
      // Opening the same checkout again on the laptop changes nothing.
      const twice = await cli.openCheckout(fresh.ctx, Buffer.from(JSON.stringify(thirdFile.body)), 'es');
      expect(twice).toMatchObject({ alreadyOpened: true, dialogueId: thirdOpened.dialogueId });
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
