import type { Db } from '../../platform/db/index.js';
import { votesOfDialogue } from './queries.js';

/** A live dialogue's dots as the screen shows them: per end of merge chain and per participant. */
export interface Tally {
  /** The dialogue's last stored event when these figures were right. */
  lastEventId: number;
  byEnd: Map<number, number>;
  spent: Map<number, number>;
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
