import type { Db } from '../../platform/db/index.js';
import { chainEnds } from '../figures/index.js';
import { chainLinks, votesOfDialogue } from './queries.js';
import type { Tally } from './tally.js';

/**
 * What a batch of votes needs to know about a dialogue beyond its row: its merge chains, hidden
 * ideas, every participant's dots and the running tally. Reading them costs a query per batch and
 * rows per voter; kept in memory, a batch reads only the dialogue's row, its voters and its keys.
 */
export interface RoomState {
  /** The dialogue's last stored event when this state was right (see RoomStates). */
  lastEventId: number;
  ends: Map<number, number>;
  hidden: Set<number>;
  /** Participant → idea → dots, as stored. */
  held: Map<number, Map<number, number>>;
  tally: Tally;
}

/**
 * Room states by dialogue. Every change to a dialogue's ideas or dots (a batch of votes, a new,
 * hidden or merged idea, a merge or an unmerge) holds the dialogue's row lock and stores an event, so
 * a state whose `lastEventId` is still the dialogue's last event, read under that lock, has seen every
 * change since (this instance's or another's); any other event costs one reading from the store.
 * A batch changes the state it took in place and marks it in use until its transaction ends: kept
 * when it committed, dropped when it rolled back. Another batch may have it before then only once
 * the first is done changing it (`final`) and its event is the last one the second sees under the
 * lock: a batch that rolled back has no visible event.
 */
export class RoomStates {
  private entries = new Map<number, Lent>();

  /** The dialogue's state if it is still current, else read again from the store; in use until settled. */
  async take(trx: Db, dialogueId: number, lastEventId: number): Promise<RoomState> {
    const kept = this.entries.get(dialogueId);
    if (kept && (!kept.inUse || kept.final) && kept.lastEventId === lastEventId) {
      kept.inUse = true;
      kept.final = false;
      return kept;
    }
    const state: Lent = await readRoomState(trx, dialogueId, lastEventId);
    state.inUse = true;
    // A few hundred live dialogues at most; the oldest state goes first.
    if (!this.entries.has(dialogueId) && this.entries.size >= 500)
      this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(dialogueId, state);
    return state;
  }

  /** The batch that took these states committed: they are right for the next one. */
  committed(states: Iterable<RoomState>) {
    for (const state of states) (state as Lent).inUse = false;
  }

  /** The batch that took these states rolled back: what it changed in them never happened. */
  rolledBack(dialogueIds: Iterable<number>) {
    for (const dialogueId of dialogueIds) {
      const state = this.entries.get(dialogueId);
      if (state?.inUse) this.entries.delete(dialogueId);
    }
  }
}

/** A state with its lending marks: taken by a batch, and whether that batch is done changing it. */
type Lent = RoomState & { inUse?: boolean; final?: boolean };

/** The batch that took the state is done changing it: its event (if any) holds every change. */
export function finalState(state: RoomState) {
  (state as Lent).final = true;
}

/** The dialogue's chains and dots as stored. */
export async function readRoomState(trx: Db, dialogueId: number, lastEventId: number): Promise<RoomState> {
  const links = await chainLinks(trx, dialogueId);
  const ends = chainEnds(links);
  const state: RoomState = {
    lastEventId,
    ends,
    hidden: new Set(links.filter((idea) => idea.hidden_at !== null).map((idea) => idea.id)),
    held: new Map(),
    tally: { lastEventId, byEnd: new Map(), spent: new Map() },
  };
  for (const vote of await votesOfDialogue(trx, dialogueId)) {
    let mine = state.held.get(vote.participant_id);
    if (!mine) {
      mine = new Map();
      state.held.set(vote.participant_id, mine);
    }
    mine.set(vote.idea_id, vote.dots);
    const end = ends.get(vote.idea_id) ?? vote.idea_id;
    state.tally.byEnd.set(end, (state.tally.byEnd.get(end) ?? 0) + vote.dots);
    state.tally.spent.set(vote.participant_id, (state.tally.spent.get(vote.participant_id) ?? 0) + vote.dots);
  }
  return state;
}
