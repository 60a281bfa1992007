import type { StaffActor } from '../../platform/auth/actor.js';
import { requireRegionManager } from '../../platform/auth/policy.js';
import { type Change, commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { requireRunnable } from '../dialogues/index.js';
import { enqueueAnswerNews, wakeOutbox } from '../notifications/index.js';
import { themeIdeasToAnswer } from '../synthesis/index.js';
import * as q from './queries.js';
import type { AnswerInput, ThemeAnswerInput } from './schema.js';

const bodyIssue = (path: string, message: string) => [{ path: `body.${path}`, message }];

/** What each status requires (a reason, an initiative of the idea's region or the nation, a link). */
async function checkedAnswer(db: Db, input: AnswerInput, regionCode: string) {
  const reason = input.reason || null;
  const link = input.link || null;
  let initiative: { id: number; title: string } | null = null;
  if (input.status === 'no_priorizada' && !reason)
    throw new AppError('answer_reason_required', {}, bodyIssue('reason', 'falta el motivo'));
  if (input.status === 'ya_existe' && !link)
    throw new AppError('answer_link_required', {}, bodyIssue('link', 'falta el enlace'));
  if (input.status === 'priorizada') {
    if (!input.initiativeId)
      throw new AppError('answer_initiative_required', {}, bodyIssue('initiativeId', 'falta la iniciativa'));
    const found = await q.findInitiative(db, input.initiativeId);
    if (!found || (found.region_code !== null && found.region_code !== regionCode))
      throw new AppError(
        'reference_unknown',
        { kind: 'la iniciativa', id: input.initiativeId },
        bodyIssue('initiativeId', `no existe la iniciativa ${input.initiativeId} en la región`),
      );
    initiative = { id: found.id, title: found.title };
  }
  return {
    status: input.status,
    text: input.text,
    reason: input.status === 'no_priorizada' ? reason : null,
    link: input.status === 'ya_existe' ? link : null,
    initiative: input.status === 'priorizada' ? initiative : null,
  };
}

type Checked = Awaited<ReturnType<typeof checkedAnswer>>;

/** Stores the answer of one idea with its audit row and queues the e-mail to its consenting author. */
async function store(
  ctx: Context,
  trx: Db,
  change: Change,
  actor: StaffActor,
  idea: { id: number; dialogue_id: number; region_code: string },
  answer: Checked,
  themeId: number | null,
) {
  const before = await q.findAnswer(trx, idea.id);
  const at = now();
  await q.saveAnswer(trx, {
    idea_id: idea.id,
    dialogue_id: idea.dialogue_id,
    region_code: idea.region_code,
    status: answer.status,
    text: answer.text,
    reason: answer.reason,
    initiative_id: answer.initiative?.id ?? null,
    link: answer.link,
    theme_id: themeId,
    answered_by: actor.id,
    answered_at: at,
  });
  await change.audit({
    action: 'idea.answer',
    entity: 'idea',
    entityId: idea.id,
    regionCode: idea.region_code,
    before: before ? { status: before.status, text: before.text } : null,
    after: {
      status: answer.status,
      text: answer.text,
      reason: answer.reason,
      initiativeId: answer.initiative?.id ?? null,
      link: answer.link,
      themeId,
    },
  });
  await enqueueAnswerNews(trx, ctx.config, {
    key: `answer:${idea.id}:${at}`,
    ideaIds: [idea.id],
    answer: {
      status: answer.status,
      text: answer.text,
      reason: answer.reason,
      link: answer.link,
      initiativeTitle: answer.initiative?.title ?? null,
    },
  });
}

const presentAnswer = (row: Awaited<ReturnType<typeof q.answersOf>>[number]) => ({
  status: row.status,
  text: row.text,
  reason: row.reason,
  link: row.link,
  initiative: row.initiative_id ? { id: row.initiative_id, title: row.initiative_title ?? '' } : null,
  themeId: row.theme_id,
  answeredAt: row.answered_at,
});

export type PresentedAnswer = ReturnType<typeof presentAnswer>;

/** The official answer of an idea, by the managers of its region (the national team too); audited, notified. */
export async function answerIdea(ctx: Context, actor: StaffActor, ideaId: number, input: AnswerInput) {
  const result = await commitChange(ctx, actor, async (trx, change) => {
    const idea = await q.findIdeaToAnswer(trx, ideaId);
    if (!idea) throw new AppError('not_found', { what: `idea ${ideaId}` });
    // Out of sight (another region, or a dialogue this facilitator does not run) is 404, as a read.
    await requireRunnable(trx, actor, idea.dialogue_id).catch(() => {
      throw new AppError('not_found', { what: `idea ${ideaId}` });
    });
    requireRegionManager(actor, idea.region_code, `idea ${ideaId}`);
    if (idea.hidden_at || idea.merged_into_id)
      throw new AppError('answer_idea_not_answerable', {
        ideaId,
        state: idea.hidden_at ? 'oculta' : 'fusionada en otra',
      });
    const answer = await checkedAnswer(trx, input, idea.region_code);
    await store(ctx, trx, change, actor, idea, answer, null);
    return (await q.answersOf(trx, [ideaId])).map(presentAnswer)[0];
  });
  wakeOutbox(ctx);
  return { ideaId, answer: result };
}

/** One answer for every visible idea of a theme the caller may correct; answers already given stay unless asked. */
export async function answerTheme(ctx: Context, actor: StaffActor, themeId: number, input: ThemeAnswerInput) {
  const result = await commitChange(ctx, actor, async (trx, change) => {
    const { theme, ideaIds } = await themeIdeasToAnswer(trx, actor, themeId);
    const ideas = (await q.findIdeasToAnswer(trx, ideaIds)).filter((idea) =>
      actor.regions.includes(idea.region_code),
    );
    const answered = new Set((await q.answersOf(trx, ideaIds)).map((row) => row.idea_id));
    let count = 0;
    let skipped = 0;
    const checked = new Map<string, Checked>();
    for (const idea of ideas) {
      if (input.onlyUnanswered && answered.has(idea.id)) {
        skipped++;
        continue;
      }
      requireRegionManager(actor, idea.region_code, `tema ${themeId}`);
      let answer = checked.get(idea.region_code);
      if (!answer) {
        answer = await checkedAnswer(trx, input, idea.region_code);
        checked.set(idea.region_code, answer);
      }
      await store(ctx, trx, change, actor, idea, answer, theme.id);
      count++;
    }
    return { themeId: theme.id, label: theme.label, answered: count, skipped };
  });
  wakeOutbox(ctx);
  return result;
}

/** The visible ideas of a dialogue with their answers, for its region's staff. */
export async function dialogueAnswers(ctx: Context, actor: StaffActor, dialogueId: number) {
  // Seen by whoever may run the dialogue, as its ideas are.
  const dialogue = await requireRunnable(ctx.db, actor, dialogueId);
  const ideas = await q.visibleIdeasOfDialogue(ctx.db, dialogueId);
  const answers = new Map(
    (
      await q.answersOf(
        ctx.db,
        ideas.map((idea) => idea.id),
      )
    ).map((row) => [row.idea_id, presentAnswer(row)]),
  );
  return {
    dialogue: {
      id: dialogue.id,
      title: dialogue.title,
      regionCode: dialogue.region_code,
      status: dialogue.status,
    },
    ideas: ideas.map((idea) => ({ id: idea.id, text: idea.text, answer: answers.get(idea.id) ?? null })),
    answered: answers.size,
  };
}

/** The answers of these ideas, for the public return (a read: no login needed). */
export async function answersOfIdeas(db: Db, ideaIds: number[]): Promise<Map<number, PresentedAnswer>> {
  return new Map((await q.answersOf(db, ideaIds)).map((row) => [row.idea_id, presentAnswer(row)]));
}
