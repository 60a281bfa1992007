import type { StaffActor } from '../../platform/auth/actor.js';
import type { Context } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { DuplicateIndex } from './pipeline/duplicate-index.js';
import { requireDialogueModerator } from './policy.js';
import { dialogueIdeasSince, findDialogue, findIdea, isFacilitatorOf } from './queries.js';

interface DialogueIndex {
  index: DuplicateIndex;
  lastId: number;
  lastChange: string;
  texts: Map<number, string>;
}

// One in-memory index per dialogue and per store, caught up incrementally on each request. With
// several server instances each keeps its own; they converge on the next request.
const indexes = new WeakMap<Db, Map<number, DialogueIndex>>();

async function indexOf(db: Db, dialogueId: number): Promise<DialogueIndex> {
  let perStore = indexes.get(db);
  if (!perStore) {
    perStore = new Map();
    indexes.set(db, perStore);
  }
  let entry = perStore.get(dialogueId);
  if (!entry) {
    entry = { index: new DuplicateIndex(), lastId: 0, lastChange: '', texts: new Map() };
    perStore.set(dialogueId, entry);
  }
  const changed = await dialogueIdeasSince(db, dialogueId, entry.lastId, entry.lastChange || '9999');
  for (const idea of changed) {
    if (idea.hidden_at !== null || idea.merged_into_id !== null) {
      entry.index.remove(idea.id);
      entry.texts.delete(idea.id);
    } else {
      entry.index.upsert(idea.id, idea.text);
      entry.texts.set(idea.id, idea.text);
    }
    if (idea.id > entry.lastId) entry.lastId = idea.id;
    if (idea.updated_at > entry.lastChange) entry.lastChange = idea.updated_at;
  }
  return entry;
}

/** Near-duplicates of an idea among the visible, unmerged ideas of its dialogue, best first. */
export async function findDuplicates(
  ctx: Context,
  actor: StaffActor,
  dialogueId: number,
  ideaId: number,
  options: { limit: number; min: number },
) {
  const dialogue = await findDialogue(ctx.db, dialogueId);
  if (!dialogue) throw new AppError('not_found', { what: 'diálogo' });
  const facilitates =
    actor.role === 'facilitator' ? await isFacilitatorOf(ctx.db, dialogueId, actor.id) : false;
  requireDialogueModerator(actor, dialogue.region_code, facilitates);
  const idea = await findIdea(ctx.db, ideaId);
  if (!idea || idea.dialogue_id !== dialogueId) throw new AppError('not_found', { what: `idea ${ideaId}` });
  const entry = await indexOf(ctx.db, dialogueId);
  const matches = entry.index.has(ideaId)
    ? entry.index.similarTo(ideaId, options.limit, options.min)
    : entry.index.similarToText(idea.text, options.limit, options.min).filter((match) => match.id !== ideaId);
  return {
    ideaId,
    duplicates: matches.map((match) => ({
      ideaId: match.id,
      text: entry.texts.get(match.id) ?? '',
      score: Math.round(match.score * 1000) / 1000,
    })),
  };
}
