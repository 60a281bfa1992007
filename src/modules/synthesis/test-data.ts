import type { Db } from '../../platform/db/index.js';

/** Foundation rows for the synthesis tests: dialogues with a table and a participant, ideas, votes. */
export const stamp = '2026-05-01T10:00:00.000Z';
let joinCounter = 0;

export async function addDialogue(db: Db, region: string, title: string) {
  joinCounter += 1;
  const dialogue = await db
    .insertInto('dialogues')
    .values({
      region_code: region,
      title,
      date: '2026-05-01',
      venue: null,
      agenda: null,
      status: 'closed',
      phase: 'voting',
      dots_per_participant: 5,
      max_dots_per_idea: 3,
      join_code: `S${joinCounter}${Math.random().toString(36).slice(2, 7)}`,
      external_id: null,
      published_at: null,
      created_by: null,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const table = await db
    .insertInto('dialogue_tables')
    .values({ dialogue_id: dialogue.id, number: 1, name: 'Mesa Uno' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const participant = await db
    .insertInto('participants')
    .values({
      dialogue_id: dialogue.id,
      table_id: table.id,
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
  return { id: dialogue.id, tableId: table.id, participantId: participant.id };
}

export async function addIdea(
  db: Db,
  dialogue: { id: number; tableId: number },
  text: string,
  changes: object = {},
) {
  const row = await db
    .insertInto('ideas')
    .values({
      dialogue_id: dialogue.id,
      question_id: null,
      table_id: dialogue.tableId,
      participant_id: null,
      text,
      source: 'card',
      hidden_reason: null,
      hidden_at: null,
      merged_into_id: null,
      client_key: null,
      external_id: null,
      created_at: stamp,
      updated_at: new Date().toISOString(),
      ...changes,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function vote(
  db: Db,
  dialogue: { id: number; participantId: number },
  ideaId: number,
  dots: number,
) {
  await db
    .insertInto('votes')
    .values({
      dialogue_id: dialogue.id,
      participant_id: dialogue.participantId,
      idea_id: ideaId,
      dots,
      updated_at: stamp,
    })
    .execute();
}

/** Three clearly separate topics, four ideas each, for tests where the right themes are obvious. */
export const training = [
  'Más cursos de capacitación en oficios para jóvenes desempleados',
  'Capacitación gratuita en oficios para los jóvenes de la comuna',
  'Cursos de oficios y capacitación técnica para jóvenes sin empleo',
  'Becas de capacitación en oficios para jóvenes',
];
export const transport = [
  'Mejorar el transporte público y los buses hacia las zonas industriales',
  'Buses de transporte público nocturno para llegar al trabajo',
  'Más recorridos de buses y transporte público en zonas rurales',
  'Subsidio al transporte público y pasajes de buses para trabajadores',
];
export const childcare = [
  'Salas cuna y jardines infantiles para madres trabajadoras',
  'Horario extendido de salas cuna para que las madres puedan trabajar',
  'Jardines infantiles cerca del trabajo de las madres',
  'Cupos en salas cuna y jardines para hijos de madres trabajadoras',
];
