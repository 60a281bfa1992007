import type { Db } from '../../platform/db/index.js';
import { lastEventId } from '../live/index.js';
import { votesOfDialogue } from './queries.js';

/** A live dialogue's dots as the screen shows them: per end of merge chain and per participant. */
export interface Tally {
  /** The dialogue's last stored event when these figures were right. */
  lastEventId: number;
  byEnd: Map<number, number>;
  spent: Map<number, number>;
}

/**
 * Running tallies for the `votes.changed` event, so that a batch of votes does not sum every vote of
 * the room again. Every change to a dialogue's dots (a batch of votes, a merge, an unmerge) holds the
 * dialogue's row lock and stores an event: a tally whose `lastEventId` is still the dialogue's last
 * event has therefore seen every change since (another instance's batch, a merge), and any other
 * event only costs a recount. A tally is taken out while a batch uses it and put back only after that
 * batch committed, so a rolled-back batch leaves nothing behind.
 */
export class TallyCache {
  private entries = new Map<number, Tally>();

  take(dialogueId: number): Tally | undefined {
    const tally = this.entries.get(dialogueId);
    this.entries.delete(dialogueId);
    return tally;
  }

  keep(dialogueId: number, tally: Tally) {
    // A few hundred live dialogues at most; the oldest tally goes first.
    if (this.entries.size >= 500) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(dialogueId, tally);
  }
}

/**
 * The dialogue's tally after this batch's writes: the taken one moved by the batch's changes when no
 * other event came in between, else summed again from the stored votes (which hold the batch already).
 */
export async function tallyAfter(
  trx: Db,
  dialogueId: number,
  taken: Tally | undefined,
  ends: Map<number, number>,
  changes: Array<{ participantId: number; ideaId: number; delta: number }>,
): Promise<Tally> {
  const last = await lastEventId(trx, dialogueId);
  if (taken && taken.lastEventId === last) {
    for (const change of changes) {
      const end = ends.get(change.ideaId) ?? change.ideaId;
      taken.byEnd.set(end, (taken.byEnd.get(end) ?? 0) + change.delta);
      taken.spent.set(change.participantId, (taken.spent.get(change.participantId) ?? 0) + change.delta);
    }
    return taken;
  }
  return countTally(trx, dialogueId, ends, last);
}

/** The dialogue's tally summed from its stored votes. */
export async function countTally(
  trx: Db,
  dialogueId: number,
  ends: Map<number, number>,
  lastEventId = 0,
): Promise<Tally> {
  const tally: Tally = { lastEventId, byEnd: new Map(), spent: new Map() };
  for (const vote of await votesOfDialogue(trx, dialogueId)) {
    const end = ends.get(vote.idea_id) ?? vote.idea_id;
    tally.byEnd.set(end, (tally.byEnd.get(end) ?? 0) + vote.dots);
    tally.spent.set(vote.participant_id, (tally.spent.get(vote.participant_id) ?? 0) + vote.dots);
  }
  return tally;
}

/** The `votes.changed` payload: the changed chains' totals and the room's spending. */
export function votesChangedPayload(tally: Tally, endIds: Iterable<number>, budget: number) {
  let dotsSpent = 0;
  let participantsDone = 0;
  for (const spent of tally.spent.values()) {
    dotsSpent += spent;
    if (spent >= budget) participantsDone += 1;
  }
  return {
    ideas: [...new Set(endIds)]
      .sort((a, b) => a - b)
      .map((ideaId) => ({ ideaId, dots: tally.byEnd.get(ideaId) ?? 0 })),
    dotsSpent,
    participantsDone,
  };
}
