import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { now } from '../../platform/db/index.js';
import { startTestServer, type TestServer } from '../../test/server.js';
import { storeKinds } from '../../test/stores.js';

describe.each(storeKinds)('participant export and erasure on %s', (kind) => {
  let server: TestServer;
  let participantId: number;
  let otherId: number;
  beforeAll(async () => {
    server = await startTestServer(kind);
    const db = server.ctx.db;
    const at = now();
    const dialogue = await db
      .insertInto('dialogues')
      .values({
        region_code: 'CL-BI',
        title: 'Diálogo Biobío',
        date: '2026-11-20',
        venue: null,
        agenda: null,
        status: 'closed',
        phase: 'evaluation',
        dots_per_participant: 5,
        max_dots_per_idea: 3,
        join_code: 'PRIV01',
        external_id: null,
        published_at: null,
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const person = (name: string, email: string) =>
      db
        .insertInto('participants')
        .values({
          dialogue_id: dialogue.id,
          table_id: null,
          organization_id: null,
          name,
          email,
          sector: 'trabajador_ocupado',
          gender: 'f',
          age_band: '35-44',
          consent_at: at,
          notify_consent_at: at,
          device_token_hash: `hash-${email}`,
          external_id: null,
          erased_at: null,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    participantId = (await person('Rosa Díaz', 'rosa@example.cl')).id;
    otherId = (await person('Otro', 'otro@example.cl')).id;
    const idea = await db
      .insertInto('ideas')
      .values({
        dialogue_id: dialogue.id,
        question_id: null,
        table_id: null,
        participant_id: participantId,
        text: 'Cursos de soldadura en horario vespertino',
        source: 'phone',
        hidden_reason: null,
        hidden_at: null,
        merged_into_id: null,
        client_key: null,
        external_id: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('votes')
      .values({
        dialogue_id: dialogue.id,
        participant_id: participantId,
        idea_id: idea.id,
        dots: 2,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('evaluations')
      .values({
        dialogue_id: dialogue.id,
        participant_id: participantId,
        rating: 'bueno',
        comment: 'Soy Rosa, de Lota',
        created_at: at,
      })
      .execute();
  });
  afterAll(async () => server?.close());

  it('exports everything about the person, to the national team only', async () => {
    const regional = await server.signIn('regional', ['CL-BI']);
    expect((await regional.get(`/api/participants/${participantId}/export`)).status).toBe(403);
    const national = await server.signIn('national');
    const exported = await national.get<{
      participant: { name: string; email: string };
      ideas: unknown[];
      votes: Array<{ dots: number }>;
      evaluation: { comment: string };
    }>(`/api/participants/${participantId}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.participant).toMatchObject({ name: 'Rosa Díaz', email: 'rosa@example.cl' });
    expect(exported.body.ideas).toHaveLength(1);
    expect(exported.body.votes).toEqual([expect.objectContaining({ dots: 2 })]);
    expect(exported.body.evaluation.comment).toBe('Soy Rosa, de Lota');
    expect((await national.get('/api/participants/999999/export')).status).toBe(404);
  });

  it('erases personal data and keeps counts, ideas, dots and rating', async () => {
    const national = await server.signIn('national');
    const erased = await national.post<{ already: boolean }>(`/api/participants/${participantId}/erase`);
    expect(erased.status).toBe(200);
    expect(erased.body.already).toBe(false);
    const db = server.ctx.db;
    const row = await db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: null,
      email: null,
      device_token_hash: null,
      notify_consent_at: null,
      sector: 'trabajador_ocupado',
    });
    expect(row.erased_at).not.toBeNull();
    const other = await db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', otherId)
      .executeTakeFirstOrThrow();
    expect(other.name).toBe('Otro');
    const votes = await db
      .selectFrom('votes')
      .select('dots')
      .where('participant_id', '=', participantId)
      .execute();
    expect(votes).toEqual([{ dots: 2 }]);
    const evaluation = await db
      .selectFrom('evaluations')
      .selectAll()
      .where('participant_id', '=', participantId)
      .executeTakeFirstOrThrow();
    expect(evaluation).toMatchObject({ rating: 'bueno', comment: null });
    const ideas = await db
      .selectFrom('ideas')
      .select('text')
      .where('participant_id', '=', participantId)
      .execute();
    expect(ideas).toHaveLength(1);
    const again = await national.post<{ already: boolean }>(`/api/participants/${participantId}/erase`);
    expect(again.body.already).toBe(true);
    const audit = await national.get<{ entries: Array<{ action: string }> }>(
      `/api/audit?entity=participant&entityId=${participantId}`,
    );
    expect(audit.body.entries.map((entry) => entry.action)).toEqual(['participant.erase']);
  });
});
