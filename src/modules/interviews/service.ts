import type { StaffActor } from '../../platform/auth/actor.js';
import { regionScope, requireNational } from '../../platform/auth/policy.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { findActor, requireManagedThing, requireVisibleThing, sectors } from '../actors/index.js';
import { listRegions } from '../regions/index.js';
import {
  answersOf,
  codingsOf,
  deleteCoding,
  findAnswer,
  findCode,
  findCodeByLabel,
  findCoding,
  findGuide,
  findGuideQuestions,
  findInterview,
  heardCounts,
  insertAnswers,
  insertCode,
  insertCoding,
  insertGuide,
  insertInterview,
  interviewCountsByRegion,
  listCodes,
  listGuides,
  listInterviews,
  passagesForSynthesis,
  readSetting,
  writeSetting,
} from './queries.js';
import type { NewCoding, NewGuide, NewInterview } from './schema.js';

/** The case heard 100 regional actors before any dialogue; the national team may change the target. */
export const DEFAULT_TARGET = 100;
const TARGET_KEY = 'interviews.target_actors';

/** Interview guides, each with its ordered questions. */
export async function guides(ctx: Context) {
  const rows = await listGuides(ctx.db);
  return rows.map((guide) => ({
    id: guide.id,
    title: guide.title,
    description: guide.description,
    questions: guide.questions.map((question) => ({
      id: question.id,
      position: question.position,
      text: question.text,
    })),
  }));
}

/** Adds a guide (national team): reusable in every region. */
export async function addGuide(ctx: Context, staff: StaffActor, input: NewGuide) {
  requireNational(staff);
  return commitChange(ctx, staff, async (trx, change) => {
    const id = await insertGuide(trx, input.title, input.description || null, staff.id, input.questions);
    const after = { id, title: input.title, questions: input.questions };
    await change.audit({
      action: 'interview_guide.create',
      entity: 'interview_guide',
      entityId: id,
      after,
    });
    return after;
  });
}

/** The national codebook. */
export async function codebook(ctx: Context) {
  const rows = await listCodes(ctx.db);
  return rows.map((code) => ({ id: code.id, label: code.label, description: code.description }));
}

/** Adds a code to the national codebook (national team). */
export async function addCode(
  ctx: Context,
  staff: StaffActor,
  input: { label: string; description?: string },
) {
  requireNational(staff);
  return commitChange(ctx, staff, async (trx, change) => {
    if (await findCodeByLabel(trx, input.label)) throw new AppError('already_exists', { what: input.label });
    const id = await insertCode(trx, input.label, input.description || null);
    const after = { id, label: input.label, description: input.description || null };
    await change.audit({
      action: 'interview_code.create',
      entity: 'interview_code',
      entityId: id,
      after,
    });
    return after;
  });
}

/** Records an interview of an actor of a region the caller manages, with one answer per question. */
export async function recordInterview(ctx: Context, staff: StaffActor, input: NewInterview) {
  return commitChange(ctx, staff, async (trx, change) => {
    const actor = await findActor(trx, input.actorId);
    if (!actor) throw new AppError('not_found', { what: `actor ${input.actorId}` });
    requireManagedThing(staff, actor.region_code, `actor ${input.actorId}`);
    if (!(await findGuide(trx, input.guideId)))
      throw new AppError('not_found', { what: `pauta ${input.guideId}` });
    const questionIds = new Set(
      (await findGuideQuestions(trx, input.guideId)).map((question) => question.id),
    );
    for (const answer of input.answers) {
      if (!questionIds.has(answer.questionId))
        throw new AppError('question_not_in_guide', { question: answer.questionId });
    }
    const id = await insertInterview(trx, {
      actor_id: actor.id,
      guide_id: input.guideId,
      region_code: actor.region_code,
      interviewer: input.interviewer,
      date: input.date,
      notes: input.notes || null,
      created_by: staff.id,
      created_at: now(),
    });
    await insertAnswers(trx, id, input.answers);
    const after = {
      id,
      actorId: actor.id,
      guideId: input.guideId,
      interviewer: input.interviewer,
      date: input.date,
      answers: input.answers.length,
    };
    await change.audit({
      action: 'interview.create',
      entity: 'interview',
      entityId: id,
      regionCode: actor.region_code,
      after,
    });
    return after;
  });
}

/** Interviews of the caller's regions, newest first. */
export async function interviewsFor(ctx: Context, staff: StaffActor, region?: string) {
  const rows = await listInterviews(ctx.db, regionScope(staff, region));
  return rows.map((row) => ({
    id: row.id,
    regionCode: row.region_code,
    date: row.date,
    interviewer: row.interviewer,
    actor: { id: row.actor_id, name: row.actor_name, sector: row.sector },
    guide: row.guide_title,
    codings: Number(row.codings ?? 0),
  }));
}

/** One interview with its answers (in the guide's order) and the codes applied to them. */
export async function getInterview(ctx: Context, staff: StaffActor, id: number) {
  const interview = await findInterview(ctx.db, id);
  if (!interview) throw new AppError('not_found', { what: `entrevista ${id}` });
  requireVisibleThing(staff, interview.region_code, `entrevista ${id}`);
  const [answers, codings] = await Promise.all([answersOf(ctx.db, id), codingsOf(ctx.db, id)]);
  return {
    id,
    regionCode: interview.region_code,
    date: interview.date,
    interviewer: interview.interviewer,
    notes: interview.notes,
    actor: { id: interview.actor_id, name: interview.actor_name, sector: interview.sector },
    guide: { id: interview.guide_id, title: interview.guide_title },
    answers: answers.map((answer) => ({
      id: answer.id,
      questionId: answer.question_id,
      position: answer.position,
      question: answer.question,
      text: answer.text,
      codings: codings
        .filter((coding) => coding.answer_id === answer.id)
        .map((coding) => ({
          id: coding.id,
          codeId: coding.code_id,
          label: coding.label,
          start: coding.start_offset,
          end: coding.end_offset,
          passage: coding.passage,
        })),
    })),
  };
}

/** Applies a code to a passage [start, end) of an answer; the passage must lie inside the answer. */
export async function codePassage(ctx: Context, staff: StaffActor, interviewId: number, input: NewCoding) {
  return commitChange(ctx, staff, async (trx, change) => {
    const interview = await findInterview(trx, interviewId);
    if (!interview) throw new AppError('not_found', { what: `entrevista ${interviewId}` });
    requireManagedThing(staff, interview.region_code, `entrevista ${interviewId}`);
    const answer = await findAnswer(trx, input.answerId);
    if (!answer || answer.interview_id !== interviewId)
      throw new AppError('not_found', { what: `respuesta ${input.answerId}` });
    if (!(await findCode(trx, input.codeId)))
      throw new AppError('not_found', { what: `código ${input.codeId}` });
    if (input.end > answer.text.length) {
      throw new AppError('passage_outside_answer', {
        start: input.start,
        end: input.end,
        length: answer.text.length,
      });
    }
    const passage = answer.text.slice(input.start, input.end);
    const id = await insertCoding(trx, {
      answer_id: answer.id,
      code_id: input.codeId,
      start_offset: input.start,
      end_offset: input.end,
      passage,
      created_by: staff.id,
      created_at: now(),
    });
    const after = {
      id,
      interviewId,
      answerId: answer.id,
      codeId: input.codeId,
      start: input.start,
      end: input.end,
      passage,
    };
    await change.audit({
      action: 'interview.code',
      entity: 'interview',
      entityId: interviewId,
      regionCode: interview.region_code,
      after,
    });
    return after;
  });
}

/** Removes a code from a passage. */
export async function uncodePassage(ctx: Context, staff: StaffActor, codingId: number) {
  return commitChange(ctx, staff, async (trx, change) => {
    const coding = await findCoding(trx, codingId);
    if (!coding) throw new AppError('not_found', { what: `codificación ${codingId}` });
    requireManagedThing(staff, coding.region_code, `codificación ${codingId}`);
    await deleteCoding(trx, codingId);
    await change.audit({
      action: 'interview.uncode',
      entity: 'interview',
      entityId: coding.interview_id,
      regionCode: coding.region_code,
      before: {
        id: coding.id,
        codeId: coding.code_id,
        answerId: coding.answer_id,
        start: coding.start_offset,
        end: coding.end_offset,
      },
    });
  });
}

/** Synthesis by code and region: counts of passages and interviews, and quotations. */
export async function synthesis(ctx: Context, staff: StaffActor, region?: string) {
  const [codes, passages] = await Promise.all([
    listCodes(ctx.db),
    passagesForSynthesis(ctx.db, regionScope(staff, region)),
  ]);
  return {
    codes: codes
      .map((code) => {
        const mine = passages.filter((passage) => passage.code_id === code.id);
        const regions = [...new Set(mine.map((passage) => passage.region_code))].sort();
        return {
          id: code.id,
          label: code.label,
          description: code.description,
          passages: mine.length,
          interviews: new Set(mine.map((passage) => passage.interview_id)).size,
          byRegion: regions.map((regionCode) => {
            const inRegion = mine.filter((passage) => passage.region_code === regionCode);
            return {
              regionCode,
              passages: inRegion.length,
              interviews: new Set(inRegion.map((passage) => passage.interview_id)).size,
            };
          }),
          quotations: mine.slice(0, 8).map((passage) => ({
            id: passage.id,
            text: passage.passage,
            actor: passage.actor_name,
            sector: passage.sector,
            regionCode: passage.region_code,
            interviewId: passage.interview_id,
          })),
        };
      })
      .sort((a, b) => b.passages - a.passages || a.label.localeCompare(b.label)),
  };
}

export async function interviewTarget(ctx: Context) {
  const stored = await readSetting(ctx.db, TARGET_KEY);
  return stored ? Number(stored) : DEFAULT_TARGET;
}

/** Changes the national target of actors to hear (national team). */
export async function setInterviewTarget(ctx: Context, staff: StaffActor, target: number) {
  requireNational(staff);
  return commitChange(ctx, staff, async (trx, change) => {
    const before = await readSetting(trx, TARGET_KEY);
    await writeSetting(trx, TARGET_KEY, String(target));
    await change.audit({
      action: 'interview_target.update',
      entity: 'setting',
      entityId: TARGET_KEY,
      before: { target: before ? Number(before) : DEFAULT_TARGET },
      after: { target },
    });
    return { target };
  });
}

/**
 * Who was heard against the target: actors with at least one interview, per region and per sector.
 * The national target is split evenly (16 regions, 8 sectors), so a region or sector below its share shows as a gap.
 */
export async function coverage(ctx: Context, staff: StaffActor) {
  const scope = regionScope(staff);
  const [target, counts, interviewCounts, regions] = await Promise.all([
    interviewTarget(ctx),
    heardCounts(ctx.db, scope),
    interviewCountsByRegion(ctx.db, scope),
    listRegions(ctx.db),
  ]);
  const regionTarget = Math.ceil(target / regions.length);
  const sectorTarget = Math.ceil(target / sectors.length);
  const sum = (rows: typeof counts, key: 'heard' | 'actors') =>
    rows.reduce((total, row) => total + Number(row[key] ?? 0), 0);
  const byRegion = regions
    .filter((region) => scope.includes(region.code))
    .map((region) => {
      const rows = counts.filter((row) => row.region_code === region.code);
      const heard = sum(rows, 'heard');
      return {
        regionCode: region.code,
        name: region.name,
        actors: sum(rows, 'actors'),
        heard,
        interviews: Number(interviewCounts.find((row) => row.region_code === region.code)?.n ?? 0),
        target: regionTarget,
        gap: Math.max(0, regionTarget - heard),
      };
    });
  const bySector = sectors.map((sector) => {
    const rows = counts.filter((row) => row.sector === sector);
    const heard = sum(rows, 'heard');
    return {
      sector,
      actors: sum(rows, 'actors'),
      heard,
      target: sectorTarget,
      gap: Math.max(0, sectorTarget - heard),
    };
  });
  const heard = sum(counts, 'heard');
  return { target, heard, gap: Math.max(0, target - heard), regionTarget, sectorTarget, byRegion, bySector };
}
