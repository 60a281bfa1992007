import type { Db } from '../platform/db/index.js';
import type { Rating } from '../platform/db/schema.js';

/**
 * Writes a dialogue with participants, ideas, votes and evaluations straight into the store, for
 * tests of features built on the room while the room's API is built elsewhere.
 */
export async function seedDialogue(
  db: Db,
  input: {
    regionCode: string;
    title: string;
    date: string;
    status?: 'draft' | 'open' | 'live' | 'closed';
    participants?: Array<{ email?: string | null; notify?: boolean; rating?: Rating }>;
    ideas?: Array<{
      text: string;
      by?: number;
      mergedInto?: number;
      hidden?: boolean;
      votes?: Array<[number, number]>;
    }>;
  },
) {
  const at = new Date().toISOString();
  const dialogue = await db
    .insertInto('dialogues')
    .values({
      region_code: input.regionCode,
      title: input.title,
      date: input.date,
      venue: null,
      agenda: null,
      status: input.status ?? 'closed',
      phase: null,
      dots_per_participant: 5,
      max_dots_per_idea: 3,
      join_code: `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`,
      external_id: null,
      published_at: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const participantIds: number[] = [];
  for (const person of input.participants ?? []) {
    const row = await db
      .insertInto('participants')
      .values({
        dialogue_id: dialogue.id,
        table_id: null,
        organization_id: null,
        name: null,
        email: person.email ?? null,
        sector: null,
        gender: null,
        age_band: null,
        consent_at: at,
        notify_consent_at: person.notify ? at : null,
        device_token_hash: null,
        external_id: null,
        erased_at: null,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    participantIds.push(row.id);
    if (person.rating) {
      await db
        .insertInto('evaluations')
        .values({
          dialogue_id: dialogue.id,
          participant_id: row.id,
          rating: person.rating,
          comment: null,
          created_at: at,
        })
        .execute();
    }
  }
  const ideaIds: number[] = [];
  for (const idea of input.ideas ?? []) {
    const row = await db
      .insertInto('ideas')
      .values({
        dialogue_id: dialogue.id,
        question_id: null,
        table_id: null,
        participant_id: idea.by === undefined ? null : participantIds[idea.by],
        text: idea.text,
        source: 'card',
        hidden_reason: idea.hidden ? 'fuera de tema' : null,
        hidden_at: idea.hidden ? at : null,
        merged_into_id: idea.mergedInto === undefined ? null : ideaIds[idea.mergedInto],
        client_key: null,
        external_id: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ideaIds.push(row.id);
    for (const [participant, dots] of idea.votes ?? []) {
      await db
        .insertInto('votes')
        .values({
          dialogue_id: dialogue.id,
          participant_id: participantIds[participant],
          idea_id: row.id,
          dots,
          updated_at: at,
        })
        .execute();
    }
  }
  return { dialogueId: dialogue.id, participantIds, ideaIds };
}

/** The national calendar of a cycle year, in order. */
export function calendar(year: number) {
  return [
    { phase: 'escucha_activa', startsOn: `${year}-03-01`, endsOn: `${year}-04-30` },
    { phase: 'priorizacion', startsOn: `${year}-05-01`, endsOn: `${year}-05-31` },
    { phase: 'cartera_anual', startsOn: `${year}-06-01`, endsOn: `${year}-06-30` },
    { phase: 'implementacion', startsOn: `${year}-07-01`, endsOn: `${year + 1}-01-31` },
    { phase: 'evaluacion', startsOn: `${year + 1}-02-01`, endsOn: `${year + 1}-02-28` },
  ];
}
