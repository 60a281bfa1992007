import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../test/client.js';
import { seedDialogue } from '../../test/participation.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';
import { readPolisVotesCsv } from './polis-csv.js';

interface Detail {
  id: number;
  publicKey: string;
  joinPath: string;
  open: boolean;
  statements: Array<{
    id: number;
    text: string;
    status: string;
    agree: number;
    disagree: number;
    pass: number;
  }>;
}
interface Next {
  statement: { id: number; text: string } | null;
  voted: number;
  total: number;
}

const hour = 3_600_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

// Two camps on statements 0–3, everyone agreeing on 4 and 5: the groups and the consensus must show it.
const seeds = [
  'El transporte nocturno es prioritario',
  'Hacen falta más salas cuna',
  'Los cursos deben ser presenciales',
  'La capacitación debe pagarse en horario laboral',
  'La oficina regional debe abrir los sábados',
  'Los avisos de empleo deben publicarse en un solo lugar',
];

describe.each(storeKinds)('online consultation on %s', (kind) => {
  let server: TestServer;
  let staff: ApiClient;
  let other: ApiClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    [staff, other] = await Promise.all([
      server.signIn('regional', ['CL-BI']),
      server.signIn('regional', ['CL-ML']),
    ]);
  });
  afterAll(async () => server?.close());

  const phone = (key: string, token: string) => ({
    next: () => fetch(`${server.url}/api/c/${key}/next`, { headers: { 'x-consultation-token': token } }),
    vote: (statementId: number, vote: string) =>
      fetch(`${server.url}/api/c/${key}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-consultation-token': token },
        body: JSON.stringify({ statementId, vote }),
      }),
    propose: (text: string) =>
      fetch(`${server.url}/api/c/${key}/statements`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-consultation-token': token },
        body: JSON.stringify({ text }),
      }),
  });
  const join = async (key: string) => {
    const response = await fetch(`${server.url}/api/c/${key}/join`, { method: 'POST' });
    expect(response.status).toBe(201);
    return ((await response.json()) as { token: string }).token;
  };

  it('phones vote through the statements, groups form, a proposal waits for moderation, the export reads back', async () => {
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué necesita el empleo en el Biobío?',
      opensAt: iso(-hour),
      closesAt: iso(24 * hour),
      statements: seeds,
    });
    expect(created.status).toBe(201);
    const consultation = created.body;
    expect(consultation.open).toBe(true);
    expect(consultation.joinPath).toBe(`/c/${consultation.publicKey}`);
    const ids = consultation.statements.map((statement) => statement.id);
    expect(ids).toHaveLength(6);

    // Another region's staff does not see it.
    expect((await other.get(`/api/consultations/${consultation.id}`)).status).toBe(404);

    // 30 phones: half agree with 0–1 and reject 2–3, half the opposite; all agree with 4, 5.
    for (let person = 0; person < 30; person += 1) {
      const device = phone(consultation.publicKey, await join(consultation.publicKey));
      const camp = person % 2 === 0 ? 'agree' : 'disagree';
      const flip = camp === 'agree' ? 'disagree' : 'agree';
      const plan = new Map(ids.map((id, index) => [id, index < 2 ? camp : index < 4 ? flip : 'agree']));
      const seen: number[] = [];
      let next = (await (await device.next()).json()) as Next;
      while (next.statement) {
        expect(seen).not.toContain(next.statement.id);
        seen.push(next.statement.id);
        const answer = await device.vote(next.statement.id, plan.get(next.statement.id) as string);
        expect(answer.status).toBe(200);
        next = (await answer.json()) as Next;
      }
      expect(next).toMatchObject({ voted: 6, total: 6 });
      if (person === 0) {
        // A changed vote replaces the first; a statement over 280 characters is refused.
        expect((await device.vote(ids[4], 'pass')).status).toBe(200);
        expect((await device.vote(ids[4], 'agree')).status).toBe(200);
        expect((await device.propose('x'.repeat(281))).status).toBe(400);
        expect((await device.propose('Los empleos verdes necesitan formación técnica')).status).toBe(201);
      }
    }
    const detail = (await staff.get<Detail>(`/api/consultations/${consultation.id}`)).body;
    expect(detail.statements[4]).toMatchObject({ agree: 30, disagree: 0, pass: 0 });
    const pending = detail.statements.find((statement) => statement.status === 'pending');
    expect(pending?.text).toBe('Los empleos verdes necesitan formación técnica');

    // The proposal is not shown until moderated; rejecting needs a reason, which is kept.
    const moderation = `/api/consultations/${consultation.id}/statements/${pending?.id}/moderation`;
    expect((await staff.post(moderation, { decision: 'reject' })).status).toBe(400);
    const rejected = await staff.post<{ status: string; moderationReason: string }>(moderation, {
      decision: 'reject',
      reason: 'Repite otra frase',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', moderationReason: 'Repite otra frase' });

    const groups = await staff.get<{
      grouped: number;
      points: Array<[number, number, number]>;
      groups: Array<{ size: number; representative: Array<{ statementId: number; direction: string }> }>;
      consensus: Array<{ statementId: number; direction: string; text: string }>;
      divisive: Array<{ statementId: number }>;
    }>(`/api/consultations/${consultation.id}/groups`);
    expect(groups.status).toBe(200);
    expect(groups.body.grouped).toBe(30);
    expect(groups.body.groups.map((group) => group.size)).toEqual([15, 15]);
    expect(groups.body.points).toHaveLength(30);
    expect(groups.body.consensus.map((item) => item.statementId).sort()).toEqual([ids[4], ids[5]].sort());
    expect(groups.body.consensus[0].text).toBe(seeds[ids.indexOf(groups.body.consensus[0].statementId)]);
    expect(groups.body.divisive.map((item) => item.statementId).sort()).toEqual(ids.slice(0, 4).sort());

    // The export is Pol.is's participants-votes.csv, and Minga's own reader takes it back.
    const csv = await staff.get<string>(`/api/consultations/${consultation.id}/participants-votes.csv`);
    expect(csv.status).toBe(200);
    const back = readPolisVotesCsv(new TextEncoder().encode(csv.body), 'export.csv');
    expect(back.participantIds).toHaveLength(30);
    expect(back.statementIds).toEqual(ids.map(String));
    expect(new Set(back.groupIds)).toEqual(new Set(['0', '1']));
    expect(csv.body).not.toMatch(/token/);
  }, 120_000);

  it('a resent vote or statement (same client key) counts once; the phone holds a deck to vote offline; staff get the QR', async () => {
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué piensas de los cursos en línea?',
      opensAt: iso(-hour),
      closesAt: iso(hour),
      statements: seeds,
    });
    const key = created.body.publicKey;
    const token = await join(key);
    const headers = { 'content-type': 'application/json', 'x-consultation-token': token };
    const first = (await (await phone(key, token).next()).json()) as Next & {
      upcoming: Array<{ id: number }>;
    };
    // The whole deck, each statement once, so a phone without signal can answer them all.
    const deck = [first.statement?.id, ...first.upcoming.map((item) => item.id)];
    expect(new Set(deck)).toEqual(new Set(created.body.statements.map((statement) => statement.id)));
    expect(deck).toHaveLength(seeds.length);

    const send = (statementId: number, vote: string, clientKey: string) =>
      fetch(`${server.url}/api/c/${key}/votes`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ statementId, vote, clientKey }),
      });
    const target = deck[0] as number;
    expect((await send(target, 'agree', 'k-1')).status).toBe(200);
    expect((await send(target, 'agree', 'k-1')).status).toBe(200);
    const tally = async () =>
      (await staff.get<Detail & { votes: number }>(`/api/consultations/${created.body.id}`)).body;
    expect((await tally()).votes).toBe(1);
    expect((await tally()).statements.find((statement) => statement.id === target)).toMatchObject({
      agree: 1,
      disagree: 0,
    });
    // A new key is a new decision: it replaces the vote, still one vote.
    expect((await send(target, 'disagree', 'k-2')).status).toBe(200);
    expect((await tally()).statements.find((statement) => statement.id === target)).toMatchObject({
      agree: 0,
      disagree: 1,
    });

    const propose = (clientKey: string) =>
      fetch(`${server.url}/api/c/${key}/statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: 'Los cursos en línea necesitan tutores', clientKey }),
      });
    const one = (await (await propose('s-1')).json()) as { id: number; status: string };
    const two = (await (await propose('s-1')).json()) as { id: number; status: string };
    expect(two).toEqual(one);
    expect(
      (await tally()).statements.filter((statement) => statement.text.startsWith('Los cursos en línea')),
    ).toHaveLength(1);

    const qr = await staff.get<string>(`/api/consultations/${created.body.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(qr.body).toMatch(/^<svg[\s\S]*<path/);
    expect((await other.get(`/api/consultations/${created.body.id}/qr.svg`)).status).toBe(404);
  });

  it('a dialogue shows a consultation taken to it as challenge material: what unites and what divides', async () => {
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué debe cambiar en la capacitación?',
      opensAt: iso(-hour),
      closesAt: iso(hour),
      statements: seeds,
    });
    const { id, publicKey } = created.body;
    const ids = created.body.statements.map((statement) => statement.id);
    for (let person = 0; person < 20; person += 1) {
      const device = phone(publicKey, await join(publicKey));
      const camp = person % 2 === 0 ? 'agree' : 'disagree';
      const flip = camp === 'agree' ? 'disagree' : 'agree';
      for (const [index, statementId] of ids.entries()) {
        await device.vote(statementId, index < 2 ? camp : index < 4 ? flip : 'agree');
      }
    }
    const dialogue = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Lota',
      date: '2026-06-01',
    });
    const material = `/api/dialogues/${dialogue.dialogueId}/consultations`;
    expect((await staff.get<{ consultations: unknown[] }>(material)).body.consultations).toEqual([]);
    const linked = await staff.post(`/api/consultations/${id}/dialogues`, {
      dialogueId: dialogue.dialogueId,
    });
    expect(linked.status).toBe(201);
    // Twice is once.
    expect(
      (await staff.post(`/api/consultations/${id}/dialogues`, { dialogueId: dialogue.dialogueId })).status,
    ).toBe(201);
    const shown = await staff.get<{
      consultations: Array<{
        id: number;
        participants: number;
        statements: number;
        votes: number;
        groups: number;
        consensus: Array<{ text: string; direction: string }>;
        divisive: Array<{ text: string }>;
      }>;
    }>(material);
    expect(shown.status).toBe(200);
    expect(shown.body.consultations).toHaveLength(1);
    const [item] = shown.body.consultations;
    expect(item).toMatchObject({ id, participants: 20, statements: 6, votes: 120, groups: 2 });
    expect(new Set(item.consensus.map((entry) => entry.text))).toEqual(new Set(seeds.slice(4)));
    expect(item.consensus.every((entry) => entry.direction === 'agree')).toBe(true);
    expect(
      new Set(item.divisive.map((entry) => entry.text).filter((text) => seeds.slice(4).includes(text))),
    ).toEqual(new Set());
    expect(item.divisive.length).toBeGreaterThan(0);
    // Another region's staff see neither; another region's dialogue cannot take it.
    expect((await other.get(material)).status).toBe(404);
    const elsewhere = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-ML',
      title: 'Talca',
      date: '2026-06-02',
    });
    const refused = await staff.post<{ error: { code: string } }>(`/api/consultations/${id}/dialogues`, {
      dialogueId: elsewhere.dialogueId,
    });
    expect(refused.status).toBe(404);
  });

  it('the dialogue’s projector shows at most 3 of what unites and divides, with and without a session', async () => {
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué esperas de un curso?',
      opensAt: iso(-hour),
      closesAt: iso(hour),
      statements: seeds,
    });
    const { id, publicKey } = created.body;
    const ids = created.body.statements.map((statement) => statement.id);
    for (let person = 0; person < 20; person += 1) {
      const device = phone(publicKey, await join(publicKey));
      const camp = person % 2 === 0 ? 'agree' : 'disagree';
      const flip = camp === 'agree' ? 'disagree' : 'agree';
      for (const [index, statementId] of ids.entries()) {
        await device.vote(statementId, index < 2 ? camp : index < 4 ? flip : 'agree');
      }
    }
    const dialogue = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Coronel',
      date: '2026-06-03',
    });
    type Projected = {
      consultations: Array<{
        id: number;
        question: string;
        consensus: Array<{ text: string; direction: string }>;
        divisive: Array<{ text: string }>;
      }>;
    };
    const screen = `/api/dialogues/${dialogue.dialogueId}/screen`;
    expect((await staff.get<Projected>(screen)).body.consultations).toEqual([]);
    await staff.post(`/api/consultations/${id}/dialogues`, { dialogueId: dialogue.dialogueId });
    const projected = await staff.get<Projected>(screen);
    expect(projected.status).toBe(200);
    expect(projected.body.consultations).toHaveLength(1);
    const [item] = projected.body.consultations;
    expect(item.question).toBe('¿Qué esperas de un curso?');
    expect(new Set(item.consensus.map((entry) => entry.text))).toEqual(new Set(seeds.slice(4)));
    expect(item.divisive.length).toBeGreaterThan(0);
    expect(item.divisive.length).toBeLessThanOrEqual(3);
    expect(item.divisive.every((entry) => seeds.slice(0, 4).includes(entry.text))).toBe(true);
    // The venue's PC, opened with the screen link (no session), sees the same material.
    const link = await staff.post<{ key: string }>(`/api/dialogues/${dialogue.dialogueId}/screen-link`);
    const byKey = await server.client().get<Projected>(`/api/screens/${link.body.key}`);
    expect(byKey.status).toBe(200);
    expect(byKey.body.consultations).toEqual(projected.body.consultations);
  });

  it('staff of the region remove a consultation from a dialogue: audited, gone from its page and its projector', async () => {
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué falta en los cursos?',
      opensAt: iso(-hour),
      closesAt: iso(hour),
      statements: seeds.slice(0, 2),
    });
    const { id } = created.body;
    const dialogue = await seedDialogue(server.ctx.db, {
      regionCode: 'CL-BI',
      title: 'Diálogo de Tomé',
      date: '2026-06-04',
    });
    const material = `/api/dialogues/${dialogue.dialogueId}/consultations`;
    const detach = `/api/consultations/${id}/dialogues/${dialogue.dialogueId}`;
    await staff.post(`/api/consultations/${id}/dialogues`, { dialogueId: dialogue.dialogueId });
    expect((await staff.get<{ consultations: unknown[] }>(material)).body.consultations).toHaveLength(1);
    // Another region's staff neither see nor remove it.
    expect((await other.delete(detach)).status).toBe(404);
    expect((await staff.get<{ consultations: unknown[] }>(material)).body.consultations).toHaveLength(1);
    expect((await staff.delete(detach)).status).toBe(204);
    expect((await staff.get<{ consultations: unknown[] }>(material)).body.consultations).toEqual([]);
    expect(
      (await staff.get<{ consultations: unknown[] }>(`/api/dialogues/${dialogue.dialogueId}/screen`)).body
        .consultations,
    ).toEqual([]);
    const audited = await server.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'consultation.dialogue.unlink')
      .where('entity_id', '=', String(id))
      .execute();
    expect(audited).toHaveLength(1);
    // Removing it again changes nothing and audits nothing; a bad id is a clear 400.
    expect((await staff.delete(detach)).status).toBe(204);
    expect(
      await server.ctx.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'consultation.dialogue.unlink')
        .where('entity_id', '=', String(id))
        .execute(),
    ).toHaveLength(1);
    expect((await staff.delete(`/api/consultations/${id}/dialogues/abc`)).status).toBe(400);
  });

  it('refuses votes outside the period with 409 and an unknown phone with 401', async () => {
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué opinas del horario de la oficina?',
      opensAt: iso(-48 * hour),
      closesAt: iso(-24 * hour),
      statements: ['La oficina debe abrir temprano'],
    });
    expect(created.status).toBe(201);
    const key = created.body.publicKey;
    const device = phone(key, await join(key));
    const late = await device.vote(created.body.statements[0].id, 'agree');
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('consultation_closed');
    expect((await phone(key, 'nope').next()).status).toBe(401);
    const reversed = await staff.post('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Fechas al revés?',
      opensAt: iso(hour),
      closesAt: iso(-hour),
    });
    expect(reversed.status).toBe(400);
    expect(
      (
        await staff.post('/api/consultations', {
          regionCode: 'CL-ML',
          question: '¿Otra región?',
          opensAt: iso(0),
          closesAt: iso(hour),
        })
      ).status,
    ).toBe(403);
  });

  it('takes a dialogue’s top ideas as statements, most dots first, once', async () => {
    const db = server.ctx.db;
    const stamp = new Date().toISOString();
    const dialogue = await db
      .insertInto('dialogues')
      .values({
        region_code: 'CL-BI',
        title: 'Diálogo Biobío',
        date: '2026-05-14',
        status: 'closed',
        phase: null,
        venue: null,
        agenda: null,
        dots_per_participant: 5,
        max_dots_per_idea: 5,
        join_code: `SEED${kind.length}`,
        external_id: null,
        published_at: null,
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const person = await db
      .insertInto('participants')
      .values({
        dialogue_id: dialogue.id,
        table_id: null,
        organization_id: null,
        name: null,
        email: null,
        sector: null,
        gender: null,
        age_band: null,
        consent_at: stamp,
        notify_consent_at: null,
        device_token_hash: null,
        external_id: null,
        erased_at: null,
        created_at: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ideas: number[] = [];
    for (const [text, dots] of [
      ['Buses de acercamiento a los cursos', 1],
      ['Cursos de oficios en las caletas', 4],
      ['Salas cuna en los centros de capacitación', 2],
    ] as const) {
      const idea = await db
        .insertInto('ideas')
        .values({
          dialogue_id: dialogue.id,
          question_id: null,
          table_id: null,
          participant_id: person.id,
          text,
          source: 'phone',
          hidden_reason: null,
          hidden_at: null,
          merged_into_id: null,
          client_key: null,
          external_id: null,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ideas.push(idea.id);
      await db
        .insertInto('votes')
        .values({
          dialogue_id: dialogue.id,
          participant_id: person.id,
          idea_id: idea.id,
          dots,
          updated_at: stamp,
        })
        .execute();
    }
    const created = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué idea del diálogo apoyas?',
      opensAt: iso(-hour),
      closesAt: iso(hour),
    });
    const url = `/api/consultations/${created.body.id}/statements/from-dialogue`;
    const seeded = await staff.post<{ added: Array<{ text: string; origin: string; status: string }> }>(url, {
      dialogueId: dialogue.id,
      top: 2,
    });
    expect(seeded.status).toBe(201);
    expect(seeded.body.added.map((item) => item.text)).toEqual([
      'Cursos de oficios en las caletas',
      'Salas cuna en los centros de capacitación',
    ]);
    expect(seeded.body.added[0]).toMatchObject({ origin: 'dialogue', status: 'shown' });
    const again = await staff.post<{ added: unknown[] }>(url, { dialogueId: dialogue.id, top: 3 });
    expect(again.body.added).toHaveLength(1);
    expect((await other.post(url, { dialogueId: dialogue.id })).status).toBe(404);

    // A synthesis theme's top ideas, most dots first, each linked to its idea and dialogue.
    const theme = async (scope: string) => {
      const made = await db
        .insertInto('synthesis_themes')
        .values({
          scope,
          label: 'Cuidado infantil y traslado',
          keywords_json: '[]',
          kept: 0,
          label_locked: 0,
          status: 'active',
          merged_into_id: null,
          run_id: null,
          published_at: null,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const ideaId of [ideas[0], ideas[2]]) {
        await db
          .insertInto('synthesis_assignments')
          .values({ scope, idea_id: ideaId, theme_id: made.id, pinned: 0, updated_at: stamp })
          .execute();
      }
      return made.id;
    };
    const fromTheme = await staff.post<Detail>('/api/consultations', {
      regionCode: 'CL-BI',
      question: '¿Qué opinas del cuidado infantil?',
      opensAt: iso(-hour),
      closesAt: iso(hour),
    });
    const themeUrl = `/api/consultations/${fromTheme.body.id}/statements/from-theme`;
    const themed = await staff.post<{ added: Array<{ id: number; text: string; origin: string }> }>(
      themeUrl,
      {
        themeId: await theme('CL-BI'),
      },
    );
    expect(themed.status).toBe(201);
    expect(themed.body.added.map((item) => item.text)).toEqual([
      'Salas cuna en los centros de capacitación',
      'Buses de acercamiento a los cursos',
    ]);
    const links = await db
      .selectFrom('consultation_statements')
      .select(['source_idea_id', 'source_dialogue_id'])
      .where('consultation_id', '=', fromTheme.body.id)
      .orderBy('id')
      .execute();
    expect(links).toEqual([
      { source_idea_id: ideas[2], source_dialogue_id: dialogue.id },
      { source_idea_id: ideas[0], source_dialogue_id: dialogue.id },
    ]);
    expect((await staff.post(themeUrl, { themeId: await theme('CL-ML') })).status).toBe(404);
    expect((await staff.post(themeUrl, { themeId: 999_999 })).status).toBe(404);
  });

  it('the results dashboard counts the region’s consultations, participants, statements and votes', async () => {
    const list = await staff.get<{
      consultations: Array<{ id: number; regionCode: string | null; participants: number; votes: number }>;
    }>('/api/consultations?region=CL-BI');
    const mine = list.body.consultations.filter((item) => item.regionCode === 'CL-BI');
    let statements = 0;
    for (const item of mine) {
      const detail = await staff.get<Detail>(`/api/consultations/${item.id}`);
      statements += detail.body.statements.filter((statement) => statement.status === 'shown').length;
    }
    const dashboard = await staff.get<{ consultations: unknown }>('/api/results/dashboard?region=CL-BI');
    expect(dashboard.status).toBe(200);
    expect(mine.length).toBeGreaterThan(0);
    expect(dashboard.body.consultations).toEqual({
      consultations: mine.length,
      participants: mine.reduce((sum, item) => sum + item.participants, 0),
      statements,
      votes: mine.reduce((sum, item) => sum + item.votes, 0),
    });
  });
});
