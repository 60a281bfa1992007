import type { Insertable } from 'kysely';
import { countAll, type Db } from '../../platform/db/index.js';
import type { CodedPassageTable, InterviewTable } from './tables.js';

const noRegion = ['-'];
const scope = (regions: string[]) => (regions.length ? regions : noRegion);

export async function listGuides(db: Db) {
  const guides = await db.selectFrom('interview_guides').selectAll().orderBy('id').execute();
  const questions = await db
    .selectFrom('interview_guide_questions')
    .selectAll()
    .orderBy('guide_id')
    .orderBy('position')
    .execute();
  return guides.map((guide) => ({
    ...guide,
    questions: questions.filter((question) => question.guide_id === guide.id),
  }));
}

export async function insertGuide(
  db: Db,
  title: string,
  description: string | null,
  userId: number,
  questions: string[],
) {
  const guide = await db
    .insertInto('interview_guides')
    .values({ title, description, created_by: userId, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('interview_guide_questions')
    .values(questions.map((text, index) => ({ guide_id: guide.id, position: index + 1, text })))
    .execute();
  return guide.id;
}

export async function findGuideQuestions(db: Db, guideId: number) {
  return db
    .selectFrom('interview_guide_questions')
    .selectAll()
    .where('guide_id', '=', guideId)
    .orderBy('position')
    .execute();
}

export async function findGuide(db: Db, guideId: number) {
  return db.selectFrom('interview_guides').selectAll().where('id', '=', guideId).executeTakeFirst();
}

export async function insertInterview(db: Db, row: Insertable<InterviewTable>) {
  const inserted = await db.insertInto('interviews').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function insertAnswers(
  db: Db,
  interviewId: number,
  answers: Array<{ questionId: number; text: string }>,
) {
  await db
    .insertInto('interview_answers')
    .values(
      answers.map((answer) => ({
        interview_id: interviewId,
        question_id: answer.questionId,
        text: answer.text,
      })),
    )
    .execute();
}

export async function findInterview(db: Db, id: number) {
  return db
    .selectFrom('interviews as i')
    .innerJoin('actors as a', 'a.id', 'i.actor_id')
    .innerJoin('interview_guides as g', 'g.id', 'i.guide_id')
    .select([
      'i.id',
      'i.actor_id',
      'i.guide_id',
      'i.region_code',
      'i.interviewer',
      'i.date',
      'i.notes',
      'a.name as actor_name',
      'a.sector',
      'g.title as guide_title',
    ])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export async function listInterviews(db: Db, regions: string[]) {
  return db
    .selectFrom('interviews as i')
    .innerJoin('actors as a', 'a.id', 'i.actor_id')
    .innerJoin('interview_guides as g', 'g.id', 'i.guide_id')
    .select((eb) => [
      'i.id',
      'i.region_code',
      'i.interviewer',
      'i.date',
      'i.actor_id',
      'a.name as actor_name',
      'a.sector',
      'g.title as guide_title',
      eb
        .selectFrom('coded_passages as c')
        .innerJoin('interview_answers as ans', 'ans.id', 'c.answer_id')
        .select(countAll().as('n'))
        .whereRef('ans.interview_id', '=', 'i.id')
        .as('codings'),
    ])
    .where('i.region_code', 'in', scope(regions))
    .orderBy('i.date', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
}

export async function answersOf(db: Db, interviewId: number) {
  return db
    .selectFrom('interview_answers as ans')
    .innerJoin('interview_guide_questions as q', 'q.id', 'ans.question_id')
    .select(['ans.id', 'ans.question_id', 'ans.text', 'q.position', 'q.text as question'])
    .where('ans.interview_id', '=', interviewId)
    .orderBy('q.position')
    .execute();
}

export async function codingsOf(db: Db, interviewId: number) {
  return db
    .selectFrom('coded_passages as c')
    .innerJoin('interview_answers as ans', 'ans.id', 'c.answer_id')
    .innerJoin('interview_codes as k', 'k.id', 'c.code_id')
    .select(['c.id', 'c.answer_id', 'c.code_id', 'k.label', 'c.start_offset', 'c.end_offset', 'c.passage'])
    .where('ans.interview_id', '=', interviewId)
    .orderBy('c.answer_id')
    .orderBy('c.start_offset')
    .execute();
}

export async function findAnswer(db: Db, answerId: number) {
  return db.selectFrom('interview_answers').selectAll().where('id', '=', answerId).executeTakeFirst();
}

export async function findCoding(db: Db, codingId: number) {
  return db
    .selectFrom('coded_passages as c')
    .innerJoin('interview_answers as ans', 'ans.id', 'c.answer_id')
    .innerJoin('interviews as i', 'i.id', 'ans.interview_id')
    .select([
      'c.id',
      'c.code_id',
      'c.answer_id',
      'c.start_offset',
      'c.end_offset',
      'c.passage',
      'i.id as interview_id',
      'i.region_code',
    ])
    .where('c.id', '=', codingId)
    .executeTakeFirst();
}

export async function insertCoding(db: Db, row: Insertable<CodedPassageTable>) {
  const inserted = await db
    .insertInto('coded_passages')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function deleteCoding(db: Db, id: number) {
  await db.deleteFrom('coded_passages').where('id', '=', id).execute();
}

export async function listCodes(db: Db) {
  return db.selectFrom('interview_codes').selectAll().orderBy('label').execute();
}

export async function findCode(db: Db, id: number) {
  return db.selectFrom('interview_codes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCodeByLabel(db: Db, label: string) {
  return db
    .selectFrom('interview_codes')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['label']), '=', label.toLowerCase()))
    .executeTakeFirst();
}

export async function insertCode(db: Db, label: string, description: string | null) {
  const inserted = await db
    .insertInto('interview_codes')
    .values({ label, description, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Every coded passage of some regions with its code, region and actor, for the synthesis. */
export async function passagesForSynthesis(db: Db, regions: string[]) {
  return db
    .selectFrom('coded_passages as c')
    .innerJoin('interview_answers as ans', 'ans.id', 'c.answer_id')
    .innerJoin('interviews as i', 'i.id', 'ans.interview_id')
    .innerJoin('actors as a', 'a.id', 'i.actor_id')
    .select([
      'c.id',
      'c.code_id',
      'c.passage',
      'i.id as interview_id',
      'i.region_code',
      'a.name as actor_name',
      'a.sector',
    ])
    .where('i.region_code', 'in', scope(regions))
    .orderBy('c.id')
    .execute();
}

/** Distinct actors heard (with at least one interview) and actors registered, per region and sector. */
export async function heardCounts(db: Db, regions: string[]) {
  return db
    .selectFrom('actors as a')
    .select((eb) => [
      'a.region_code',
      'a.sector',
      countAll().as('actors'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(
              eb.exists(eb.selectFrom('interviews as i').select('i.id').whereRef('i.actor_id', '=', 'a.id')),
            )
            .then(1)
            .else(0)
            .end(),
        )
        .as('heard'),
    ])
    .where('a.region_code', 'in', scope(regions))
    .groupBy(['a.region_code', 'a.sector'])
    .execute();
}

export async function interviewCountsByRegion(db: Db, regions: string[]) {
  return db
    .selectFrom('interviews')
    .select(['region_code', countAll().as('n')])
    .where('region_code', 'in', scope(regions))
    .groupBy('region_code')
    .execute();
}

export async function readSetting(db: Db, key: string) {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeSetting(db: Db, key: string, value: string) {
  await db.deleteFrom('settings').where('key', '=', key).execute();
  await db.insertInto('settings').values({ key, value }).execute();
}
