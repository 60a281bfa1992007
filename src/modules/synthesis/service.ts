import type { StaffActor } from '../../platform/auth/actor.js';
import { commitChange } from '../../platform/change.js';
import type { Context } from '../../platform/context.js';
import { type Db, now } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { regionOfScope as regionOf } from '../../platform/scopes.js';
import { dotsAtChainEnds, dotsInDialogues } from '../votes/index.js';
import { openJob } from './jobs.js';
import { discoverThemesOffThread, type OffThreadOptions } from './pipeline/off-thread.js';
import type { ThemeResult } from './pipeline/themes.js';
import {
  canChange,
  changeableScope,
  defaultScope,
  readableScope,
  requireChangeable,
  type Scope,
} from './policy.js';
import {
  activeThemes,
  assignmentsOfScope,
  assignmentsOfTheme,
  dotsByIdea,
  findAssignment,
  findTheme,
  ideasInScope,
  ideasOfTheme,
  insertRun,
  insertTheme,
  latestRun,
  mergeLinksInDialogues,
  moveAssignments,
  replaceAssignments,
  type ScopeFilter,
  updateTheme,
} from './queries.js';
import type { RunInput } from './schema.js';

/** The scope's ideas that stand on their own (visible, not merged away) and their dots. */
async function loadScope(db: Db, filter: ScopeFilter) {
  const [ideas, votes] = await Promise.all([ideasInScope(db, filter), dotsByIdea(db, filter)]);
  const dots = dotsAtChainEnds(ideas, votes);
  const active = ideas.filter((idea) => idea.merged_into_id === null && idea.hidden_at === null);
  return { active, dots };
}

/** A theme run's inputs, read before the clustering (which then needs no database). */
export type PreparedRun = Awaited<ReturnType<typeof prepareRun>>;

/**
 * Reads what a run needs and checks that the caller may run it: the scope's ideas and dots, and
 * the themes staff kept (seeds: their pinned ideas stay, their names stay).
 */
export async function prepareRun(ctx: Context, actor: StaffActor, input: RunInput) {
  const resolved = await changeableScope(ctx.db, actor, input.scope ?? defaultScope(actor));
  const { scope } = resolved;
  const { active, dots } = await loadScope(ctx.db, resolved);
  if (input.k !== undefined && input.k > active.length) {
    throw new AppError('synthesis_too_many_themes', { k: input.k, ideas: active.length });
  }
  const seed = input.seed ?? 1;
  const [themes, assignments] = await Promise.all([
    activeThemes(ctx.db, scope),
    assignmentsOfScope(ctx.db, scope),
  ]);
  const kept = themes.filter((theme) => theme.kept === 1);
  const groupOfKept = new Map(kept.map((theme, index) => [theme.id, index]));
  const indexOfIdea = new Map(active.map((idea, index) => [idea.id, index]));
  const pinned = new Map<number, number>();
  const seedMembers = new Map<number, number>();
  const previousMembers = new Map<number, Set<number>>();
  for (const assignment of assignments) {
    const index = indexOfIdea.get(assignment.idea_id);
    if (index === undefined) continue;
    const group = groupOfKept.get(assignment.theme_id);
    if (group !== undefined) (assignment.pinned ? pinned : seedMembers).set(index, group);
    const members = previousMembers.get(assignment.theme_id) ?? new Set<number>();
    members.add(assignment.idea_id);
    previousMembers.set(assignment.theme_id, members);
  }
  return {
    scope,
    seed,
    k: input.k,
    active,
    themes,
    kept,
    pinned,
    previousMembers,
    ideas: active.map((idea) => ({ id: String(idea.id), text: idea.text, dots: dots.get(idea.id) ?? 0 })),
    options: { k: input.k, seed, pinned, seedMembers, seedGroups: kept.length },
  };
}

/**
 * Clusters the scope's ideas into themes, in a worker thread (the server keeps answering), and
 * stores the result. Other themes are matched to the previous run's by shared ideas so ids last.
 */
export async function runThemes(
  ctx: Context,
  actor: StaffActor,
  input: RunInput,
  offThread: OffThreadOptions = {},
) {
  const prepared = await prepareRun(ctx, actor, input);
  const result = await discoverThemesOffThread(prepared.ideas, prepared.options, offThread);
  return storeRun(ctx, actor, prepared, result);
}

/** Writes a run's themes and assignments (one transaction, audited). */
export async function storeRun(ctx: Context, actor: StaffActor, prepared: PreparedRun, result: ThemeResult) {
  const { scope, seed, active, themes, kept, pinned, previousMembers } = prepared;
  const reading = (theme: ThemeResult['themes'][number]) => ({
    phrases_json: JSON.stringify(theme.phrases),
    representatives_json: JSON.stringify(theme.representatives.map((index) => active[index].id)),
  });
  return commitChange(ctx, actor, async (trx, change) => {
    const stamp = now();
    const runId = await insertRun(trx, {
      scope,
      seed,
      k: result.k,
      k_choice: result.kChoice,
      idea_count: active.length,
      created_by: actor.id,
      created_at: stamp,
    });
    const themeOfGroup: number[] = [];
    for (const [group, theme] of result.themes.entries()) {
      const keptTheme = kept[group];
      if (!keptTheme) continue;
      themeOfGroup[group] = keptTheme.id;
      await updateTheme(trx, keptTheme.id, {
        keywords_json: JSON.stringify(theme.keywords),
        ...reading(theme),
        ...(keptTheme.label_locked ? {} : { label: theme.label }),
        run_id: runId,
        updated_at: stamp,
      });
    }
    // Automatic themes: reuse the previous theme sharing most ideas (Jaccard ≥ 0.3), largest first.
    const free = themes.filter((theme) => theme.kept !== 1);
    const taken = new Set<number>();
    const order = result.themes
      .map((theme, group) => ({ theme, group }))
      .filter(({ group, theme }) => group >= kept.length && theme.members.length > 0)
      .sort((a, b) => b.theme.members.length - a.theme.members.length);
    for (const { theme, group } of order) {
      const members = new Set(theme.members.map((index) => active[index].id));
      let best: number | null = null;
      let bestOverlap = 0.3;
      for (const old of free) {
        if (taken.has(old.id)) continue;
        const previous = previousMembers.get(old.id);
        if (!previous) continue;
        let shared = 0;
        for (const id of previous) if (members.has(id)) shared += 1;
        const overlap = shared / (previous.size + members.size - shared);
        if (overlap >= bestOverlap) {
          bestOverlap = overlap;
          best = old.id;
        }
      }
      const values = {
        label: theme.label,
        keywords_json: JSON.stringify(theme.keywords),
        ...reading(theme),
        run_id: runId,
        updated_at: stamp,
      };
      if (best !== null) {
        taken.add(best);
        await updateTheme(trx, best, values);
        themeOfGroup[group] = best;
      } else {
        themeOfGroup[group] = await insertTheme(trx, {
          ...values,
          scope,
          kept: 0,
          label_locked: 0,
          status: 'active',
          merged_into_id: null,
          created_at: stamp,
        });
      }
    }
    for (const old of free) {
      if (!taken.has(old.id)) await updateTheme(trx, old.id, { status: 'retired', updated_at: stamp });
    }
    await replaceAssignments(
      trx,
      scope,
      active.map((idea, index) => ({
        scope,
        idea_id: idea.id,
        theme_id: themeOfGroup[result.assignment[index]],
        pinned: pinned.has(index) ? 1 : 0,
        updated_at: stamp,
      })),
    );
    const summary = {
      runId,
      scope,
      k: result.k,
      kChoice: result.kChoice,
      ideaCount: active.length,
      themeCount: new Set(themeOfGroup.filter((id) => id !== undefined)).size,
    };
    await change.audit({
      action: 'synthesis.run',
      entity: 'synthesis_run',
      entityId: runId,
      regionCode: regionOf(scope),
      after: summary,
    });
    return summary;
  });
}

/**
 * The themes of a scope weighted by today's dots, with how many ideas and dialogues each holds.
 * A caller who sees part of a cycle gets the themes holding ideas of their regions, counted on those.
 */
export async function listThemes(ctx: Context, actor: StaffActor, requested?: string) {
  const resolved = await readableScope(ctx.db, actor, requested);
  const { scope } = resolved;
  const [{ active, dots }, themes, assignments, run, job] = await Promise.all([
    loadScope(ctx.db, resolved),
    activeThemes(ctx.db, scope),
    assignmentsOfScope(ctx.db, scope),
    latestRun(ctx.db, scope),
    openJob(ctx, scope),
  ]);
  const activeById = new Map(active.map((idea) => [idea.id, idea]));
  const totals = new Map(
    themes.map((theme) => [theme.id, { ideas: 0, dots: 0, dialogues: new Set<number>() }]),
  );
  let assigned = 0;
  for (const assignment of assignments) {
    const idea = activeById.get(assignment.idea_id);
    const total = totals.get(assignment.theme_id);
    if (!idea || !total) continue;
    assigned += 1;
    total.ideas += 1;
    total.dots += dots.get(idea.id) ?? 0;
    total.dialogues.add(idea.dialogue_id);
  }
  return {
    scope,
    cycle: resolved.cycle ?? null,
    partial: resolved.partial,
    canChange: canChange(actor, resolved),
    run: run
      ? { id: run.id, createdAt: run.created_at, k: run.k, kChoice: run.k_choice, ideaCount: run.idea_count }
      : null,
    unassigned: active.length - assigned,
    job,
    themes: themes
      .map((theme) => {
        const total = totals.get(theme.id) ?? { ideas: 0, dots: 0, dialogues: new Set() };
        return {
          id: theme.id,
          label: theme.label,
          keywords: JSON.parse(theme.keywords_json) as string[],
          kept: theme.kept === 1,
          labelLocked: theme.label_locked === 1,
          ideaCount: total.ideas,
          dialogueCount: total.dialogues.size,
          dots: total.dots,
        };
      })
      .filter((theme) => !resolved.partial || theme.ideaCount > 0)
      .sort((a, b) => b.dots - a.dots || b.ideaCount - a.ideaCount || a.id - b.id),
  };
}

/**
 * A theme the caller may see (and, with `change`, correct), its scope as they see it, and its
 * ideas within that view. Outside the caller's scope, or in a cycle without an idea of their
 * regions, the theme does not exist for them (404) before any question of rights (403).
 */
async function themeInScope(db: Db, actor: StaffActor, id: number, change: boolean) {
  const theme = await findTheme(db, id);
  const notFound = () => new AppError('not_found', { what: `tema ${id}` });
  if (!theme) throw notFound();
  let scope: Scope;
  try {
    scope = await readableScope(db, actor, theme.scope);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw notFound();
    throw error;
  }
  // Corrections need the ideas only to tell a partial viewer whether the theme exists for them.
  const rows = !change || scope.partial ? await ideasOfTheme(db, id, scope) : [];
  if (scope.partial && rows.length === 0) throw notFound();
  if (change) requireChangeable(actor, scope);
  return { theme, scope, rows };
}

/** A theme with its ideas, each with its dialogue, table and dots (counted at the end of its merge chain). */
export async function getTheme(ctx: Context, actor: StaffActor, id: number) {
  const { theme, scope, rows: all } = await themeInScope(ctx.db, actor, id, false);
  const rows = all.filter((row) => row.merged_into_id === null && row.hidden_at === null);
  const dialogueIds = [...new Set(rows.map((row) => row.dialogue_id))];
  const [votes, links] = await Promise.all([
    dotsInDialogues(ctx.db, dialogueIds),
    mergeLinksInDialogues(ctx.db, dialogueIds),
  ]);
  const dots = dotsAtChainEnds(links, votes);
  const ideas = rows
    .map((row) => ({
      id: row.id,
      text: row.text,
      dots: dots.get(row.id) ?? 0,
      pinned: row.pinned === 1,
      dialogue: {
        id: row.dialogue_id,
        title: row.dialogue_title,
        date: row.dialogue_date,
        regionCode: row.region_code,
      },
      table: row.table_number === null ? null : { number: row.table_number, name: row.table_name },
    }))
    .sort((a, b) => b.dots - a.dots || a.id - b.id);
  return {
    id: theme.id,
    scope: theme.scope,
    label: theme.label,
    keywords: JSON.parse(theme.keywords_json) as string[],
    phrases: JSON.parse(theme.phrases_json) as Array<{ phrase: string; ideas: number }>,
    // The representatives still in the theme and visible to the caller, best first.
    representatives: (JSON.parse(theme.representatives_json) as number[]).filter((ideaId) =>
      ideas.some((idea) => idea.id === ideaId),
    ),
    status: theme.status,
    mergedIntoId: theme.merged_into_id,
    kept: theme.kept === 1,
    labelLocked: theme.label_locked === 1,
    publishedAt: theme.published_at,
    partial: scope.partial,
    canChange: theme.status === 'active' && canChange(actor, scope),
    dots: ideas.reduce((sum, idea) => sum + idea.dots, 0),
    ideas,
  };
}

function requireActive(theme: { status: string; label: string }) {
  if (theme.status !== 'active') throw new AppError('synthesis_theme_closed', { label: theme.label });
}

/** Staff name a theme; the name is kept through later runs. */
export async function renameTheme(ctx: Context, actor: StaffActor, id: number, label: string) {
  return commitChange(ctx, actor, async (trx, change) => {
    const { theme } = await themeInScope(trx, actor, id, true);
    requireActive(theme);
    await updateTheme(trx, id, { label, label_locked: 1, kept: 1, updated_at: now() });
    await change.audit({
      action: 'synthesis.theme.rename',
      entity: 'synthesis_theme',
      entityId: id,
      regionCode: regionOf(theme.scope),
      before: { label: theme.label },
      after: { label },
    });
    return { id, label };
  });
}

/** Publishes (or withdraws) a theme: only a published theme is named on the public return. */
export async function publishTheme(ctx: Context, actor: StaffActor, id: number, published: boolean) {
  return commitChange(ctx, actor, async (trx, change) => {
    const { theme } = await themeInScope(trx, actor, id, true);
    requireActive(theme);
    const publishedAt = published ? (theme.published_at ?? now()) : null;
    await updateTheme(trx, id, { published_at: publishedAt, updated_at: now() });
    await change.audit({
      action: published ? 'synthesis.theme.publish' : 'synthesis.theme.unpublish',
      entity: 'synthesis_theme',
      entityId: id,
      regionCode: regionOf(theme.scope),
      before: { publishedAt: theme.published_at },
      after: { publishedAt },
    });
    return { id, label: theme.label, publishedAt };
  });
}

/**
 * The ideas of a theme for a caller who may correct it (answers given to a whole theme): the
 * visible ideas after merges, of the regions the caller sees.
 */
export async function themeIdeasToAnswer(db: Db, actor: StaffActor, id: number) {
  const { theme, scope } = await themeInScope(db, actor, id, true);
  const rows = await ideasOfTheme(db, id, scope);
  return {
    theme: { id: theme.id, label: theme.label, scope: theme.scope },
    ideaIds: rows.filter((row) => row.merged_into_id === null && row.hidden_at === null).map((row) => row.id),
  };
}

/** Moves every idea of a theme into another (pinned there) and closes the first. */
export async function mergeTheme(ctx: Context, actor: StaffActor, id: number, intoId: number) {
  if (id === intoId) throw new AppError('synthesis_same_theme');
  return commitChange(ctx, actor, async (trx, change) => {
    const { theme: source } = await themeInScope(trx, actor, id, true);
    const { theme: target } = await themeInScope(trx, actor, intoId, true);
    if (source.scope !== target.scope) throw new AppError('not_found', { what: `tema ${intoId}` });
    requireActive(source);
    requireActive(target);
    const stamp = now();
    const moved = (await assignmentsOfTheme(trx, id)).map((row) => row.idea_id);
    await moveAssignments(trx, source.scope, moved, intoId, stamp);
    await updateTheme(trx, id, { status: 'merged', merged_into_id: intoId, updated_at: stamp });
    await updateTheme(trx, intoId, { kept: 1, updated_at: stamp });
    await change.audit({
      action: 'synthesis.theme.merge',
      entity: 'synthesis_theme',
      entityId: id,
      regionCode: regionOf(source.scope),
      before: { label: source.label, ideas: moved },
      after: { mergedIntoId: intoId, label: target.label },
    });
    return { id: intoId, moved: moved.length };
  });
}

/** Splits chosen ideas off a theme into a new, named theme (both kept for later runs). */
export async function splitTheme(
  ctx: Context,
  actor: StaffActor,
  id: number,
  ideaIds: number[],
  label: string,
) {
  return commitChange(ctx, actor, async (trx, change) => {
    const { theme } = await themeInScope(trx, actor, id, true);
    requireActive(theme);
    const members = new Set((await assignmentsOfTheme(trx, id)).map((row) => row.idea_id));
    const chosen = [...new Set(ideaIds)];
    const outside = chosen.find((ideaId) => !members.has(ideaId));
    if (outside !== undefined)
      throw new AppError('synthesis_idea_not_in_theme', { ideaId: outside, label: theme.label });
    if (chosen.length >= members.size) throw new AppError('synthesis_split_everything');
    const stamp = now();
    const newId = await insertTheme(trx, {
      scope: theme.scope,
      label,
      keywords_json: '[]',
      kept: 1,
      label_locked: 1,
      status: 'active',
      merged_into_id: null,
      run_id: theme.run_id,
      created_at: stamp,
      updated_at: stamp,
    });
    await moveAssignments(trx, theme.scope, chosen, newId, stamp);
    await updateTheme(trx, id, { kept: 1, updated_at: stamp });
    await change.audit({
      action: 'synthesis.theme.split',
      entity: 'synthesis_theme',
      entityId: id,
      regionCode: regionOf(theme.scope),
      before: { label: theme.label },
      after: { newThemeId: newId, label, ideas: chosen },
    });
    return { id: newId, label, moved: chosen.length };
  });
}

/** Puts one idea into a theme by hand; it stays there through later runs. */
export async function moveIdea(ctx: Context, actor: StaffActor, themeId: number, ideaId: number) {
  return commitChange(ctx, actor, async (trx, change) => {
    const { theme } = await themeInScope(trx, actor, themeId, true);
    requireActive(theme);
    const assignment = await findAssignment(trx, theme.scope, ideaId);
    if (!assignment) throw new AppError('not_found', { what: `idea ${ideaId}` });
    const stamp = now();
    await moveAssignments(trx, theme.scope, [ideaId], themeId, stamp);
    await updateTheme(trx, themeId, { kept: 1, updated_at: stamp });
    await change.audit({
      action: 'synthesis.idea.move',
      entity: 'idea',
      entityId: ideaId,
      regionCode: regionOf(theme.scope),
      before: { themeId: assignment.theme_id },
      after: { themeId },
    });
    return { ideaId, themeId };
  });
}
